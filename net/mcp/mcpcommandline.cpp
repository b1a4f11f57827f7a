// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpcommandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace McpCommandLine {
QStringList split(QStringView command, QString *error)
{
    enum class Quote { None, Single, Double };
    QStringList words;
    QString word;
    bool inWord = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < command.size() &&
                       QStringView(u"\"\\$`").contains(command.at(i + 1))) {
                word += command.at(++i);
            } else {
                word += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == u'\'') {
            quote = Quote::Single;
        } else if (c == u'"') {
            quote = Quote::Double;
        } else if (c == u'\\') {
            if (i + 1 >= command.size()) {
                *error = QCoreApplication::translate("McpCommandLine",
                                                     "The command ends with a backslash.");
                return {};
            }
            word += command.at(++i);
        } else {
            word += c;
        }
    }
    if (quote != Quote::None) {
        *error = QCoreApplication::translate("McpCommandLine", "A quote is not closed.");
        return {};
    }
    if (inWord)
        words.append(word);
    if (words.isEmpty()) {
        *error = QCoreApplication::translate("McpCommandLine", "The command is empty.");
        return {};
    }
    error->clear();
    return words;
}

QString join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words) {
        bool plain = !word.isEmpty();
        for (const QChar c : word) {
            plain = plain && (c.isLetterOrNumber() || QStringView(u"-_./=:,+@%").contains(c));
        }
        if (plain) {
            quoted.append(word);
        } else {
            QString escaped = word;
            escaped.replace(u"'"_s, u"'\\''"_s);
            quoted.append(u'\'' + escaped + u'\'');
        }
    }
    return quoted.join(u' ');
}
} // namespace McpCommandLine

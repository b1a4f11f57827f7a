// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "tsfile.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

bool TsMessage::isFinished() const
{
    if (!type.isEmpty())
        return false;
    for (const QString &t : translations) {
        if (t.isEmpty())
            return false;
    }
    return !translations.isEmpty();
}

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

namespace {
void readMessage(QXmlStreamReader &xml, const QString &context, TsMessage &message)
{
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}
} // namespace

std::optional<TsFile> TsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + u": "_s + file.errorString();
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != "TS"_L1) {
        if (error)
            *error = path + u": not a .ts file"_s;
        return std::nullopt;
    }
    ts.language = xml.attributes().value("language"_L1).toString();
    ts.sourceLanguage = xml.attributes().value("sourcelanguage"_L1).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != "context"_L1) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                TsMessage message;
                readMessage(xml, context, message);
                ts.messages.append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return ts;
}

bool TsFile::write(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = path + u": "_s + file.errorString();
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD("<!DOCTYPE TS>"_L1);
    xml.writeStartElement("TS"_L1);
    xml.writeAttribute("version"_L1, "2.1"_L1);
    xml.writeAttribute("language"_L1, language);
    if (!sourceLanguage.isEmpty())
        xml.writeAttribute("sourcelanguage"_L1, sourceLanguage);
    QStringList contexts;
    QHash<QString, QList<const TsMessage *>> byContext;
    for (const TsMessage &message : messages) {
        if (!byContext.contains(message.context))
            contexts.append(message.context);
        byContext[message.context].append(&message);
    }
    for (const QString &context : std::as_const(contexts)) {
        xml.writeStartElement("context"_L1);
        xml.writeTextElement("name"_L1, context);
        for (const TsMessage *message : byContext.value(context)) {
            xml.writeStartElement("message"_L1);
            if (message->numerus)
                xml.writeAttribute("numerus"_L1, "yes"_L1);
            xml.writeTextElement("source"_L1, message->source);
            if (!message->comment.isEmpty())
                xml.writeTextElement("comment"_L1, message->comment);
            xml.writeStartElement("translation"_L1);
            if (!message->type.isEmpty())
                xml.writeAttribute("type"_L1, message->type);
            if (message->numerus) {
                for (const QString &form : message->translations)
                    xml.writeTextElement("numerusform"_L1, form);
            } else {
                xml.writeCharacters(message->translations.value(0));
            }
            xml.writeEndElement(); // translation
            xml.writeEndElement(); // message
        }
        xml.writeEndElement(); // context
    }
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
    if (xml.hasError() || !file.flush()) {
        if (error)
            *error = path + u": could not write"_s;
        return false;
    }
    return true;
}

namespace PseudoTranslation {

namespace {
// What a translator leaves alone: placeholders, markup, shortcuts, URLs, variable names.
const QRegularExpression &kept()
{
    static const QRegularExpression re(
        uR"(%L?\d+|%L?n|%%)"
        uR"(|<[^<>]*>|&#?[A-Za-z0-9]+;)"
        uR"(|\b(?:Ctrl|Shift|Alt|Meta)(?:\+(?:Ctrl|Shift|Alt|Meta))*\+(?:[A-Za-z0-9]+|[^\sA-Za-z0-9]))"
        uR"(|\bhttps?://\S+)"
        uR"(|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)"_s);
    return re;
}

QChar accented(QChar c)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    static const QString fancy = u"åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"_s;
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : fancy.at(i);
}

// Accents a run of plain text and lengthens each word by about 40 % (at least one letter).
QString translateText(QStringView text)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            out += text.at(i++);
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isLetter())
            ++i;
        const QStringView word = text.sliced(start, i - start);
        for (QChar c : word)
            out += accented(c);
        const qsizetype extra = (word.size() * 2 + 4) / 5; // ceil(0.4 × length)
        for (qsizetype k = 0; k < extra; ++k)
            out += accented(word.at(k % word.size()).toLower());
    }
    return out;
}
} // namespace

QString translate(const QString &source)
{
    if (source.trimmed().isEmpty())
        return source;
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = kept().globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += translateText(QStringView(source).sliced(done, match.capturedStart() - done));
        out += match.captured();
        done = match.capturedEnd();
    }
    out += translateText(QStringView(source).sliced(done));
    // Brackets inside leading and trailing white space, so that joined pieces show.
    qsizetype lead = 0;
    while (out.at(lead).isSpace())
        ++lead;
    qsizetype end = out.size();
    while (out.at(end - 1).isSpace())
        --end;
    return out.left(lead) + u'[' + out.mid(lead, end - lead) + u']' + out.mid(end);
}

TsFile translated(const TsFile &file, const QString &language, int pluralForms)
{
    TsFile out;
    out.language = language;
    out.sourceLanguage = file.sourceLanguage;
    for (const TsMessage &message : file.messages) {
        if (!message.isCurrent())
            continue;
        TsMessage pseudo = message;
        pseudo.type.clear();
        const QString text = translate(message.source);
        pseudo.translations = message.numerus ? QStringList(pluralForms, text) : QStringList{text};
        out.messages.append(pseudo);
    }
    return out;
}

} // namespace PseudoTranslation

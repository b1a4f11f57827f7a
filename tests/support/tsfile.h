// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One message of a Qt Linguist .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    /** The disambiguation (qsTr's second argument); part of the message's identity. */
    QString comment;
    bool numerus = false;
    /** The translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete". */
    QString type;
    /** One entry, or one per plural form. */
    QStringList translations;

    /** Still in the code (not vanished or obsolete). */
    bool isCurrent() const { return type != u"vanished" && type != u"obsolete"; }
    bool isFinished() const;
    /** context, source and comment: what lupdate and the translator match messages by. */
    QString key() const;
};

/** What Confab's tests need of a .ts file: its language and its messages, in order. */
struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;

    /** Reads @p path; on failure returns nothing and says why in @p error. */
    static std::optional<TsFile> read(const QString &path, QString *error = nullptr);
    /** Writes a .ts file lrelease compiles (contexts in order of first appearance). */
    bool write(const QString &path, QString *error = nullptr) const;
};

/**
 * @brief The pseudo-translation that shows layouts a longer, accented language: every letter
 * accented (a → å, S → Š), each word lengthened by about 40 % and the whole bracketed, so that a
 * truncated or overlapping label, and a sentence glued from pieces, show.
 *
 * Placeholders (%1, %n, %L1, %%), tags (<b>, </a>), entities (&amp;), keyboard shortcuts
 * (Ctrl+B, Shift+Enter, Ctrl+,), URLs and environment variable names (OPENAI_API_KEY) are kept
 * as they are.
 */
namespace PseudoTranslation {

QString translate(const QString &source);

/** @p file with every current message translated (all plural forms filled, @p pluralForms of
 * them), as a finished translation into @p language. */
TsFile translated(const TsFile &file, const QString &language, int pluralForms = 2);

} // namespace PseudoTranslation

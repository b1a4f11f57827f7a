// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "blockaccessibility.h"

#include "markdownstream.h"

#include <QAccessible>

BlockAccessibility::BlockAccessibility(QObject *parent)
    : QObject(parent)
{}

int BlockAccessibility::role(int kind) const
{
    switch (MarkdownStream::Kind(kind)) {
    case MarkdownStream::Heading:
        return QAccessible::Heading;
    case MarkdownStream::List:
        return QAccessible::List;
    case MarkdownStream::Rule:
        return QAccessible::Separator;
    case MarkdownStream::Quote:
    case MarkdownStream::Table:
    case MarkdownStream::Code:
    case MarkdownStream::Preformatted:
        return QAccessible::Section;
    case MarkdownStream::Paragraph:
    case MarkdownStream::Empty:
        break;
    }
    return QAccessible::Paragraph;
}

QString BlockAccessibility::name(const QString &plain) const
{
    QString text = plain;
    text.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    // An image's icon (InlineIcons): said as a word.
    text.replace(QChar::ObjectReplacementCharacter, tr("Image:"));
    return text.trimmed();
}

QString BlockAccessibility::description(int kind, const QString &language) const
{
    switch (MarkdownStream::Kind(kind)) {
    case MarkdownStream::Quote:
        return tr("Quote");
    case MarkdownStream::Table:
        return tr("Table");
    case MarkdownStream::Code:
    case MarkdownStream::Preformatted:
        return language.isEmpty() ? tr("Code") : tr("Code, %1").arg(language);
    case MarkdownStream::Heading:
    case MarkdownStream::List:
    case MarkdownStream::Rule:
    case MarkdownStream::Paragraph:
    case MarkdownStream::Empty:
        break;
    }
    return {};
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

/**
 * @brief What a single line of Markdown can be, by the rules of CommonMark and GitHub tables as
 * md4c applies them.
 *
 * Each function looks at one line (without its '\n') and nothing else: the block scanner
 * (BlockScanner) combines them with what it knows of the open block. Tabs advance to the next
 * multiple of 4 columns.
 */
namespace MarkdownSyntax {

/** Where the first non-blank character of a line is: its column and its offset in the line. */
struct Indent
{
    int column = 0;
    qsizetype offset = 0;
};

[[nodiscard]] Indent indentOf(QStringView line);
/** Only spaces, tabs and a carriage return. */
[[nodiscard]] bool isBlank(QStringView line);
/** `# Title`: 1–6 `#`, then a space or the end of the line, at most 3 columns in. */
[[nodiscard]] bool isAtxHeading(QStringView line);
/** `***`, `---`, `___` (3 or more, spaces allowed between), at most 3 columns in. */
[[nodiscard]] bool isThematicBreak(QStringView line);
/** A setext heading underline: `===` or `---` (spaces around allowed), at most 3 columns in. */
[[nodiscard]] bool isSetextUnderline(QStringView line);
/** The start of a one-line link reference definition: `[label]: destination`. */
[[nodiscard]] bool isDefinitionLine(QStringView line);
/** A table delimiter row candidate: only `|`, `:`, `-` and blanks, with a `-` and a `|`. */
[[nodiscard]] bool isDelimiterRow(QStringView line);
/** A block quote line: `>` at most 3 columns in. */
[[nodiscard]] bool isQuoteLine(QStringView line);

/** A list item's marker line, as listItemOf() reads it. */
struct ListItem
{
    bool valid = false;
    QChar marker; /**< '-', '+', '*', or the delimiter '.' / ')' of an ordered item */
    bool ordered = false;
    qint64 number = 0;
    bool empty = true;     /**< nothing after the marker */
    int contentColumn = 0; /**< where the item's content starts */
};

/** The list item that @p line starts; not valid if it starts none. */
[[nodiscard]] ListItem listItemOf(QStringView line);
/** A list item may interrupt a paragraph if it has content and, when ordered, starts at 1. */
[[nodiscard]] bool canInterruptParagraph(const ListItem &item);

/** The opening fence of a fenced code block. */
struct CodeFence
{
    QChar mark;       /**< ` or ~ */
    int length = 0;   /**< of the opening fence */
    int indent = 0;   /**< columns before the opening fence (removed from content lines) */
    QString language; /**< the first word of the info string */
};

/** Whether @p line opens a fenced code block; if so, and @p fence is given, fills it in. */
[[nodiscard]] bool isFenceOpener(QStringView line, CodeFence *fence = nullptr);
/** Whether @p line closes @p fence. */
[[nodiscard]] bool closesFence(const CodeFence &fence, QStringView line);
/** Whether @p partial, the start of a line still arriving, could become a closer of @p fence. */
[[nodiscard]] bool mayBecomeCloser(const CodeFence &fence, QStringView partial);

} // namespace MarkdownSyntax

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "markdownsyntax.h"

namespace MarkdownSyntax {

Indent indentOf(QStringView line)
{
    Indent indent;
    while (indent.offset < line.size()) {
        const QChar c = line[indent.offset];
        if (c == u' ')
            ++indent.column;
        else if (c == u'\t')
            indent.column += 4 - indent.column % 4;
        else
            break;
        ++indent.offset;
    }
    return indent;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (c != u' ' && c != u'\t' && c != u'\r')
            return false;
    }
    return true;
}

bool isAtxHeading(QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3)
        return false;
    qsizetype i = indent.offset;
    int hashes = 0;
    while (i < line.size() && line[i] == u'#') {
        ++hashes;
        ++i;
    }
    return hashes >= 1 && hashes <= 6 &&
           (i == line.size() || line[i] == u' ' || line[i] == u'\t' || line[i] == u'\r');
}

bool isThematicBreak(QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3)
        return false;
    QChar mark;
    int count = 0;
    for (qsizetype i = indent.offset; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u' ' || c == u'\t' || c == u'\r')
            continue;
        if (mark.isNull() && (c == u'*' || c == u'-' || c == u'_'))
            mark = c;
        if (c != mark)
            return false;
        ++count;
    }
    return count >= 3;
}

bool isSetextUnderline(QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3 || indent.offset >= line.size())
        return false;
    const QChar mark = line[indent.offset];
    if (mark != u'=' && mark != u'-')
        return false;
    qsizetype i = indent.offset;
    while (i < line.size() && line[i] == mark)
        ++i;
    return isBlank(line.sliced(i));
}

bool isDefinitionLine(QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3 || indent.offset >= line.size() || line[indent.offset] != u'[')
        return false;
    qsizetype i = indent.offset + 1;
    while (i < line.size() && line[i] != u']') {
        if (line[i] == u'[')
            return false;
        i += line[i] == u'\\' ? 2 : 1;
    }
    if (i >= line.size() || i == indent.offset + 1 || i + 1 >= line.size() || line[i + 1] != u':')
        return false;
    return !isBlank(line.sliced(i + 2));
}

bool isDelimiterRow(QStringView line)
{
    bool dash = false;
    bool pipe = false;
    for (const QChar c : line) {
        if (c == u'-')
            dash = true;
        else if (c == u'|')
            pipe = true;
        else if (c != u':' && c != u' ' && c != u'\t' && c != u'\r')
            return false;
    }
    return dash && pipe;
}

bool isQuoteLine(QStringView line)
{
    const Indent indent = indentOf(line);
    return indent.column <= 3 && indent.offset < line.size() && line[indent.offset] == u'>';
}

ListItem listItemOf(QStringView line)
{
    ListItem item;
    const Indent indent = indentOf(line);
    if (indent.column > 3 || isThematicBreak(line))
        return item;
    qsizetype i = indent.offset;
    int column = indent.column;
    if (i < line.size() && (line[i] == u'-' || line[i] == u'+' || line[i] == u'*')) {
        item.marker = line[i];
        ++i;
        ++column;
    } else {
        qsizetype digits = 0;
        while (i + digits < line.size() && line[i + digits].isDigit() &&
               line[i + digits].unicode() < 128 && digits < 10)
            ++digits;
        if (digits == 0 || digits > 9 || i + digits >= line.size())
            return item;
        const QChar delimiter = line[i + digits];
        if (delimiter != u'.' && delimiter != u')')
            return item;
        item.ordered = true;
        item.number = line.sliced(i, digits).toLongLong();
        item.marker = delimiter;
        i += digits + 1;
        column += int(digits) + 1;
    }
    if (i < line.size() && line[i] != u' ' && line[i] != u'\t' && line[i] != u'\r')
        return item; // "-foo", "1.5" are not list items
    // Spaces after the marker: 1–4 belong to the marker; 5 or more mean indented code, whose
    // content starts one column after the marker.
    int spaces = 0;
    qsizetype j = i;
    while (j < line.size() && (line[j] == u' ' || line[j] == u'\t')) {
        spaces += line[j] == u'\t' ? 4 - (column + spaces) % 4 : 1;
        ++j;
    }
    item.empty = isBlank(line.sliced(j));
    item.contentColumn = (item.empty || spaces > 4) ? column + 1 : column + spaces;
    item.valid = true;
    return item;
}

bool canInterruptParagraph(const ListItem &item)
{
    return item.valid && !item.empty && (!item.ordered || item.number == 1);
}

bool isFenceOpener(QStringView line, CodeFence *fence)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3 || indent.offset >= line.size())
        return false;
    const QChar mark = line[indent.offset];
    if (mark != u'`' && mark != u'~')
        return false;
    qsizetype i = indent.offset;
    while (i < line.size() && line[i] == mark)
        ++i;
    const int length = int(i - indent.offset);
    if (length < 3)
        return false;
    const QStringView info = line.sliced(i).trimmed();
    if (mark == u'`' && info.contains(u'`'))
        return false;
    if (fence) {
        fence->mark = mark;
        fence->length = length;
        fence->indent = indent.column;
        qsizetype end = 0;
        while (end < info.size() && !info[end].isSpace() && info[end] != u'{')
            ++end;
        fence->language = info.first(end).toString();
    }
    return true;
}

bool closesFence(const CodeFence &fence, QStringView line)
{
    const Indent indent = indentOf(line);
    if (indent.column > 3)
        return false;
    qsizetype i = indent.offset;
    while (i < line.size() && line[i] == fence.mark)
        ++i;
    return i - indent.offset >= fence.length && isBlank(line.sliced(i));
}

bool mayBecomeCloser(const CodeFence &fence, QStringView partial)
{
    const Indent indent = indentOf(partial);
    if (indent.column > 3)
        return false;
    for (qsizetype i = indent.offset; i < partial.size(); ++i) {
        if (partial[i] != fence.mark)
            return false;
    }
    return true;
}

} // namespace MarkdownSyntax

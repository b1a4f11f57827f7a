// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "markdownstream.h"

#include "markdownrenderer.h"

#include <QLoggingCategory>

#include <functional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMarkdownStream, "confab.models.markdown", QtWarningMsg)

namespace {

constexpr int kDefaultThrottleMs = 50;

// Column of the first non-blank character (tabs advance to the next multiple of 4), and its
// offset in @p line.
struct Indent
{
    int column = 0;
    qsizetype offset = 0;
};

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

// `# Title` (1–6 #, then a space or the end of the line), at most 3 columns in.
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

// ***, ---, ___ (3 or more, spaces allowed between), at most 3 columns in.
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

// A setext heading underline: === or --- (spaces around allowed), at most 3 columns in.
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

// The start of a one-line link reference definition: [label]: destination
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

// A table delimiter row candidate: only |, :, - and spaces, with at least one - and one |.
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

struct ListItem
{
    bool valid = false;
    QChar marker; // '-', '+', '*', or the delimiter '.' / ')' of an ordered item
    bool ordered = false;
    qint64 number = 0;
    bool empty = true;     // nothing after the marker
    int contentColumn = 0; // where the item's content starts
};

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

// A list item may interrupt a paragraph if it has content and, when ordered, starts at 1.
bool canInterruptParagraph(const ListItem &item)
{
    return item.valid && !item.empty && (!item.ordered || item.number == 1);
}

} // namespace

// An open fenced code block.
struct MarkdownStream::Fence
{
    QChar mark;     // ` or ~
    int length = 0; // of the opening fence
    int indent = 0; // columns before the opening fence (removed from content lines)
    QString language;
    CodeLanguage lexer = CodeLanguage::None;
};

// The scanner's state where the open region begins.
struct MarkdownStream::Context
{
    bool inFence = false;          // the open region starts inside a fence (a later piece)
    bool listContinuation = false; // it starts with a later chunk of a long list
    Fence fence;
    CodeLexer::State highlight; // at the start of the open region's piece
};

struct MarkdownStream::Block
{
    Kind kind = Paragraph;
    qsizetype start = 0; // source range
    qsizetype end = 0;
    QString html;
    bool finished = false;
    bool continuation = false; // continues the list of the row above
    int definitionsVersion = 0;
    // Code pieces
    QString code; // the piece's code, each line ending in '\n'
    QString language;
    CodeLanguage lexer = CodeLanguage::None;
    CodeLexer::State highlightStart;
    CodeLexer::State highlightEnd;
    bool codeStart = false;
    bool codeEnd = false;
};

namespace {

// The first top-level element of MarkdownRenderer's output.
MarkdownStream::Kind kindOfHtml(QStringView html)
{
    using K = MarkdownStream::Kind;
    if (html.isEmpty())
        return K::Empty;
    if (html.startsWith(u"<hr"))
        return K::Rule;
    if (html.startsWith(u"<h"))
        return K::Heading;
    if (html.startsWith(u"<ul") || html.startsWith(u"<ol"))
        return K::List;
    if (html.startsWith(u"<blockquote"))
        return K::Quote;
    if (html.startsWith(u"<table"))
        return K::Table;
    if (html.startsWith(u"<pre"))
        return K::Preformatted;
    return K::Paragraph;
}

} // namespace

/**
 * Splits the open region of the text into top-level blocks. Only complete lines (ending in
 * '\n', or every line when final) decide where a block ends; an incomplete last line belongs to
 * the open tail.
 */
class MarkdownStream::Scanner
{
public:
    Scanner(const QString &text, qsizetype start, const Context &context, bool final)
        : m_text(text)
        , m_final(final)
        , m_pos(start)
        , m_context(context)
    {
        m_nextContinues = context.listContinuation;
        if (context.inFence) {
            m_kind = Open::Fence;
            m_fence = context.fence;
            m_blockStart = start;
            m_contentStart = start;
            m_highlight = context.highlight;
            m_codeStarted = true;
        }
    }

    /** Runs the scan; blocks() then holds the finished blocks and the open tail (if any). */
    void run(const std::function<void(Block &)> &finishMarkdown,
             const std::function<void(Block &, bool tail)> &renderCode)
    {
        m_finishMarkdown = finishMarkdown;
        m_renderCode = renderCode;
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            qsizetype newline = m_text.indexOf(u'\n', m_pos);
            if (newline < 0 && !m_final)
                break; // the incomplete last line stays in the open tail
            const qsizetype lineEnd = newline < 0 ? size : newline;
            const qsizetype next = newline < 0 ? size : newline + 1;
            onLine(QStringView(m_text).sliced(m_pos, lineEnd - m_pos), next);
            m_pos = next;
        }
        closeOpenBlock();
    }

    QList<Block> &blocks() { return m_blocks; }
    qsizetype openStart() const { return m_openStart; }
    const Context &openContext() const { return m_openContext; }

private:
    enum class Open { None, Fence, Paragraph, List, Quote, IndentedCode };

    void onLine(QStringView line, qsizetype next)
    {
        if (m_kind == Open::Fence) {
            fenceLine(line, next);
            return;
        }
        if (m_sticky) {
            m_contentEnd = next;
            return;
        }
        if (isBlank(line)) {
            m_noSplit = false; // a blank line ends any table
            if (endsAtBlank())
                finishMarkdownBlock(m_contentEnd);
            else if (m_kind != Open::None)
                m_sawBlank = true;
            return;
        }
        if (m_kind != Open::None) {
            const bool split = m_sawBlank ? !continuesAfterBlank(line) : interrupts(line);
            if (!split) {
                if (startsListChunk(line)) {
                    // A long list goes on in a new row, so that only its last part re-renders.
                    finishMarkdownBlock(m_pos);
                    m_nextContinues = true;
                    startBlock(line, next);
                    return;
                }
                continueBlock(line, next);
                return;
            }
            finishMarkdownBlock(m_pos); // with its trailing blank lines, as md4c sees it
        }
        startBlock(line, next);
    }

    // A blank line certainly ends a paragraph, a table and a quote.
    bool endsAtBlank() const
    {
        return (m_kind == Open::Paragraph || m_kind == Open::Quote) && !m_mayBeIndentedCode;
    }

    // @p line belongs to the open block; note what it may have started inside it.
    void continueBlock(QStringView line, qsizetype next)
    {
        m_sawBlank = false;
        m_contentEnd = next;
        if (m_noSplit && fenceOpener(line, nullptr)) {
            // After what may or may not be a table, md4c may see a fence here or a table row:
            // where the block ends cannot be known any more (rare: a table right after a
            // list item or quote, then a fence without a blank line). Keep the rest together.
            m_sticky = true;
            return;
        }
        const Indent indent = indentOf(line);
        const bool header = m_previousHasPipe;
        m_previousHasPipe = line.contains(u'|');
        ++m_lines;
        if (header && isDelimiterRow(line)) {
            // md4c starts a table only at the start of a paragraph. Anywhere else, a table is
            // possible, if unlikely (after a list item that ended in code): never split again.
            if (m_kind == Open::Paragraph && m_lines == 2)
                m_table = true;
            else
                m_noSplit = true;
            return;
        }
        if (m_table) {
            // md4c ends a table at a quote, a list item or a thematic break; anything else is
            // a row.
            const ListItem item = listItemOf(line);
            if (isQuoteLine(line)) {
                m_table = false;
                m_kind = Open::Quote;
            } else if (item.valid) {
                m_table = false;
                m_kind = Open::List;
                m_listMarker = item.marker;
                m_listWidth = item.contentColumn;
            } else if (isThematicBreak(line)) {
                finishMarkdownBlock(next);
            }
            return;
        }
        const ListItem item = listItemOf(line);
        if (item.valid && (m_kind != Open::List || indent.column < m_listWidth) &&
            (m_kind != Open::List || item.marker != m_listMarker)) {
            // A list item that did not split the block (it cannot interrupt a paragraph, or
            // it is of another kind than the open list): md4c may or may not start a list
            // here. Assume the list, and let any list item or indented line continue it.
            m_listWidth =
                m_kind == Open::List ? qMin(m_listWidth, item.contentColumn) : item.contentColumn;
            m_kind = Open::List;
            m_listMarker = item.marker;
            m_listAmbiguous = true;
            return;
        }
        switch (m_kind) {
        case Open::Paragraph:
            // A setext underline ends its heading (after definitions only, md4c keeps it as
            // text), a thematic break the paragraph.
            if (isSetextUnderline(line) ? !m_onlyDefinitions : isThematicBreak(line)) {
                finishMarkdownBlock(next);
                return;
            }
            if (!isDefinitionLine(line))
                m_onlyDefinitions = false;
            return;
        case Open::List:
            if (indent.column < m_listWidth && isThematicBreak(line)) {
                finishMarkdownBlock(next);
                return;
            }
            noteListItem(line);
            return;
        case Open::Quote:
            if (!isQuoteLine(line)) {
                if (isThematicBreak(line)) {
                    finishMarkdownBlock(next);
                    return;
                }
                // Not lazy text if the quote ended in code: then this may be indented code.
                if (indent.column >= 4)
                    m_mayBeIndentedCode = true;
            }
            return;
        default:
            return;
        }
    }

    // The next top-level item of a long, certain list (kListChunkChars so far).
    bool startsListChunk(QStringView line) const
    {
        if (m_kind != Open::List || m_listAmbiguous || m_noSplit || m_sticky || m_table ||
            m_pos - m_blockStart < kListChunkChars)
            return false;
        const ListItem item = listItemOf(line);
        return item.valid && item.marker == m_listMarker && indentOf(line).column < m_listWidth;
    }

    void startBlock(QStringView line, qsizetype next)
    {
        m_blockContinues = m_nextContinues;
        m_nextContinues = false;
        m_blockStart = m_pos;
        m_contentEnd = next;
        m_sawBlank = false;
        m_previousHasPipe = line.contains(u'|');
        m_lines = 1;
        m_sticky = false;
        m_table = false;
        m_noSplit = false;
        m_mayBeIndentedCode = false;
        m_listAmbiguous = false;
        m_onlyDefinitions = isDefinitionLine(line);
        Fence fence;
        if (fenceOpener(line, &fence)) {
            m_kind = Open::Fence;
            m_fence = fence;
            m_contentStart = next;
            m_pieceLines = 0;
            m_highlight = {};
            m_codeStarted = false;
            return;
        }
        if (isAtxHeading(line) || isThematicBreak(line)) {
            m_kind = Open::Paragraph;
            finishMarkdownBlock(next); // one line, nothing continues it
            return;
        }
        const ListItem item = listItemOf(line);
        if (item.valid) {
            m_kind = Open::List;
            m_listMarker = item.marker;
            m_listWidth = item.contentColumn;
            return;
        }
        if (isQuoteLine(line))
            m_kind = Open::Quote;
        else if (indentOf(line).column >= 4)
            m_kind = Open::IndentedCode;
        else
            m_kind = Open::Paragraph;
    }

    void noteListItem(QStringView line)
    {
        const ListItem item = listItemOf(line);
        if (item.valid && indentOf(line).column < m_listWidth)
            m_listWidth = item.contentColumn; // a sibling item of the top-level list
    }

    bool continuesAfterBlank(QStringView line) const
    {
        switch (m_kind) {
        case Open::List: {
            if (indentOf(line).column >= m_listWidth)
                return true;
            const ListItem item = listItemOf(line);
            return item.valid && (m_listAmbiguous || item.marker == m_listMarker);
        }
        case Open::IndentedCode:
            return indentOf(line).column >= 4;
        default:
            return m_mayBeIndentedCode && indentOf(line).column >= 4;
        }
    }

    // Whether @p line, directly after the open block, ends it for certain. Anything doubtful
    // (lazy continuation lines, setext underlines, thematic breaks) keeps the block open:
    // keeping two blocks together renders correctly, splitting one in two would not.
    bool interrupts(QStringView line) const
    {
        // A table's delimiter row, and lines inside a table, never split (see continueBlock()).
        if (m_table || m_noSplit || (m_previousHasPipe && isDelimiterRow(line)))
            return false;
        const Indent indent = indentOf(line);
        if (m_kind == Open::IndentedCode)
            return indent.column < 4;
        if (m_kind == Open::List && indent.column >= m_listWidth)
            return false;
        if (indent.column > 3)
            return false;
        if (fenceOpener(line, nullptr) || isAtxHeading(line))
            return true;
        const bool quote = isQuoteLine(line);
        if (m_kind == Open::Quote)
            return !quote && canInterruptParagraph(listItemOf(line));
        if (quote)
            return true;
        const ListItem item = listItemOf(line);
        if (m_kind == Open::List && item.valid && (m_listAmbiguous || item.marker == m_listMarker))
            return false; // the next item of the same list
        return canInterruptParagraph(item);
    }

    static bool fenceOpener(QStringView line, Fence *fence)
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
            fence->lexer = codeLanguageForName(fence->language);
        }
        return true;
    }

    bool fenceCloser(QStringView line) const
    {
        return indentOf(line).column <= 3 && closesFence(m_fence, line);
    }

    // A closing fence for @p fence at any indentation.
    static bool closesFence(const Fence &fence, QStringView line)
    {
        qsizetype i = indentOf(line).offset;
        const qsizetype start = i;
        while (i < line.size() && line[i] == fence.mark)
            ++i;
        return i - start >= fence.length && isBlank(line.sliced(i));
    }

    // While the last line is incomplete: could it still become the closing fence?
    bool mayBecomeCloser(QStringView line) const
    {
        const Indent indent = indentOf(line);
        if (indent.column > 3)
            return false;
        for (qsizetype i = indent.offset; i < line.size(); ++i) {
            if (line[i] != m_fence.mark)
                return false;
        }
        return true;
    }

    void fenceLine(QStringView line, qsizetype next)
    {
        if (fenceCloser(line)) {
            finishCode(m_pos, next, true);
            return;
        }
        if (++m_pieceLines >= kCodePieceLines)
            finishCode(next, next, false);
    }

    // Finishes the current code piece: content up to @p contentEnd, source up to @p end.
    void finishCode(qsizetype contentEnd, qsizetype end, bool closed)
    {
        Block block = codeBlock(contentEnd, end, closed, true);
        m_renderCode(block, false);
        m_highlight = block.highlightEnd;
        m_blocks.append(std::move(block));
        m_codeStarted = true;
        m_pieceLines = 0;
        m_blockStart = end;
        m_contentStart = end;
        if (closed)
            m_kind = Open::None;
    }

    Block codeBlock(qsizetype contentEnd, qsizetype end, bool closed, bool finished) const
    {
        Block block;
        block.kind = Code;
        block.start = m_blockStart;
        block.end = end;
        block.finished = finished;
        block.language = m_fence.language;
        block.lexer = m_fence.lexer;
        block.highlightStart = m_highlight;
        block.codeStart = !m_codeStarted;
        block.codeEnd = closed;
        block.code = contentOf(m_contentStart, contentEnd);
        return block;
    }

    // Content lines with up to the fence's indentation removed (CommonMark).
    QString contentOf(qsizetype start, qsizetype end) const
    {
        QString code;
        code.reserve(end - start);
        qsizetype pos = start;
        while (pos < end) {
            qsizetype newline = m_text.indexOf(u'\n', pos);
            const qsizetype lineEnd = (newline < 0 || newline >= end) ? end : newline + 1;
            QStringView line = QStringView(m_text).sliced(pos, lineEnd - pos);
            int removed = 0;
            while (removed < m_fence.indent && !line.isEmpty() && line.front() == u' ') {
                line = line.sliced(1);
                ++removed;
            }
            code += line;
            pos = lineEnd;
        }
        return code;
    }

    void finishMarkdownBlock(qsizetype end)
    {
        Block block;
        block.start = m_blockStart;
        block.end = end;
        block.finished = true;
        block.continuation = m_blockContinues;
        m_finishMarkdown(block);
        m_blocks.append(std::move(block));
        m_kind = Open::None;
        m_sawBlank = false;
        m_blockContinues = false;
    }

    // At the end of the scan: close everything (final) or make the open tail.
    void closeOpenBlock()
    {
        const qsizetype size = m_text.size();
        if (m_final) {
            if (m_kind == Open::Fence)
                finishCode(size, size, true); // an unclosed fence ends with the document
            else if (m_kind != Open::None)
                finishMarkdownBlock(size);
            m_openStart = size;
            m_openContext = {};
            return;
        }
        const QStringView partial = QStringView(m_text).sliced(m_pos);
        if (m_kind == Open::Fence) {
            m_openStart = m_blockStart;
            m_openContext.inFence = m_codeStarted;
            m_openContext.fence = m_fence;
            m_openContext.highlight = m_highlight;
            const qsizetype contentEnd = mayBecomeCloser(partial) ? m_pos : size;
            Block tail = codeBlock(contentEnd, size, false, false);
            m_renderCode(tail, true);
            m_blocks.append(std::move(tail));
            return;
        }
        // A fence arriving after a blank line: whether it continues the open block depends only
        // on its indentation, which is already there.
        const Indent partialIndent = indentOf(partial);
        if (m_kind != Open::None && m_sawBlank && partialIndent.offset < partial.size() &&
            (partial[partialIndent.offset] == u'`' || partial[partialIndent.offset] == u'~') &&
            !continuesAfterBlank(partial))
            finishMarkdownBlock(m_pos);
        m_openContext = {};
        m_openStart = m_kind != Open::None ? m_blockStart : m_pos;
        if (m_kind == Open::None && isBlank(partial))
            return; // no tail
        Fence fence;
        if (m_kind == Open::None && fenceOpener(partial, &fence)) {
            // The opening fence of a code block is still arriving: show an empty code block.
            m_fence = fence;
            m_blockStart = m_pos;
            m_contentStart = size;
            m_highlight = {};
            m_codeStarted = false;
            Block tail = codeBlock(size, size, false, false);
            m_renderCode(tail, true);
            m_blocks.append(std::move(tail));
            return;
        }
        m_openContext.listContinuation = m_kind != Open::None && m_blockContinues;
        Block tail;
        tail.start = m_openStart;
        tail.end = size;
        tail.continuation = m_openContext.listContinuation;
        m_finishMarkdown(tail);
        m_blocks.append(std::move(tail));
    }

    const QString &m_text;
    const bool m_final;
    qsizetype m_pos;
    Context m_context;
    std::function<void(Block &)> m_finishMarkdown;
    std::function<void(Block &, bool)> m_renderCode;
    QList<Block> m_blocks;

    Open m_kind = Open::None;
    qsizetype m_blockStart = 0;
    qsizetype m_contentEnd = 0; // end of the open block's last non-blank line
    bool m_sawBlank = false;
    bool m_previousHasPipe = false;   // the block's last line has a '|' (a table header?)
    int m_lines = 0;                  // lines in the open block
    bool m_sticky = false;            // nothing ends the block any more
    bool m_blockContinues = false;    // the open block is a later chunk of a long list
    bool m_nextContinues = false;     // the next block started will be
    bool m_table = false;             // the block is a table
    bool m_noSplit = false;           // only a blank line may end the block (a late table?)
    bool m_mayBeIndentedCode = false; // a quote that may have ended in indented code
    bool m_listAmbiguous = false;     // any list item may continue the open list
    bool m_onlyDefinitions = false;   // a paragraph of link reference definitions so far
    QChar m_listMarker;
    int m_listWidth = 0;
    // Fenced code
    Fence m_fence;
    qsizetype m_contentStart = 0;
    int m_pieceLines = 0;
    bool m_codeStarted = false; // a piece of this code block was already finished
    CodeLexer::State m_highlight;

    qsizetype m_openStart = 0;
    Context m_openContext;
};

MarkdownStream::MarkdownStream(QObject *parent)
    : QAbstractListModel(parent)
    , m_context(std::make_unique<Context>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultThrottleMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { render(false); });
}

MarkdownStream::~MarkdownStream() = default;

int MarkdownStream::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant MarkdownStream::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &block = m_blocks.at(index.row());
    switch (role) {
    case KindRole:
        return block.kind;
    case Qt::DisplayRole:
    case HtmlRole:
        return block.html;
    case CodeRole:
        return block.code.endsWith(u'\n') ? block.code.chopped(1) : block.code;
    case LanguageRole:
        return block.language;
    case FinishedRole:
        return block.finished;
    case CodeStartRole:
        return block.codeStart;
    case CodeEndRole:
        return block.codeEnd;
    case ContinuationRole:
        return block.continuation;
    default:
        return {};
    }
}

QHash<int, QByteArray> MarkdownStream::roleNames() const
{
    return {
        {KindRole, "kind"_ba},         {HtmlRole, "html"_ba},
        {CodeRole, "code"_ba},         {LanguageRole, "language"_ba},
        {FinishedRole, "finished"_ba}, {CodeStartRole, "codeStart"_ba},
        {CodeEndRole, "codeEnd"_ba},   {ContinuationRole, "continuation"_ba},
    };
}

void MarkdownStream::appendMarkdown(QStringView delta)
{
    if (delta.isEmpty())
        return;
    if (m_finished) {
        qCWarning(lcMarkdownStream) << "text appended to a finished message was ignored";
        return;
    }
    m_text.append(delta);
    if (!m_timer.isActive())
        m_timer.start();
}

void MarkdownStream::flush()
{
    if (m_finished)
        return;
    m_timer.stop();
    render(false);
}

void MarkdownStream::finish()
{
    if (m_finished)
        return;
    m_timer.stop();
    render(true);
    resolveLateDefinitions();
    m_finished = true;
    Q_EMIT finishedChanged();
}

void MarkdownStream::setMarkdown(const QString &markdown)
{
    clear();
    m_text = markdown;
    finish();
}

void MarkdownStream::clear()
{
    m_timer.stop();
    const bool wasFinished = m_finished;
    const bool hadRows = !m_blocks.isEmpty();
    beginResetModel();
    m_text.clear();
    m_blocks.clear();
    m_openStart = 0;
    *m_context = {};
    m_definitions.clear();
    m_definitionsVersion = 0;
    m_finished = false;
    endResetModel();
    if (hadRows)
        Q_EMIT countChanged();
    if (wasFinished)
        Q_EMIT finishedChanged();
}

void MarkdownStream::setCodeColors(const QVariantMap &colors)
{
    if (colors == m_codeColors)
        return;
    m_codeColors = colors;
    setCodePalette(CodePalette::fromVariantMap(colors));
    Q_EMIT codeColorsChanged();
}

void MarkdownStream::setCodePalette(const CodePalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    for (qsizetype row = 0; row < m_blocks.size(); ++row) {
        Block &block = m_blocks[row];
        if (block.kind != Code)
            continue;
        renderCodeBlock(block);
        const QModelIndex i = index(int(row));
        Q_EMIT dataChanged(i, i, {HtmlRole});
    }
}

QString MarkdownStream::codeBlockText(int row) const
{
    if (row < 0 || row >= m_blocks.size() || m_blocks.at(row).kind != Code)
        return {};
    qsizetype first = row;
    while (first > 0 && !m_blocks.at(first).codeStart && m_blocks.at(first - 1).kind == Code)
        --first;
    QString code;
    for (qsizetype i = first; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        if (block.kind != Code || (i > first && block.codeStart))
            break;
        code += block.code;
        if (block.codeEnd)
            break;
    }
    if (code.endsWith(u'\n'))
        code.chop(1);
    return code;
}

void MarkdownStream::renderMarkdownBlock(Block &block) const
{
    const QStringView source = QStringView(m_text).sliced(block.start, block.end - block.start);
    if (m_definitions.isEmpty())
        block.html = MarkdownRenderer::toHtml(source);
    else {
        // Before the block: after it, the separator could become part of a fence that is
        // still open inside a list item.
        QString withDefinitions = m_definitions; // "\n"-terminated definition lines
        withDefinitions += u"\n"_s;
        withDefinitions += source;
        block.html = MarkdownRenderer::toHtml(withDefinitions);
    }
    block.definitionsVersion = m_definitionsVersion;
    block.kind = kindOfHtml(block.html);
}

void MarkdownStream::renderCodeBlock(Block &block) const
{
    CodeLexer::State state = block.highlightStart;
    const QStringView code =
        block.code.endsWith(u'\n') ? QStringView(block.code).chopped(1) : QStringView(block.code);
    block.html = u"<pre style=\"font-family: monospace; white-space: pre-wrap; margin-top: 0; "
                 "margin-bottom: 0;\">"_s +
                 CodeHighlighter::toHtml(code, block.lexer, m_palette, &state) + u"</pre>"_s;
    block.highlightEnd = state;
}

void MarkdownStream::render(bool final)
{
    ++m_renderCount;
    m_lastRenderSpan = m_text.size() - m_openStart;
    Scanner scanner(m_text, m_openStart, *m_context, final);
    scanner.run(
        [this](Block &block) {
            renderMarkdownBlock(block);
            if (block.finished)
                collectDefinitions(block);
        },
        [this](Block &block, bool) { renderCodeBlock(block); });
    m_openStart = scanner.openStart();
    *m_context = scanner.openContext();
    replaceTail(std::move(scanner.blocks()));
    Q_EMIT rendered();
}

void MarkdownStream::collectDefinitions(const Block &block)
{
    // Link reference definitions apply document-wide. A paragraph of definitions only is taken
    // whole; elsewhere each line that looks like a definition is checked with md4c (a
    // reference to its label must resolve against the block) before it is taken.
    constexpr int kMaxProbes = 16;
    const QStringView source = QStringView(m_text).sliced(block.start, block.end - block.start);
    if (block.html.isEmpty()) {
        if (isDefinitionLine(source.first(qMax<qsizetype>(0, source.indexOf(u'\n')))) ||
            isDefinitionLine(source)) {
            m_definitions += source.trimmed() + u"\n"_s;
            ++m_definitionsVersion;
        }
        return;
    }
    int probes = 0;
    for (qsizetype pos = 0; pos < source.size() && probes < kMaxProbes;) {
        const qsizetype newline = source.indexOf(u'\n', pos);
        const qsizetype next = newline < 0 ? source.size() : newline + 1;
        const QStringView line = source.sliced(pos, next - pos);
        pos = next;
        if (!isDefinitionLine(line))
            continue;
        ++probes;
        const QStringView trimmed = line.trimmed();
        const QString reference = trimmed.first(trimmed.indexOf(u"]:") + 1).toString();
        const QString alone = MarkdownRenderer::toHtml(reference);
        const QString probe = MarkdownRenderer::toHtml(QString(reference + u"\n\n"_s + source));
        if (probe.startsWith(alone))
            continue; // not a definition there (e.g. the continuation of a paragraph)
        m_definitions += trimmed + u"\n"_s;
        ++m_definitionsVersion;
    }
}

void MarkdownStream::resolveLateDefinitions()
{
    if (m_definitionsVersion == 0)
        return;
    for (qsizetype row = 0; row < m_blocks.size(); ++row) {
        Block &block = m_blocks[row];
        if (block.kind == Code || block.definitionsVersion == m_definitionsVersion)
            continue;
        if (!QStringView(m_text).sliced(block.start, block.end - block.start).contains(u']'))
            continue;
        const Block before = block;
        renderMarkdownBlock(block);
        const QList<int> roles = changedRoles(before, block);
        if (!roles.isEmpty()) {
            const QModelIndex i = index(int(row));
            Q_EMIT dataChanged(i, i, roles);
        }
    }
}

QList<int> MarkdownStream::changedRoles(const Block &before, const Block &after)
{
    QList<int> roles;
    if (before.kind != after.kind)
        roles.append(KindRole);
    if (before.html != after.html)
        roles.append(HtmlRole);
    if (before.code != after.code)
        roles.append(CodeRole);
    if (before.language != after.language)
        roles.append(LanguageRole);
    if (before.finished != after.finished)
        roles.append(FinishedRole);
    if (before.codeStart != after.codeStart)
        roles.append(CodeStartRole);
    if (before.codeEnd != after.codeEnd)
        roles.append(CodeEndRole);
    if (before.continuation != after.continuation)
        roles.append(ContinuationRole);
    return roles;
}

void MarkdownStream::replaceTail(QList<Block> &&blocks)
{
    qsizetype first = 0;
    const bool hasTail = !m_blocks.isEmpty() && !m_blocks.constLast().finished;
    if (hasTail) {
        const int row = int(m_blocks.size()) - 1;
        if (blocks.isEmpty()) {
            beginRemoveRows({}, row, row);
            m_blocks.removeLast();
            endRemoveRows();
            Q_EMIT countChanged();
            return;
        }
        const QList<int> roles = changedRoles(m_blocks.at(row), blocks.first());
        m_blocks[row] = std::move(blocks.first());
        if (!roles.isEmpty()) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, roles);
        }
        first = 1;
    }
    if (first >= blocks.size())
        return;
    const int row = int(m_blocks.size());
    beginInsertRows({}, row, row + int(blocks.size() - first) - 1);
    for (qsizetype i = first; i < blocks.size(); ++i)
        m_blocks.append(std::move(blocks[i]));
    endInsertRows();
    Q_EMIT countChanged();
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "blockscanner.h"

using namespace MarkdownSyntax;

namespace {

using Context = BlockScanner::Context;

// Splits the open region of the text into top-level blocks (see BlockScanner).
class Scanner
{
public:
    Scanner(const QString &text, qsizetype start, const Context &context, bool final)
        : m_text(text)
        , m_final(final)
        , m_pos(start)
    {
        m_nextContinues = context.listContinuation;
        if (context.inFence) {
            m_kind = Open::Fence;
            m_fence = context.fence;
            m_blockStart = start;
            m_contentStart = start;
            m_codeStarted = true;
        }
    }

    /** Runs the scan: the finished blocks, then the open tail (if any). */
    BlockScanner::Result run()
    {
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
        return {std::move(m_blocks), m_openStart, m_openContext};
    }

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
        if (m_noSplit && isFenceOpener(line, nullptr)) {
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

    // The next top-level item of a long, certain list (BlockScanner::kListChunkChars so far).
    bool startsListChunk(QStringView line) const
    {
        if (m_kind != Open::List || m_listAmbiguous || m_noSplit || m_sticky || m_table ||
            m_pos - m_blockStart < BlockScanner::kListChunkChars)
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
        CodeFence fence;
        if (isFenceOpener(line, &fence)) {
            m_kind = Open::Fence;
            m_fence = fence;
            m_contentStart = next;
            m_pieceLines = 0;
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
        if (isFenceOpener(line, nullptr) || isAtxHeading(line))
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

    void fenceLine(QStringView line, qsizetype next)
    {
        if (closesFence(m_fence, line)) {
            finishCode(m_pos, next, true);
            return;
        }
        if (++m_pieceLines >= BlockScanner::kCodePieceLines)
            finishCode(next, next, false);
    }

    // Finishes the current code piece: content up to @p contentEnd, source up to @p end.
    void finishCode(qsizetype contentEnd, qsizetype end, bool closed)
    {
        m_blocks.append(codeBlock(contentEnd, end, closed, true));
        m_codeStarted = true;
        m_pieceLines = 0;
        m_blockStart = end;
        m_contentStart = end;
        if (closed)
            m_kind = Open::None;
    }

    ScannedBlock codeBlock(qsizetype contentEnd, qsizetype end, bool closed, bool finished) const
    {
        ScannedBlock block;
        block.isCode = true;
        block.start = m_blockStart;
        block.end = end;
        block.finished = finished;
        block.language = m_fence.language;
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
        ScannedBlock block;
        block.start = m_blockStart;
        block.end = end;
        block.finished = true;
        block.continuation = m_blockContinues;
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
            const qsizetype contentEnd = mayBecomeCloser(m_fence, partial) ? m_pos : size;
            m_blocks.append(codeBlock(contentEnd, size, false, false));
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
        CodeFence fence;
        if (m_kind == Open::None && isFenceOpener(partial, &fence)) {
            // The opening fence of a code block is still arriving: show an empty code block.
            m_fence = fence;
            m_blockStart = m_pos;
            m_contentStart = size;
            m_codeStarted = false;
            m_blocks.append(codeBlock(size, size, false, false));
            return;
        }
        m_openContext.listContinuation = m_kind != Open::None && m_blockContinues;
        ScannedBlock tail;
        tail.start = m_openStart;
        tail.end = size;
        tail.continuation = m_openContext.listContinuation;
        m_blocks.append(std::move(tail));
    }

    const QString &m_text;
    const bool m_final;
    qsizetype m_pos;
    QList<ScannedBlock> m_blocks;

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
    CodeFence m_fence;
    qsizetype m_contentStart = 0;
    int m_pieceLines = 0;
    bool m_codeStarted = false; // a piece of this code block was already finished

    qsizetype m_openStart = 0;
    Context m_openContext;
};

} // namespace

BlockScanner::Result BlockScanner::scan(const QString &text, qsizetype start,
                                        const Context &context, bool final)
{
    return Scanner(text, start, context, final).run();
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "markdownsyntax.h"

#include <QList>
#include <QString>

/** @brief A top-level block of Markdown text, or a piece of a fenced code block. */
struct ScannedBlock
{
    qsizetype start = 0; /**< the block's range in the text */
    qsizetype end = 0;
    bool finished = false;     /**< nothing that may still arrive changes the block */
    bool continuation = false; /**< a later row of a long list: continues the list above */
    bool isCode = false;       /**< a piece of a fenced code block; the fields below apply */
    QString code;              /**< the piece's code, each line ending in '\n' */
    QString language;          /**< the first word after the opening fence */
    bool codeStart = false;    /**< the first piece of its code block */
    bool codeEnd = false;      /**< the last piece: the fence is closed */
};

/**
 * @brief Finds where md4c certainly ends a top-level block, in a text that is still growing.
 *
 * A line-based scanner (MarkdownSyntax) that knows where a block safely ends: a blank line
 * followed by a line that cannot continue the block, a closing code fence, an ATX heading, a
 * fence, quote or list that interrupts a paragraph, … Anything doubtful keeps the block open:
 * keeping two blocks together renders them correctly, splitting one in two would not.
 *
 * It scans only the open region, from where the last scan left off: the finished blocks before
 * it never change. Only complete lines (ending in '\n', or every line when the text is final)
 * decide where a block ends; an incomplete last line belongs to the open tail. A fenced code
 * block is cut into pieces of at most kCodePieceLines lines, and a long top-level list into rows
 * of about kListChunkChars, so that a growing code block or list is scanned and rendered again
 * only from its last piece. Cost: linear in the open region.
 */
class BlockScanner
{
public:
    BlockScanner() = delete;

    /** Lines per piece of a fenced code block (the last piece may be shorter). */
    static constexpr int kCodePieceLines = 40;
    /** A top-level list continues in a new row at the first item after this many characters. */
    static constexpr int kListChunkChars = 2048;

    /** What the scanner knows where the open region starts. */
    struct Context
    {
        bool inFence = false;          /**< inside a fence of which a piece is finished */
        bool listContinuation = false; /**< in a later chunk of a long list */
        MarkdownSyntax::CodeFence fence;
    };

    struct Result
    {
        /** The finished blocks in order, then the open tail (if there is one). */
        QList<ScannedBlock> blocks;
        /** Where the next scan starts: the start of the open tail. */
        qsizetype openStart = 0;
        /** The context there. */
        Context openContext;
    };

    /**
     * Scans @p text from @p start, where a previous scan left @p context (at the start of the
     * text: a default Context). With @p final no more text will come: every block finishes.
     */
    [[nodiscard]] static Result scan(const QString &text, qsizetype start, const Context &context,
                                     bool final);
};

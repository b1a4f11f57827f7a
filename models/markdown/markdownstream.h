// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "blockscanner.h"
#include "codehighlighter.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>
#include <QVariantMap>

/**
 * @brief One message's Markdown, rendered incrementally as it streams, as a list of blocks.
 *
 * appendMarkdown() only appends to a buffer and starts a throttle timer (50 ms by default, so at
 * most 20 renders a second); flush() and finish() render at once. The interval runs from the
 * last render, not from the delta after it, so that renders (and the frames that show them) keep
 * an even pace, and the first delta after a pause renders on the next pass of the event loop. A
 * render scans only the open tail of the text with BlockScanner, which knows where md4c certainly
 * ends a top-level block. Finished blocks are rendered once and kept; only the open tail block is
 * rendered again. Each block is one row: its HTML comes from MarkdownRenderer (safe RichText: no
 * images, raw HTML escaped, http(s)-only links), except fenced code, which is highlighted by
 * CodeHighlighter and cut into pieces of at most kCodePieceLines lines, so that a long code block
 * also only re-renders its last piece.
 *
 * Rows are appended with rowsInserted; dataChanged is emitted for the tail row only, naming the
 * roles that changed (and for code rows when the code colours change, and for blocks that a late
 * reference definition changes at finish()).
 *
 * Cost: a delta is O(delta); a render is O(open block), independent of the length of the
 * message. Code blocks are cut into pieces and long top-level lists into rows of about
 * kListChunkChars (continuing the numbering); a table, a quote or a paragraph is one block, so a
 * render costs as much as the growing table, quote or paragraph.
 *
 * Reference-style link definitions may come after their use. A paragraph that consists only of
 * definitions becomes document-wide: every block rendered after it sees its definitions, and
 * finish() renders again the finished blocks that were rendered before a definition appeared and
 * contain a "]". (A definition that shares its paragraph with other text applies to that block
 * only; CommonMark would apply it everywhere.)
 *
 * Once finished, the blocks render the same content as MarkdownRenderer::toHtml() of the whole
 * text, except that fenced code is highlighted and a long list is several lists (a loose list
 * is only loose in the rows that have blank lines between items); tests/models/
 * tst_markdownstream.cpp checks it.
 */
class MarkdownStream : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    /**
     * Colours of code tokens by token-class name ({"keyword": "#cf222e", …}; see
     * CodePalette::fromVariantMap()). The view hands in the theme's. Without colours, code rows
     * are plain text and are not lexed; colours set later highlight each code row once.
     */
    Q_PROPERTY(
        QVariantMap codeColors READ codeColors WRITE setCodeColors NOTIFY codeColorsChanged FINAL)

public:
    /** Lines per row of a fenced code block (the last piece may be shorter). */
    static constexpr int kCodePieceLines = BlockScanner::kCodePieceLines;
    /** The default pace of renders while text streams in: at most one every 50 ms. A view
     * draws a streaming answer at this pace (the frame period benchmarks expect). */
    static constexpr int kDefaultThrottleMs = 50;
    /** A top-level list continues in a new row at the first item after this many characters. */
    static constexpr int kListChunkChars = BlockScanner::kListChunkChars;

    /** What a block shows (the first top-level element of its Markdown). */
    enum Kind {
        Paragraph,
        Heading,
        List,
        Quote,
        Table,
        Rule,
        Code,         /**< a piece of a fenced code block: highlighted, with a Copy button */
        Preformatted, /**< an indented code block */
        Empty,        /**< nothing visible (e.g. only link reference definitions) */
    };
    Q_ENUM(Kind)

    enum Roles {
        KindRole = Qt::UserRole + 1, /**< Kind */
        HtmlRole,                    /**< QString: safe RichText HTML of the block */
        CodeRole,         /**< QString: Code rows: the raw code of this piece (for Copy) */
        LanguageRole,     /**< QString: Code rows: the language named after the fence */
        FinishedRole,     /**< bool: the block will not change any more */
        CodeStartRole,    /**< bool: Code rows: the first piece of its code block */
        CodeEndRole,      /**< bool: Code rows: the last piece (the fence is closed) */
        ContinuationRole, /**< bool: continues the list of the row above (a long list, in rows) */
    };
    Q_ENUM(Roles)

    explicit MarkdownStream(QObject *parent = nullptr);
    ~MarkdownStream() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Appends streamed text; renders later (throttled). Ignored after finish(). */
    void appendMarkdown(QStringView delta);
    /** Renders pending text now. */
    void flush();
    /** No more text: closes open blocks, resolves late reference definitions, renders. */
    void finish();
    /** Replaces everything with the finished document @p markdown, rendered at once. */
    void setMarkdown(const QString &markdown);
    /** Empties the document (not finished). */
    void clear();

    const QString &text() const { return m_text; }
    /** No more text will come; every block is final. */
    bool isFinished() const { return m_finished; }

    /** Milliseconds between renders while text streams in (default 50). */
    void setThrottleInterval(int ms) { m_throttleMs = ms; }

    QVariantMap codeColors() const { return m_codeColors; }
    void setCodeColors(const QVariantMap &colors);

    /** The whole code of the fenced code block that @p row is a piece of (for Copy). */
    Q_INVOKABLE QString codeBlockText(int row) const;

    /** Renders done so far (for tests and benchmarks). */
    int renderCount() const { return m_renderCount; }
    /** Characters of text the last render scanned and rendered: the open region it started from. */
    qsizetype lastRenderSpan() const { return m_lastRenderSpan; }

Q_SIGNALS:
    void countChanged();
    void codeColorsChanged();

private:
    struct Block;

    void render(bool final);
    void renderMarkdownBlock(Block &block) const;
    void renderCodeBlock(Block &block) const;
    void recolorCode();
    void collectDefinitions(const Block &block);
    void resolveLateDefinitions();
    void replaceTail(QList<Block> &&blocks);
    static QList<int> changedRoles(const Block &before, const Block &after);

    QString m_text;
    QList<Block> m_blocks;
    // Where the open region starts (the start of the unfinished tail), the scanner's state
    // there and, inside a code block, the highlighter's.
    qsizetype m_openStart = 0;
    BlockScanner::Context m_scanContext;
    CodeLexer::State m_openHighlight;
    QString m_definitions; // definition lines taken from finished blocks, each ending in \n
    int m_definitionsVersion = 0;
    QTimer m_timer;
    int m_throttleMs = kDefaultThrottleMs;
    QElapsedTimer m_sinceRender; // invalid before the first render
    CodePalette m_palette;
    QVariantMap m_codeColors;
    bool m_finished = false;
    int m_renderCount = 0;
    qsizetype m_lastRenderSpan = 0;
};

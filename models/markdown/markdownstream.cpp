// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "markdownstream.h"

#include "markdownrenderer.h"
#include "markdownsyntax.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMarkdownStream, "confab.models.markdown", QtWarningMsg)

// A row: a block as the scanner found it, and what it shows.
struct MarkdownStream::Block : ScannedBlock
{
    Kind kind = Paragraph;
    QString html;
    int definitionsVersion = 0; // of the definitions it was rendered with
    // Code pieces
    CodeLanguage lexer = CodeLanguage::None;
    CodeLexer::State highlightStart;
    CodeLexer::State highlightEnd;
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

MarkdownStream::MarkdownStream(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
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
    if (!m_timer.isActive()) {
        const qint64 since = m_sinceRender.isValid() ? m_sinceRender.elapsed() : m_throttleMs;
        m_timer.start(int(std::clamp<qint64>(m_throttleMs - since, 0, m_throttleMs)));
    }
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
    m_sinceRender.invalidate();
    const bool hadRows = !m_blocks.isEmpty();
    beginResetModel();
    m_text.clear();
    m_blocks.clear();
    m_openStart = 0;
    m_scanContext = {};
    m_openHighlight = {};
    m_definitions.clear();
    m_definitionsVersion = 0;
    m_finished = false;
    endResetModel();
    if (hadRows)
        Q_EMIT countChanged();
}

void MarkdownStream::setCodeColors(const QVariantMap &colors)
{
    if (colors == m_codeColors)
        return;
    m_codeColors = colors;
    const CodePalette palette = CodePalette::fromVariantMap(colors);
    if (palette != m_palette) {
        m_palette = palette;
        recolorCode();
    }
    Q_EMIT codeColorsChanged();
}

void MarkdownStream::recolorCode()
{
    // In order: a piece starts where the piece before it ended (rendered without colours, a
    // piece was not lexed, so its end state is not known yet).
    CodeLexer::State state;
    for (qsizetype row = 0; row < m_blocks.size(); ++row) {
        Block &block = m_blocks[row];
        if (block.kind != Code)
            continue;
        block.highlightStart = block.codeStart ? CodeLexer::State() : state;
        const QString before = block.html;
        renderCodeBlock(block);
        state = block.highlightEnd;
        if (block.html != before) { // e.g. code in an unknown language stays plain
            const QModelIndex i = index(int(row));
            Q_EMIT dataChanged(i, i, {HtmlRole});
        }
    }
    if (m_scanContext.inFence && !m_blocks.isEmpty())
        m_openHighlight = m_blocks.constLast().highlightStart; // the open piece's
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
    const QStringView code =
        block.code.endsWith(u'\n') ? QStringView(block.code).chopped(1) : QStringView(block.code);
    block.html = u"<pre style=\"font-family: monospace; white-space: pre-wrap; margin-top: 0; "
                 "margin-bottom: 0;\">"_s;
    if (m_palette.isEmpty()) {
        // No colours (yet): the same plain text, without lexing. recolorCode() works the
        // states out when colours arrive.
        block.html += CodeHighlighter::plainHtml(code);
        block.highlightEnd = {};
    } else {
        CodeLexer::State state = block.highlightStart;
        block.html += CodeHighlighter::toHtml(code, block.lexer, m_palette, &state);
        block.highlightEnd = state;
    }
    block.html += u"</pre>"_s;
}

void MarkdownStream::render(bool final)
{
    m_sinceRender.start();
    ++m_renderCount;
    m_lastRenderSpan = m_text.size() - m_openStart;
    BlockScanner::Result scan = BlockScanner::scan(m_text, m_openStart, m_scanContext, final);
    QList<Block> blocks;
    blocks.reserve(scan.blocks.size());
    // Pieces of one code block are highlighted in a chain: each starts where the last one ended.
    CodeLexer::State highlight = m_openHighlight;
    for (ScannedBlock &scanned : scan.blocks) {
        Block &block = blocks.emplace_back();
        static_cast<ScannedBlock &>(block) = std::move(scanned);
        if (block.isCode) {
            block.kind = Code;
            block.lexer = codeLanguageForName(block.language);
            block.highlightStart = block.codeStart ? CodeLexer::State() : highlight;
            renderCodeBlock(block);
            highlight = block.highlightEnd;
            continue;
        }
        renderMarkdownBlock(block);
        if (block.finished)
            collectDefinitions(block); // the blocks after it see its definitions
    }
    m_openStart = scan.openStart;
    m_scanContext = scan.openContext;
    // Inside a fence, the open tail is the piece that the next render starts with.
    m_openHighlight =
        m_scanContext.inFence ? blocks.constLast().highlightStart : CodeLexer::State();
    replaceTail(std::move(blocks));
}

void MarkdownStream::collectDefinitions(const Block &block)
{
    // Link reference definitions apply document-wide. A paragraph of definitions only is taken
    // whole; elsewhere each line that looks like a definition is checked with md4c (a
    // reference to its label must resolve against the block) before it is taken.
    constexpr int kMaxProbes = 16;
    const QStringView source = QStringView(m_text).sliced(block.start, block.end - block.start);
    if (block.html.isEmpty()) {
        if (MarkdownSyntax::isDefinitionLine(
                source.first(qMax<qsizetype>(0, source.indexOf(u'\n')))) ||
            MarkdownSyntax::isDefinitionLine(source)) {
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
        if (!MarkdownSyntax::isDefinitionLine(line))
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

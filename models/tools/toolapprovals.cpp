// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolapprovals.h"

#include "mcpaudit.h"
#include "settingsfile.h"

#include <QJsonDocument>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const QString kGroup = u"toolApprovals"_s;
} // namespace

ToolApprovals::ToolApprovals(SettingsFile *file)
    : m_file(file)
{
    load();
}

QString ToolApprovals::key(const QString &serverId, const QString &toolName)
{
    return serverId + u'\n' + toolName;
}

void ToolApprovals::load()
{
    QSettings &settings = m_file->raw();
    const int size = settings.beginReadArray(kGroup);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const QString server = settings.value(u"server"_s).toString();
        const QString tool = settings.value(u"tool"_s).toString();
        if (server.isEmpty() || tool.isEmpty())
            continue;
        m_entries.insert(key(server, tool), Entry{settings.value(u"fingerprint"_s).toByteArray(),
                                                  settings.value(u"definition"_s).toString(),
                                                  settings.value(u"always"_s).toBool()});
    }
    settings.endArray();
}

void ToolApprovals::save() const
{
    QSettings &settings = m_file->raw();
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(m_entries.size()));
    int i = 0;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it, ++i) {
        settings.setArrayIndex(i);
        const qsizetype newline = it.key().indexOf(u'\n');
        settings.setValue(u"server"_s, it.key().left(newline));
        settings.setValue(u"tool"_s, it.key().mid(newline + 1));
        settings.setValue(u"fingerprint"_s, it->fingerprint);
        settings.setValue(u"definition"_s, it->definition);
        settings.setValue(u"always"_s, it->always);
    }
    settings.endArray();
    settings.sync();
}

ToolApprovals::Check ToolApprovals::check(const QString &serverId, const McpTool &tool) const
{
    Check check;
    const auto it = m_entries.constFind(key(serverId, tool.name));
    if (it == m_entries.cend())
        return check;
    check.approvedBefore = true;
    check.changed = it->fingerprint != McpToolAudit::fingerprint(tool);
    check.always = it->always && !check.changed;
    if (check.changed)
        check.changes = lineDiff(it->definition, definitionText(tool));
    return check;
}

void ToolApprovals::approve(const QString &serverId, const McpTool &tool, bool always)
{
    Entry &entry = m_entries[key(serverId, tool.name)];
    const bool wasAlways = entry.always && entry.fingerprint == McpToolAudit::fingerprint(tool);
    entry.fingerprint = McpToolAudit::fingerprint(tool);
    entry.definition = definitionText(tool);
    entry.always = always || wasAlways;
    save();
}

void ToolApprovals::revokeAlways(const QString &serverId, const QString &toolName)
{
    const auto it = m_entries.find(key(serverId, toolName));
    if (it == m_entries.end() || !it->always)
        return;
    it->always = false;
    save();
}

void ToolApprovals::forgetServer(const QString &serverId)
{
    const QString prefix = serverId + u'\n';
    bool removed = false;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it.key().startsWith(prefix)) {
            it = m_entries.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    if (removed)
        save();
}

bool ToolApprovals::isAlways(const QString &serverId, const QString &toolName) const
{
    return m_entries.value(key(serverId, toolName)).always;
}

QString ToolApprovals::definitionText(const McpTool &tool)
{
    // QJsonObject keeps its keys sorted, so equal definitions print alike.
    QJsonObject json{{"name"_L1, tool.name}, {"inputSchema"_L1, tool.inputSchema}};
    if (!tool.title.isEmpty())
        json.insert("title"_L1, tool.title);
    if (!tool.description.isEmpty())
        json.insert("description"_L1, tool.description);
    if (!tool.outputSchema.isEmpty())
        json.insert("outputSchema"_L1, tool.outputSchema);
    if (!tool.annotations.isEmpty())
        json.insert("annotations"_L1, tool.annotations);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed();
}

QString ToolApprovals::lineDiff(const QString &before, const QString &after, int context)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QStringList out;
    if (n * m > 4'000'000) { // too large to compare line by line: all out, all in
        for (const QString &line : a)
            out.append(u"- "_s + line);
        for (const QString &line : b)
            out.append(u"+ "_s + line);
        return out.join(u'\n');
    }
    // Longest common subsequence, then a walk that emits removals before additions.
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] =
                a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    struct Line
    {
        QChar mark;
        QString text;
    };
    QList<Line> lines;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            lines.append({u' ', a.at(i)});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append({u'-', a.at(i++)});
        } else {
            lines.append({u'+', b.at(j++)});
        }
    }
    // Keep the changes and their context; "…" where unchanged lines were left out.
    QList<bool> keep(lines.size(), false);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines.at(k).mark == u' ')
            continue;
        for (qsizetype c = std::max<qsizetype>(0, k - context);
             c <= std::min<qsizetype>(lines.size() - 1, k + context); ++c)
            keep[c] = true;
    }
    bool skipped = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (!keep.at(k)) {
            skipped = true;
            continue;
        }
        if (skipped && !out.isEmpty())
            out.append(u"  …"_s);
        skipped = false;
        out.append(QString(lines.at(k).mark) + u' ' + lines.at(k).text);
    }
    return out.join(u'\n');
}

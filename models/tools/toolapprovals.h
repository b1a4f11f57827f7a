// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

class SettingsFile;

/**
 * @brief What the user approved, per tool of each server: the tool's fingerprint when it was
 * approved (McpToolAudit::fingerprint), its definition then (to show what changed), and
 * whether it may run without asking ("always for this tool on this server").
 *
 * A tool whose definition changed since its approval is asked about again, with the change
 * shown, and its "always" no longer applies. Kept in the settings file.
 */
class ToolApprovals
{
public:
    /** How a tool stands. */
    struct Check
    {
        bool approvedBefore = false; /**< approved once or always, with any definition */
        bool always = false;         /**< may run without asking (and has not changed since) */
        bool changed = false;        /**< its definition differs from the one approved */
        QString changes;             /**< a line diff of the definitions, for people */
    };

    explicit ToolApprovals(SettingsFile *file);

    Check check(const QString &serverId, const McpTool &tool) const;
    /** The user approved @p tool on @p serverId (for good when @p always). */
    void approve(const QString &serverId, const McpTool &tool, bool always);
    /** Forgets "always" for one tool (the fingerprint stays). */
    void revokeAlways(const QString &serverId, const QString &toolName);
    /** Forgets everything about @p serverId (it was removed). */
    void forgetServer(const QString &serverId);
    bool isAlways(const QString &serverId, const QString &toolName) const;

    /** The definition compared and shown: name, title, description, schemas, annotations,
     * pretty-printed with sorted keys. */
    static QString definitionText(const McpTool &tool);
    /** A line diff of @p before and @p after ("- " removed, "+ " added, "  " kept), with at
     * most @p context unchanged lines around each change. */
    static QString lineDiff(const QString &before, const QString &after, int context = 2);

private:
    struct Entry
    {
        QByteArray fingerprint;
        QString definition;
        bool always = false;
    };
    static QString key(const QString &serverId, const QString &toolName);
    void load();
    void save() const;

    SettingsFile *m_file;
    QHash<QString, Entry> m_entries;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QJsonArray>
#include <QList>
#include <QString>

/** @brief A tool offered to the model: the name it sees, and where the tool really is. */
struct OfferedTool
{
    QString name; /**< as the model sees and calls it (McpChat::exposedNames) */
    QString serverId;
    QString serverName;
    McpTool tool;
};

/**
 * @brief The tools one request offers the model. The request and the tool round after it use
 * the same catalog, so a call is resolved against what the model was actually shown.
 */
class ToolCatalog
{
public:
    ToolCatalog() = default;
    explicit ToolCatalog(QList<OfferedTool> tools)
        : m_tools(std::move(tools))
    {}

    const QList<OfferedTool> &tools() const { return m_tools; }
    bool isEmpty() const { return m_tools.isEmpty(); }
    /** The tool the model calls @p name, or null. */
    const OfferedTool *find(const QString &name) const;
    /** ChatRequest::tools for these tools (McpChat::toolDefinition). */
    QJsonArray requestTools() const;

private:
    QList<OfferedTool> m_tools;
};

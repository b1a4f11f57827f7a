// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolcatalog.h"

#include "mcpchat.h"

const OfferedTool *ToolCatalog::find(const QString &name) const
{
    for (const OfferedTool &tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

QJsonArray ToolCatalog::requestTools() const
{
    QJsonArray tools;
    for (const OfferedTool &offered : m_tools)
        tools.append(McpChat::toolDefinition(offered.tool, offered.name));
    return tools;
}

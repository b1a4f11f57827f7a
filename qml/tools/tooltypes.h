// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "toollistmodel.h"
#include "toolselection.h"
#include "toolserverdraft.h"
#include "toolserverlistmodel.h"
#include "toolservers.h"

#include <QtQml/qqml.h>

/** Exposes models/tools to QML without models/ depending on QtQml. */
struct ToolServersForeign
{
    Q_GADGET
    QML_FOREIGN(ToolServers)
    QML_NAMED_ELEMENT(ToolServers)
    QML_UNCREATABLE("Created by the application")
};

struct ToolServerListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ToolServerListModel)
    QML_NAMED_ELEMENT(ToolServerListModel)
    QML_UNCREATABLE("Provided by ToolServers.servers")
};

struct ToolListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ToolListModel)
    QML_NAMED_ELEMENT(ToolListModel)
    QML_UNCREATABLE("Provided by ToolServers.toolsOf()")
};

struct ToolServerDraftForeign
{
    Q_GADGET
    QML_FOREIGN(ToolServerDraft)
    QML_NAMED_ELEMENT(ToolServerDraft)
    QML_UNCREATABLE("Provided by ToolServers.draft")
};

struct ToolSelectionForeign
{
    Q_GADGET
    QML_FOREIGN(ToolSelection)
    QML_NAMED_ELEMENT(ToolSelection)
    QML_UNCREATABLE("Provided by ChatController.toolSelection")
};

/** Where a tool call is and how it was approved: ToolRun.AwaitingApproval, ToolRun.Always … */
namespace ToolRunForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(ToolEnums)
QML_NAMED_ELEMENT(ToolRun)
} // namespace ToolRunForeign

/** Where a configured server is: ToolServer.Ready, ToolServer.NeedsConfirmation … */
namespace ToolServerForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(ToolServerEnums)
QML_NAMED_ELEMENT(ToolServer)
} // namespace ToolServerForeign

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toollabels.h"

#include "toolrunner.h"

ToolLabels::ToolLabels(QObject *parent)
    : QObject(parent)
{}

QString ToolLabels::status(ToolEnums::Status status) const
{
    using S = ToolEnums::Status;
    switch (status) {
    case S::Queued:
        return tr("Waits for the call above");
    case S::AwaitingApproval:
        return tr("Waiting for your approval");
    case S::Running:
        return tr("Running…");
    case S::Succeeded:
        return tr("Done");
    case S::Failed:
        return tr("Failed");
    case S::Denied:
        return tr("Denied: the model was told so");
    case S::Cancelled:
        return tr("Stopped");
    case S::Unavailable:
        return tr("Not run: the model asked for a tool it was not offered");
    case S::LoopLimit:
        return tr("Not run: this answer reached its limit of tool rounds");
    case S::Interrupted:
        return tr("Not run: Confab closed before it finished");
    }
    return {};
}

QString ToolLabels::approval(ToolEnums::Approval approval) const
{
    using A = ToolEnums::Approval;
    switch (approval) {
    case A::None:
        return {};
    case A::Once:
        return tr("allowed once");
    case A::Always:
        return tr("always allowed");
    case A::Trusted:
        return tr("trusted server");
    case A::Auto:
        return tr("allowed without asking");
    }
    return {};
}

QString ToolLabels::serverState(ToolServerEnums::State state) const
{
    using S = ToolServerEnums::State;
    switch (state) {
    case S::Off:
        return tr("Off");
    case S::NeedsConfirmation:
        return tr("Needs your confirmation");
    case S::Stopped:
        return tr("Stopped");
    case S::Starting:
        return tr("Starting…");
    case S::Ready:
        return tr("Ready");
    case S::Failed:
        return tr("Failed");
    }
    return {};
}

QString ToolLabels::argumentsProblem(const QString &text) const
{
    return ToolRunner::argumentsError(text);
}

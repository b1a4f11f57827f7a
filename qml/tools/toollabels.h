// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "toolserverlistmodel.h"

#include <QObject>
#include <QtQml/qqml.h>

/** @brief The words shown around tool calls and tool servers. */
class ToolLabels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ToolLabels(QObject *parent = nullptr);

    /** Where a call is, for its card: "Waiting for your approval", "Denied" … */
    Q_INVOKABLE QString status(ToolEnums::Status status) const;
    /** Why a call ran, or empty when it did not: "allowed once", "trusted server" … */
    Q_INVOKABLE QString approval(ToolEnums::Approval approval) const;
    /** Where a server is, for the Tools page: "Ready", "Starting…" … */
    Q_INVOKABLE QString serverState(ToolServerEnums::State state) const;
    /** Why @p text cannot be a call's arguments, or empty (the approval card's check). */
    Q_INVOKABLE QString argumentsProblem(const QString &text) const;
};

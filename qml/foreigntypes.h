// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatcontroller.h"
#include "markdownstream.h"
#include "messagemodel.h"

#include <QtQml/qqml.h>

/** Exposes models/ types to QML without models/ depending on QtQml. */
struct MessageModelForeign
{
    Q_GADGET
    QML_FOREIGN(MessageModel)
    QML_NAMED_ELEMENT(MessageModel)
    QML_UNCREATABLE("Provided by ChatController.messages")
};

struct ChatControllerForeign
{
    Q_GADGET
    QML_FOREIGN(ChatController)
    QML_NAMED_ELEMENT(ChatController)
    QML_UNCREATABLE("Created by the application")
};

struct MarkdownStreamForeign
{
    Q_GADGET
    QML_FOREIGN(MarkdownStream)
    QML_NAMED_ELEMENT(MarkdownStream)
    QML_UNCREATABLE("Provided by the message model")
};

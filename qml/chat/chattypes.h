// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatcontroller.h"
#include "message.h"
#include "messagemodel.h"
#include "pendingattachments.h"
#include "streamtypes.h"
#include "toolcalllist.h"

#include <QtQml/qqml.h>

/** Exposes models/chat to QML without models/ depending on QtQml. */
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

struct PendingAttachmentsForeign
{
    Q_GADGET
    QML_FOREIGN(PendingAttachments)
    QML_NAMED_ELEMENT(PendingAttachments)
    QML_UNCREATABLE("Provided by ChatController.attachments")
};

/** What an attachment is and what went wrong with it: Attachment.Image, Attachment.Damaged … */
namespace AttachmentForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(AttachmentEnums)
QML_NAMED_ELEMENT(Attachment)
} // namespace AttachmentForeign

struct ToolCallListForeign
{
    Q_GADGET
    QML_FOREIGN(ToolCallList)
    QML_NAMED_ELEMENT(ToolCallList)
    QML_UNCREATABLE("Provided by the message model")
};

/** Who wrote a message and where it is in its life: Message.Assistant, Message.Stopped … */
namespace MessageForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(MessageEnums)
QML_NAMED_ELEMENT(Message)
} // namespace MessageForeign

/** Why an answer stopped: Finish.Length, Finish.ContentFilter … */
namespace FinishForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Finish)
QML_NAMED_ELEMENT(Finish)
} // namespace FinishForeign

/** What went wrong with an answer: Failure.Auth, Failure.RateLimit … */
namespace FailureForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Failure)
QML_NAMED_ELEMENT(Failure)
} // namespace FailureForeign

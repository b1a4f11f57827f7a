// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "answerlabels.h"

#include <QStringList>

AnswerLabels::AnswerLabels(QObject *parent)
    : QObject(parent)
{}

QString AnswerLabels::errorTitle(Failure::Kind kind) const
{
    using Kind = Failure::Kind;
    switch (kind) {
    case Kind::Auth:
        return tr("The provider did not accept the API key. Check the key in Settings.");
    case Kind::Permission:
        return tr("This API key may not use this model. Check the key or choose another model.");
    case Kind::NotFound:
        return tr("Not found: check the base URL and the model name in Settings.");
    case Kind::RateLimit:
        return tr("Rate limited by the provider. Wait a moment, then retry.");
    case Kind::BadRequest:
        return tr("The provider rejected the request.");
    case Kind::ContextLength:
        return tr("The conversation is too long for this model.");
    case Kind::ContentFilter:
        return tr("Blocked by the provider's content filter.");
    case Kind::Overloaded:
        return tr("The provider is overloaded. Retry in a moment.");
    case Kind::Server:
        return tr("The provider had an internal error.");
    case Kind::Network:
        return tr("Network error: the server could not be reached or the connection broke.");
    case Kind::Timeout:
        return tr("The server stopped responding.");
    case Kind::Protocol:
        return tr("The server sent something Confab could not read.");
    case Kind::Truncated:
        return tr("The answer ended before it was complete.");
    case Kind::Attachment:
        return tr("An attachment could not be sent: this model may not read it, or it is too "
                  "large. Send the question without its attachments, or choose another model.");
    case Kind::None:
    case Kind::Cancelled:
    case Kind::Other:
        break;
    }
    return tr("The answer failed.");
}

bool AnswerLabels::settingsCanFix(Failure::Kind kind) const
{
    return kind == Failure::Kind::Auth || kind == Failure::Kind::Permission ||
           kind == Failure::Kind::NotFound;
}

QString AnswerLabels::stateNote(MessageEnums::State state, Finish::Reason finishReason) const
{
    using State = MessageEnums::State;
    switch (state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Interrupted:
        return tr("Interrupted: Confab closed while this answer was streaming.");
    case State::Complete:
        if (finishReason == Finish::Reason::Length)
            return tr("The answer reached the length limit.");
        if (finishReason == Finish::Reason::ContentFilter)
            return tr("The provider's content filter stopped the answer.");
        return {};
    case State::Waiting:
    case State::Streaming:
    case State::Failed:
        break;
    }
    return {};
}

QString AnswerLabels::answerState(MessageEnums::State state, Finish::Reason finishReason,
                                  Failure::Kind errorKind) const
{
    using State = MessageEnums::State;
    switch (state) {
    case State::Waiting:
    case State::Streaming:
        return tr("Still coming");
    case State::Failed:
        return errorTitle(errorKind);
    case State::Complete:
    case State::Stopped:
    case State::Interrupted:
        break;
    }
    return stateNote(state, finishReason);
}

QString AnswerLabels::answerStats(const QString &modelName, int promptTokens, int completionTokens,
                                  int timeToFirstTokenMs, double tokensPerSecond) const
{
    QStringList parts;
    if (!modelName.isEmpty())
        parts.append(modelName);
    if (promptTokens >= 0 && completionTokens >= 0)
        parts.append(tr("%L1 → %L2 tokens").arg(promptTokens).arg(completionTokens));
    // %L: in the interface's locale (1.234 tokens, 1,50 s in German).
    if (timeToFirstTokenMs >= 0)
        parts.append(tr("first token %L1 s").arg(double(timeToFirstTokenMs) / 1000.0, 0, 'f', 2));
    if (tokensPerSecond > 0)
        parts.append(tr("%L1 tokens/s").arg(tokensPerSecond, 0, 'f', 1));
    return parts.join(QStringLiteral("  ·  "));
}

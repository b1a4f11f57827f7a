// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "answerlabels.h"

#include "messagemodel.h"

#include <QStringList>

AnswerLabels::AnswerLabels(QObject *parent)
    : QObject(parent)
{}

QString AnswerLabels::errorTitle(const QString &kind) const
{
    using namespace Qt::StringLiterals;
    if (kind == "auth"_L1)
        return tr("The API key was rejected. Check OPENAI_API_KEY.");
    if (kind == "permission"_L1)
        return tr("This key may not use this model.");
    if (kind == "not_found"_L1)
        return tr("Not found: check the base URL and the model name.");
    if (kind == "rate_limit"_L1)
        return tr("Rate limited by the provider. Wait a moment, then retry.");
    if (kind == "bad_request"_L1)
        return tr("The provider rejected the request.");
    if (kind == "context_length"_L1)
        return tr("The conversation is too long for this model.");
    if (kind == "content_filter"_L1)
        return tr("Blocked by the provider's content filter.");
    if (kind == "overloaded"_L1)
        return tr("The provider is overloaded. Retry in a moment.");
    if (kind == "server"_L1)
        return tr("The provider had an internal error.");
    if (kind == "network"_L1)
        return tr("Network error: the server could not be reached or the connection broke.");
    if (kind == "timeout"_L1)
        return tr("The server stopped responding.");
    if (kind == "protocol"_L1)
        return tr("The server sent something Confab could not read.");
    if (kind == "truncated"_L1)
        return tr("The answer ended before it was complete.");
    return tr("The answer failed.");
}

QString AnswerLabels::stateNote(int state, const QString &finishReason) const
{
    using namespace Qt::StringLiterals;
    if (state == MessageModel::Stopped)
        return tr("Stopped");
    if (state == MessageModel::Interrupted)
        return tr("Interrupted: Confab closed while this answer was streaming.");
    if (state != MessageModel::Complete)
        return {};
    if (finishReason == "length"_L1)
        return tr("The answer reached the length limit.");
    if (finishReason == "content_filter"_L1)
        return tr("The provider's content filter stopped the answer.");
    return {};
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

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "streamtypes.h"

#include <QObject>
#include <QtQml/qqml.h>

/** @brief The words shown around an answer: error titles, state notes, the stats line. */
class AnswerLabels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit AnswerLabels(QObject *parent = nullptr);

    /** A short title for @p kind that says what went wrong and, where it can, what to do. */
    Q_INVOKABLE QString errorTitle(Failure::Kind kind) const;
    /** The settings can fix @p kind (the key, the base URL or the model): the answer offers
     * to open them. */
    Q_INVOKABLE bool settingsCanFix(Failure::Kind kind) const;
    /** A note under an answer for a stop or an unusual finish; empty when there is none. */
    Q_INVOKABLE QString stateNote(MessageEnums::State state, Finish::Reason finishReason) const;
    /** The answer's state in words, for screen readers: "Still coming", "Stopped", the error,
     * the note about an unusual finish; empty for a plain finished answer. */
    Q_INVOKABLE QString answerState(MessageEnums::State state, Finish::Reason finishReason,
                                    Failure::Kind errorKind) const;
    /** The line under a finished answer: model, tokens, time to first token, speed. Unknown
     * figures (negative, or zero speed) are left out. */
    Q_INVOKABLE QString answerStats(const QString &modelName, int promptTokens,
                                    int completionTokens, int timeToFirstTokenMs,
                                    double tokensPerSecond) const;
};

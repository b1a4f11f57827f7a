// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/**
 * @brief View helpers for message text: Markdown to safe rich text, the link policy, clipboard.
 */
class Rendering : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Rendering(QObject *parent = nullptr);

    /** Model output as Qt rich text: no images, no raw HTML, only http(s) links. */
    Q_INVOKABLE QString toHtml(const QString &markdown) const;
    /** Whether a link from model output may be opened (http/https only). */
    Q_INVOKABLE bool isOpenableLink(const QString &url) const;
    /** The real destination, as the user must see it before opening. */
    Q_INVOKABLE QString displayUrl(const QString &url) const;
    /** Opens an http(s) link; refuses everything else. Returns whether it was opened. */
    Q_INVOKABLE bool openLink(const QString &url) const;
    Q_INVOKABLE void copyText(const QString &text) const;
    /** A short title for an error kind ("auth", "network", …) that says what went wrong. */
    Q_INVOKABLE QString errorTitle(const QString &kind) const;
    /** A note under an answer for a stop or an unusual finish; empty when there is none. */
    Q_INVOKABLE QString stateNote(int state, const QString &finishReason) const;
    /** The line under a finished answer: model, tokens, time to first token, speed. Unknown
     * figures (negative, or zero speed) are left out. */
    Q_INVOKABLE QString answerStats(const QString &modelName, int promptTokens,
                                    int completionTokens, int timeToFirstTokenMs,
                                    double tokensPerSecond) const;
    /**
     * The label of an answer that did not end normally: "refusal" (the model declined),
     * "content_filter", "length" or "stopped"; empty for anything else.
     */
    Q_INVOKABLE QString noticeText(const QString &kind) const;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/**
 * @brief The link policy for links in model output: only http and https open, and only after
 * the user has seen where they go.
 */
class Links : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Links(QObject *parent = nullptr);

    /** Whether a link from model output may be opened (http/https only). */
    Q_INVOKABLE bool isOpenable(const QString &url) const;
    /** The real destination, as the user must see it before opening. */
    Q_INVOKABLE QString displayUrl(const QString &url) const;
    /** Opens an http(s) link; refuses everything else. Returns whether it was opened. */
    Q_INVOKABLE bool open(const QString &url) const;
};

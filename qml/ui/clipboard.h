// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/** @brief The system clipboard for QML: copy a message, a code block, a snippet. */
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Clipboard(QObject *parent = nullptr);

    Q_INVOKABLE void copyText(const QString &text) const;
};

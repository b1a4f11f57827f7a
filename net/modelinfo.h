// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/** One model a provider offers. */
struct ModelInfo
{
    QString id;                /**< what goes into the request's `model` */
    QString displayName;       /**< the provider's own name for it; empty when it has none */
    qint64 contextLength = -1; /**< input token limit where the list says; -1 when unknown */

    bool operator==(const ModelInfo &) const = default;
};

Q_DECLARE_METATYPE(ModelInfo)

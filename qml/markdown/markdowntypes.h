// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "markdownstream.h"

#include <QtQml/qqml.h>

/** Exposes models/markdown to QML without models/ depending on QtQml. */
struct MarkdownStreamForeign
{
    Q_GADGET
    QML_FOREIGN(MarkdownStream)
    QML_NAMED_ELEMENT(MarkdownStream)
    QML_UNCREATABLE("Provided by the message model")
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

/**
 * @brief Icons inside rendered Markdown, where fonts may lack the symbol: the renderer marks an
 * image (never loaded) with U+1F5BC FRAME WITH PICTURE, which the default fonts do not draw;
 * withIcons() puts the theme's image-x-generic icon in its place, in the text's colour.
 *
 * The icons come from the "confabicon" image provider, which this singleton adds to its engine:
 * image://confabicon/<size>/<rrggbb>/<freedesktop name>, from the icon theme (never the network).
 */
class InlineIcons : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    // No default argument: Qt 6.4 would construct a default-constructible singleton itself and
    // never call create(), which adds the image provider.
    explicit InlineIcons(QObject *parent);
    static InlineIcons *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /** @p html with each image mark replaced by an icon @p size pixels high in @p color. */
    Q_INVOKABLE QString withIcons(const QString &html, const QColor &color, int size) const;
};

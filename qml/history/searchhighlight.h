// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

/** @brief Draws search hits: plain text and its hit ranges as StyledText with the hits bold. */
class SearchHighlight : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SearchHighlight(QObject *parent = nullptr);

    /**
     * @p text HTML-escaped for Text.StyledText, each of @p highlights (maps with offset and
     * length in UTF-16 code units, as SearchResultModel's highlights role gives them) in <b>.
     * Ranges outside the text are clipped; one that overlaps the previous is left out.
     */
    Q_INVOKABLE QString styledText(const QString &text, const QVariantList &highlights) const;
};

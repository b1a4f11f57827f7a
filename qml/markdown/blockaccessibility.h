// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/**
 * @brief What a Markdown block is to a screen reader: a heading, a list, a paragraph, code…
 *
 * Qt 6.4 gives an item's text to screen readers only under the StaticText and EditableText
 * roles, so a block under any other role carries its text in its name; kinds AT-SPI has no role
 * for (a quote, a table, code) say what they are in their description.
 */
class BlockAccessibility : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit BlockAccessibility(QObject *parent = nullptr);

    /** The accessible role (QAccessible::Role) of a block of MarkdownStream::Kind @p kind. */
    Q_INVOKABLE int role(int kind) const;
    /** What the block says it is, when its role does not say it ("Quote", "Code, python"). */
    Q_INVOKABLE QString description(int kind, const QString &language = {}) const;
    /** A block's text as its name: @p plain (TextEdit.getText) with Qt's paragraph and line
     * separators as new lines, trimmed. (An inline icon, U+FFFC in the text, is said as "Image:".)
     */
    Q_INVOKABLE QString name(const QString &plain) const;
};

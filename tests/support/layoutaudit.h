// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QQuickItem;

/**
 * @brief Finds text that does not fit in a page: for Quick Tests that load a longer language
 * (the pseudo-translation) and check that nothing is cut off.
 *
 * Looks at every visible Text (Label, and the text inside buttons, tabs, check boxes, …) and
 * read-only TextInput (a ComboBox's display) under the root, and reports one line per problem:
 * - elided: the text is shortened with "…" (Text.truncated);
 * - too wide: a text that does not wrap is wider than its item (drawn over its neighbour, or cut);
 *   a wrapping text with a word wider than its item;
 * - too tall: a text taller than the height its item was given;
 * - cut off: the text's drawn area leaves the window or a clipping ancestor at the left or right
 *   (up and down are left out: scrolling moves text out of view on purpose);
 * - overlap: the drawn areas of two texts intersect, or two controls (buttons, fields, combo
 *   boxes, spin boxes, sliders) that do not contain each other;
 * - covered: a control lies over a text it does not contain (a field drawn over its label).
 * Only what can be seen counts: a text scrolled out of view is left out. Judged from geometry
 * alone, after the layouts settle; deterministic for a given font and window size.
 *
 * A Quick Test registers one with qmlRegisterSingletonInstance and checks a page with
 * `compare(LayoutAudit.problems(page), [])` (tests/look/pseudo).
 */
class LayoutAudit : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** The problems under @p root, each "<where>: “<text>” <what>", sorted. */
    Q_INVOKABLE QStringList problems(QQuickItem *root) const;
    /** The texts shown under @p root (visible Text and read-only TextInput), in tree order. */
    Q_INVOKABLE QStringList visibleTexts(QQuickItem *root) const;
};

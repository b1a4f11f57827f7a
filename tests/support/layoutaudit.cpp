// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "layoutaudit.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Rounding in the layouts and text metrics is below this.
constexpr qreal kTolerance = 1.0;

struct TextBox
{
    QQuickItem *item = nullptr;
    QString text;
    QRectF drawn; // in scene coordinates
};

// What the user clicks or types into; a text or another control under one is hidden by it.
bool isControl(const QQuickItem *item)
{
    for (const char *type : {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox",
                             "QQuickSlider", "QQuickTextInput", "QQuickTextEdit"}) {
        if (item->inherits(type))
            return true;
    }
    return false;
}

bool contains(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i == ancestor)
            return true;
    }
    return false;
}

bool reallyVisible(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (i->opacity() < 0.01)
            return false;
    }
    return true;
}

QString shortened(const QString &text)
{
    QString t = text.simplified();
    return t.size() > 48 ? t.left(47) + u'…' : t;
}

// Where an item is: the object names of its ancestors, else its type.
QString where(const QQuickItem *item)
{
    QStringList path;
    for (const QQuickItem *i = item; i && path.size() < 3; i = i->parentItem()) {
        if (!i->objectName().isEmpty())
            path.prepend(i->objectName());
    }
    if (path.isEmpty())
        path.append(QString::fromLatin1(item->metaObject()->className()));
    return path.join(u'/');
}

// The area the glyphs are drawn in, in the item's coordinates: the content's size, placed by
// the alignment.
QRectF drawnArea(const QQuickItem *item, qreal contentWidth, qreal contentHeight)
{
    const int horizontal = item->property("effectiveHorizontalAlignment").toInt();
    const int vertical = item->property("verticalAlignment").toInt();
    qreal x = 0;
    if (horizontal & Qt::AlignRight)
        x = item->width() - contentWidth;
    else if (horizontal & Qt::AlignHCenter)
        x = (item->width() - contentWidth) / 2;
    qreal y = 0;
    if (vertical & Qt::AlignBottom)
        y = item->height() - contentHeight;
    else if (vertical & Qt::AlignVCenter)
        y = (item->height() - contentHeight) / 2;
    return QRectF(x, y, contentWidth, contentHeight);
}

void collect(QQuickItem *item, QList<TextBox> &boxes, QList<TextBox> &controls,
             QStringList &problems)
{
    if (!reallyVisible(item))
        return;
    if (isControl(item) && item->width() > 0 && item->height() > 0) {
        controls.append({item, where(item) + u' ',
                         item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))});
    }
    const bool isText = item->inherits("QQuickText");
    const bool isReadOnlyInput =
        item->inherits("QQuickTextInput") && item->property("readOnly").toBool();
    if (isText || isReadOnlyInput) {
        const QString text = item->property(isText ? "text" : "displayText").toString();
        if (!text.trimmed().isEmpty()) {
            const qreal contentWidth = item->property("contentWidth").toReal();
            const qreal contentHeight = item->property("contentHeight").toReal();
            const QString what = where(item) + u": “"_s + shortened(text) + u"” "_s;
            const bool wraps = isText && item->property("wrapMode").toInt() != 0;
            if (isText && item->property("truncated").toBool()) {
                problems.append(what + u"is elided"_s);
            } else if (contentWidth > item->width() + kTolerance) {
                problems.append(what + (wraps ? u"has a word wider than its %2 px (needs %1)"_s
                                              : u"is too wide: needs %1 px, has %2"_s)
                                           .arg(std::ceil(contentWidth))
                                           .arg(std::floor(item->width())));
            } else if (isText && contentHeight > item->height() + kTolerance) {
                problems.append(what +
                                u"is too tall: needs %1 px, has %2"_s.arg(std::ceil(contentHeight))
                                    .arg(std::floor(item->height())));
            }
            const QRectF drawn = drawnArea(item, contentWidth, contentHeight);
            boxes.append({item, what, item->mapRectToScene(drawn)});
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, boxes, controls, problems);
}

// The part of the scene text under @p item can be seen in: the window, narrowed by clipping
// ancestors (a scrolled view's viewport among them).
QRectF visibleArea(const QQuickItem *item)
{
    QRectF area(0, 0, 1e9, 1e9);
    if (item->window())
        area = QRectF(0, 0, item->window()->width(), item->window()->height());
    for (const QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->clip())
            area = area.intersected(i->mapRectToScene(QRectF(0, 0, i->width(), i->height())));
    }
    return area;
}
} // namespace

QStringList LayoutAudit::problems(QQuickItem *root) const
{
    QStringList problems;
    if (!root)
        return {u"no root item"_s};
    QList<TextBox> boxes;
    QList<TextBox> controls;
    collect(root, boxes, controls, problems);
    for (TextBox &control : controls)
        control.drawn = control.drawn.intersected(visibleArea(control.item));
    for (TextBox &box : boxes) {
        const QRectF visible = visibleArea(box.item);
        // Out of view above or below (scrolled away) is not a problem; at the sides it is.
        if (box.drawn.bottom() > visible.top() && box.drawn.top() < visible.bottom() &&
            (box.drawn.left() < visible.left() - kTolerance ||
             box.drawn.right() > visible.right() + kTolerance)) {
            problems.append(box.text + u"is cut off: drawn from x %1 to %2, visible from %3 to %4"_s
                                           .arg(std::floor(box.drawn.left()))
                                           .arg(std::ceil(box.drawn.right()))
                                           .arg(std::floor(visible.left()))
                                           .arg(std::ceil(visible.right())));
        }
        box.drawn = box.drawn.intersected(visible); // what can be seen of it
    }
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const QRectF overlap = boxes.at(i).drawn.intersected(boxes.at(j).drawn);
            if (overlap.width() > kTolerance && overlap.height() > kTolerance) {
                problems.append(boxes.at(i).text + u"overlaps "_s + boxes.at(j).text.trimmed());
            }
        }
    }
    const auto overlaps = [](const QRectF &a, const QRectF &b) {
        const QRectF overlap = a.intersected(b);
        return overlap.width() > kTolerance && overlap.height() > kTolerance;
    };
    for (const TextBox &control : std::as_const(controls)) {
        for (const TextBox &box : std::as_const(boxes)) {
            if (!contains(control.item, box.item) && overlaps(control.drawn, box.drawn))
                problems.append(box.text + u"is covered by "_s + control.text.trimmed());
        }
    }
    for (qsizetype i = 0; i < controls.size(); ++i) {
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            const TextBox &a = controls.at(i);
            const TextBox &b = controls.at(j);
            if (!contains(a.item, b.item) && !contains(b.item, a.item) &&
                overlaps(a.drawn, b.drawn)) {
                problems.append(a.text + u"overlaps "_s + b.text.trimmed());
            }
        }
    }
    problems.sort();
    return problems;
}

QStringList LayoutAudit::visibleTexts(QQuickItem *root) const
{
    QList<TextBox> boxes;
    QList<TextBox> controls;
    QStringList ignored;
    if (root)
        collect(root, boxes, controls, ignored);
    QStringList texts;
    for (const TextBox &box : std::as_const(boxes)) {
        const bool isText = box.item->inherits("QQuickText");
        texts.append(box.item->property(isText ? "text" : "displayText").toString());
    }
    return texts;
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "a11yaudit.h"

#include <QAccessible>
#include <QColor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMetaEnum>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString roleName(QAccessible::Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role));
}

/** Roles a user acts on: they need a name a screen reader says and voice control matches. */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::ListItem:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

/** Containers a screen reader announces when focus enters them. */
bool needsName(QAccessible::Role role)
{
    return isInteractive(role) || role == QAccessible::List || role == QAccessible::Dialog ||
           role == QAccessible::PopupMenu || role == QAccessible::Window;
}

bool isGlyph(QChar c)
{
    if (c.unicode() < 0x80)
        return false;
    return c.category() == QChar::Symbol_Other || c.category() == QChar::Symbol_Math ||
           c.unicode() == 0x2039 || c.unicode() == 0x203A; // ‹ ›
}

bool hasGlyph(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isGlyph);
}

/** What the control shows as its label, without glyphs and a trailing ellipsis; empty when
 * it shows no words (a "?" or "⋯" button). */
QString visibleLabel(QQuickItem *item)
{
    if (!item->inherits("QQuickAbstractButton"))
        return {};
    QString label = item->property("text").toString();
    label.removeIf(isGlyph);
    label.remove(u'&');
    label = label.trimmed();
    if (label.endsWith(u'…'))
        label.chop(1);
    if (label.endsWith("..."_L1))
        label.chop(3);
    label = label.trimmed();
    const bool hasLetters =
        std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.isLetter(); });
    return hasLetters ? label : QString();
}

qreal effectiveOpacity(const QQuickItem *item)
{
    qreal opacity = 1;
    for (; item; item = item->parentItem())
        opacity *= item->opacity();
    return opacity;
}

/** Whether @p item paints something that hides what is under it. */
bool isOpaque(QQuickItem *item)
{
    if (!item->isVisible() || item->opacity() < 0.99)
        return false;
    QQuickItem *surface = item;
    if (item->inherits("QQuickControl"))
        surface = item->property("background").value<QQuickItem *>();
    if (!surface || !surface->isVisible() || surface->opacity() < 0.99)
        return false;
    const QColor color = surface->property("color").value<QColor>();
    return surface->inherits("QQuickRectangle") && color.alpha() == 255;
}

/** The part of @p item its clipping ancestors show (empty: scrolled out of view). */
QRectF shownRect(QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(item->boundingRect());
    for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (up->clip())
            rect &= up->mapRectToScene(up->boundingRect());
    }
    return rect;
}

/** The item drawn over the middle of the shown part of @p item that hides it (a page on top),
 * or null. */
QQuickItem *coveredBy(QQuickItem *item)
{
    const QPointF centre = shownRect(item).center();
    for (QQuickItem *below = item; below->parentItem(); below = below->parentItem()) {
        const QList<QQuickItem *> siblings = below->parentItem()->childItems();
        const qsizetype belowIndex = siblings.indexOf(below);
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            QQuickItem *sibling = siblings.at(i);
            const bool above =
                sibling->z() > below->z() || (sibling->z() == below->z() && i > belowIndex);
            if (sibling != below && above && isOpaque(sibling) &&
                sibling->contains(sibling->mapFromScene(centre)))
                return sibling;
        }
    }
    return nullptr;
}

QString describe(QAccessibleInterface *iface)
{
    QString out = roleName(iface->role()) + u" '"_s + iface->text(QAccessible::Name) + u"'"_s;
    if (QObject *object = iface->object(); object && !object->objectName().isEmpty())
        out += u" ("_s + object->objectName() + u")"_s;
    return out;
}

QString describe(QQuickItem *item)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item))
        return describe(iface);
    return QString::fromLatin1(item->metaObject()->className()) + u" ("_s + item->objectName() +
           u")"_s;
}

/** Why @p item cannot be seen although it takes focus; empty when it can be. */
QString hiddenReason(QQuickItem *item)
{
    if (effectiveOpacity(item) < 0.01)
        return u"is transparent"_s;
    if (item->width() < 1 || item->height() < 1)
        return u"has no size"_s;
    // Scrolled out of its list or view: not hidden (the view scrolls to it when it takes the
    // focus), and nothing covers it.
    if (shownRect(item).isEmpty())
        return {};
    if (QQuickItem *cover = coveredBy(item))
        return u"is covered by "_s + describe(cover);
    return {};
}

void check(QAccessibleInterface *iface, QStringList &out)
{
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name);
    auto *item = qobject_cast<QQuickItem *>(iface->object());
    // Qt never reports the name of a password field: its label goes in the description.
    const bool unnamable =
        state.passwordEdit && !iface->text(QAccessible::Description).trimmed().isEmpty();
    if (needsName(role) && name.trimmed().isEmpty() && !unnamable)
        out.append(describe(iface) + u": no name"_s);
    if (hasGlyph(name))
        out.append(describe(iface) + u": a glyph in the name"_s);
    if (item && isInteractive(role)) {
        const QString label = visibleLabel(item);
        if (!label.isEmpty() && !name.contains(label, Qt::CaseInsensitive))
            out.append(describe(iface) + u": the name does not contain the label '"_s + label +
                       u"'"_s);
        // Qt 6.4 reports every control as enabled; the description says so instead.
        if (!item->isEnabled() && !state.disabled &&
            !iface->text(QAccessible::Description).contains("unavailable"_L1, Qt::CaseInsensitive))
            out.append(describe(iface) + u": disabled, but reported enabled"_s);
    }
    if (item && item->activeFocusOnTab() && item->isEnabled()) {
        if (const QString why = hiddenReason(item); !why.isEmpty())
            out.append(describe(iface) + u": takes focus but "_s + why);
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *child = iface->child(i))
            check(child, out);
    }
}

QString stateText(const QAccessible::State &state)
{
    QStringList out;
    if (state.invisible)
        out.append(u"invisible"_s);
    if (state.disabled)
        out.append(u"disabled"_s);
    if (state.focusable)
        out.append(u"focusable"_s);
    if (state.focused)
        out.append(u"focused"_s);
    if (state.selected)
        out.append(u"selected"_s);
    if (state.checked)
        out.append(u"checked"_s);
    if (state.busy)
        out.append(u"busy"_s);
    if (state.offscreen)
        out.append(u"offscreen"_s);
    return out.join(u',');
}

void dumpInto(QAccessibleInterface *iface, int depth, QString &out)
{
    if (iface->state().invisible)
        return;
    out +=
        QString(depth * 2, u' ') + describe(iface) + u" ["_s + stateText(iface->state()) + u"]"_s;
    if (const QString description = iface->text(QAccessible::Description); !description.isEmpty())
        out += u" — "_s + description;
    out += u'\n';
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *child = iface->child(i))
            dumpInto(child, depth + 1, out);
    }
}

QList<QQuickItem *> chain(QQuickWindow *window, int limit)
{
    QList<QQuickItem *> items;
    QQuickItem *start =
        window->activeFocusItem() ? window->activeFocusItem() : window->contentItem();
    QSet<QQuickItem *> seen{start};
    QQuickItem *item = start;
    while (items.size() < limit) {
        item = item->nextItemInFocusChain(true);
        if (!item || seen.contains(item))
            break;
        seen.insert(item);
        items.append(item);
    }
    return items;
}

} // namespace

namespace A11yAudit {

bool activate()
{
    if (QAccessible::isActive())
        return true;
    QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
        u"org.a11y.Bus"_s, u"/org/a11y/bus"_s, u"org.a11y.Bus"_s, u"GetAddress"_s));
    return QTest::qWaitFor([] { return QAccessible::isActive(); }, 5000);
}

QStringList problems(QQuickWindow *window)
{
    QStringList out;
    if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window))
        check(root, out);
    if (QQuickItem *focused = window->activeFocusItem(); focused && !focused->isVisible())
        out.append(u"the focus is on "_s + describe(focused) + u", which is hidden"_s);
    for (QQuickItem *item : chain(window, 400)) {
        if (const QString why = hiddenReason(item); !why.isEmpty())
            out.append(u"Tab reaches "_s + describe(item) + u", which "_s + why);
    }
    out.removeDuplicates();
    return out;
}

QString dump(QQuickWindow *window)
{
    QString out;
    if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window))
        dumpInto(root, 0, out);
    return out;
}

QStringList tabChain(QQuickWindow *window, int limit)
{
    QStringList out;
    for (QQuickItem *item : chain(window, limit))
        out.append(describe(item));
    return out;
}

} // namespace A11yAudit

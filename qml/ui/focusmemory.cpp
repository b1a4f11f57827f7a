// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "focusmemory.h"

#include <QQuickItem>
#include <QQuickWindow>

FocusMemory::FocusMemory(QObject *parent)
    : QObject(parent)
{}

void FocusMemory::save(QQuickItem *item)
{
    m_item = item;
}

bool FocusMemory::canTakeFocus(const QQuickItem *item)
{
    return item && item->window() && item->isVisible() && item->isEnabled() &&
           item != item->window()->contentItem();
}

bool FocusMemory::restore()
{
    QQuickItem *item = m_item;
    m_item.clear();
    if (!canTakeFocus(item))
        return false;
    item->forceActiveFocus(Qt::TabFocusReason);
    return item->hasActiveFocus();
}

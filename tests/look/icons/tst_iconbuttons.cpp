// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Quick Test: buttons with icon.name draw Confab's icons, tinted with the theme's text colour,
// in the Basic and Fusion styles.
#include "icontheme.h"

#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { IconTheme::install(); }
};

QUICK_TEST_MAIN_WITH_SETUP(iconbuttons, Setup)
#include "tst_iconbuttons.moc"

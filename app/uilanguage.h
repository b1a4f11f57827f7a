// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/**
 * @brief Puts the interface in the user's language at start-up: the language setting, or the
 * system's when it is empty. A change in the settings takes effect at the next start.
 */
namespace UiLanguage {

/**
 * Makes the locale for @p setting the default (numbers and dates through QLocale follow it) and
 * installs on @p app Confab's translation (confab_<locale>.qm from the resources) and Qt's own
 * (qt_<locale>.qm from Qt's translations folder) where they exist. The translators belong to
 * @p app. Returns the locale.
 */
QLocale install(QCoreApplication *app, const QString &setting,
                const QLocale &system = QLocale::system());

} // namespace UiLanguage

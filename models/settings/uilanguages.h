// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/**
 * @brief The languages of the interface: which translations Confab carries, what each is called
 * in itself, and which locale a language setting (AppSettings::language) stands for.
 *
 * The translations are compiled into the application as kTranslationsDir/confab_<name>.qm
 * (resources/translations); English is the source language and needs none.
 */
namespace UiLanguages {

inline constexpr char16_t kTranslationsDir[] = u":/i18n";

/** "en" and the locale names of the translations in @p dir ("de", "zh_CN"…), sorted. */
QStringList available(const QString &dir = QString::fromUtf16(kTranslationsDir));

/** What the language calls itself ("Deutsch", "Français", "日本語"), for the settings. */
QString nativeName(const QString &name);

/** The locale for a language setting: @p system when the setting is empty (the system's). */
QLocale localeFor(const QString &setting, const QLocale &system = QLocale::system());

} // namespace UiLanguages

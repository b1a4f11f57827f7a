// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "uilanguage.h"

#include "uilanguages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace UiLanguage {

namespace {
// Loads <name>_<locale>.qm (trying the locale's UI languages in turn) from @p dir.
bool installTranslation(QCoreApplication *app, const QLocale &locale, const QString &name,
                        const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, u"_"_s, dir))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}
} // namespace

QLocale install(QCoreApplication *app, const QString &setting, const QLocale &system)
{
    const QLocale locale = UiLanguages::localeFor(setting, system);
    QLocale::setDefault(locale);
    // Qt's own words (standard buttons, context menus of text fields): the "qt" catalogue
    // loads qtbase and qtdeclarative when the distribution ships them (qt6-translations-l10n);
    // some languages have qtbase alone.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!installTranslation(app, locale, u"qt"_s, qtDir))
        installTranslation(app, locale, u"qtbase"_s, qtDir);
    installTranslation(app, locale, u"confab"_s, QString::fromUtf16(UiLanguages::kTranslationsDir));
    return locale;
}

} // namespace UiLanguage

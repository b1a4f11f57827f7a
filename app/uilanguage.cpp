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
void installTranslation(QCoreApplication *app, const QLocale &locale, const QString &name,
                        const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, u"_"_s, dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QLocale install(QCoreApplication *app, const QString &setting, const QLocale &system)
{
    const QLocale locale = UiLanguages::localeFor(setting, system);
    QLocale::setDefault(locale);
    // Qt's own words (standard buttons, context menus of text fields): the "qt" catalogue
    // loads qtbase and qtdeclarative when the distribution ships them (qt6-translations-l10n).
    installTranslation(app, locale, u"qt"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslation(app, locale, u"confab"_s, QString::fromUtf16(UiLanguages::kTranslationsDir));
    return locale;
}

} // namespace UiLanguage

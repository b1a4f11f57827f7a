// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "uilanguages.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace UiLanguages {

QStringList available(const QString &dir)
{
    QStringList names{u"en"_s};
    const QStringList files = QDir(dir).entryList({u"confab_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.mid(7).chopped(3); // confab_<name>.qm
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    names.sort();
    return names;
}

QString nativeName(const QString &name)
{
    // CLDR's names carry the territory for some ("español de España", "American English");
    // the settings list wants the language alone, as it names itself.
    static const QHash<QString, QString> names{
        {u"de"_s, u"Deutsch"_s},  {u"en"_s, u"English"_s}, {u"es"_s, u"Español"_s},
        {u"fr"_s, u"Français"_s}, {u"ja"_s, u"日本語"_s},  {u"zh_CN"_s, u"简体中文"_s},
    };
    if (const auto it = names.constFind(name); it != names.constEnd())
        return *it;
    const QLocale locale(name);
    QString native = locale.nativeLanguageName();
    if (native.isEmpty())
        return name;
    return locale.toUpper(native.left(1)) + native.mid(1);
}

QLocale localeFor(const QString &setting, const QLocale &system)
{
    return setting.isEmpty() ? system : QLocale(setting);
}

} // namespace UiLanguages

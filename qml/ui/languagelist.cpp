// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "languagelist.h"

#include "uilanguages.h"

using namespace Qt::StringLiterals;

LanguageList::LanguageList(QObject *parent)
    : QObject(parent)
{
    m_languages.append(QVariantMap{{u"code"_s, QString()}, {u"name"_s, tr("Follow the system")}});
    const QStringList codes = UiLanguages::available();
    for (const QString &code : codes) {
        m_languages.append(
            QVariantMap{{u"code"_s, code}, {u"name"_s, UiLanguages::nativeName(code)}});
    }
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

/** @brief The interface languages for the settings: [{code, name}], "Follow the system" (code
 * "") first, then each language named in itself ("Deutsch", "日本語"), sorted by code; the codes
 * AppSettings.language takes. */
class LanguageList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList languages READ languages CONSTANT FINAL)

public:
    explicit LanguageList(QObject *parent = nullptr);

    QVariantList languages() const { return m_languages; }

private:
    QVariantList m_languages;
};

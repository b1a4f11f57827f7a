// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "settingsfile.h"

#include <QUrl>

using namespace Qt::StringLiterals;

SettingsFile::SettingsFile(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{}

SettingsFile::~SettingsFile()
{
    m_settings.sync();
}

QVariant SettingsFile::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

bool SettingsFile::write(const QString &key, const QVariant &value, const QVariant &fallback)
{
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return false;
    if (!m_settings.contains(key) && value == fallback)
        return false;
    m_settings.setValue(key, value);
    return true;
}

namespace SettingsJson {

QVariant defaultOf(const QList<ScalarSetting> &settings, const QString &key)
{
    for (const ScalarSetting &setting : settings) {
        if (setting.key == key)
            return setting.fallback;
    }
    return {};
}

void exportScalars(const SettingsFile &file, const QList<ScalarSetting> &settings,
                   QJsonObject &root)
{
    QJsonObject values = root.value("settings"_L1).toObject();
    for (const ScalarSetting &setting : settings)
        values.insert(setting.key,
                      QJsonValue::fromVariant(file.value(setting.key, setting.fallback)));
    root.insert("settings"_L1, values);
}

void importScalars(SettingsFile &file, const QList<ScalarSetting> &settings,
                   const QJsonObject &root)
{
    const QJsonObject values = root.value("settings"_L1).toObject();
    for (const ScalarSetting &setting : settings) {
        QVariant converted =
            values.contains(setting.key) ? values.value(setting.key).toVariant() : setting.fallback;
        if (!converted.convert(setting.fallback.metaType()))
            converted = setting.fallback;
        file.raw().setValue(setting.key, converted);
    }
}

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace SettingsJson

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <QVariant>

/**
 * @brief The one settings file (QSettings, INI format) shared by the settings classes of every
 * feature: general settings, network settings, the provider repository.
 *
 * A value equal to its default is not written, so a file holds only what the user changed.
 */
class SettingsFile
{
public:
    explicit SettingsFile(const QString &filePath);
    ~SettingsFile();
    SettingsFile(const SettingsFile &) = delete;
    SettingsFile &operator=(const SettingsFile &) = delete;

    QVariant value(const QString &key, const QVariant &fallback) const;
    /** Writes @p value (or nothing when it equals the stored value, or @p fallback while the
     * key is unset); returns whether the stored value changed. */
    bool write(const QString &key, const QVariant &value, const QVariant &fallback);
    /** For arrays and groups (QSettings::beginReadArray() …). */
    QSettings &raw() { return m_settings; }
    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};

/**
 * @brief A part of the settings that a settings export carries (SettingsExport).
 *
 * Each section writes its own keys into the export's root object, checks them before anything
 * is imported (an import changes everything or nothing) and then takes them over.
 */
class SettingsSection
{
public:
    virtual ~SettingsSection() = default;
    /** Adds this section's values to @p root. Never secrets. */
    virtual void exportTo(QJsonObject &root) const = 0;
    /** Whether @p root's part for this section can be imported; else sets @p error. */
    virtual bool canImport(const QJsonObject &root, QString *error) const = 0;
    /** Replaces this section's values by @p root's (defaults for what is missing). */
    virtual void importFrom(const QJsonObject &root) = 0;
};

/** One plain value of a settings section: its key in the file and its default. */
struct ScalarSetting
{
    QString key;
    QVariant fallback;
};

/** Enums kept in the settings file by name: tables of {value, "name"}, the default first. */
namespace SettingsNames {
template<typename Enum, typename Table>
Enum fromName(const QString &name, const Table &table)
{
    for (const auto &[value, valueName] : table) {
        if (name == QLatin1StringView(valueName))
            return value;
    }
    return table.front().first; // unknown names read as the default
}

template<typename Enum, typename Table>
QString nameOf(Enum value, const Table &table)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(table.front().second);
}
} // namespace SettingsNames

namespace SettingsJson {
/** The default of @p key in @p settings; an invalid QVariant when it is not there. */
QVariant defaultOf(const QList<ScalarSetting> &settings, const QString &key);
/** Writes @p settings' values into @p root["settings"] (merged with what is there). */
void exportScalars(const SettingsFile &file, const QList<ScalarSetting> &settings,
                   QJsonObject &root);
/** Takes @p settings' values from @p root["settings"], the defaults for missing ones. */
void importScalars(SettingsFile &file, const QList<ScalarSetting> &settings,
                   const QJsonObject &root);
/** A local path from a path or a file: URL. */
QString localPath(const QString &pathOrUrl);
} // namespace SettingsJson

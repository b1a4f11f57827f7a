// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "settingsexport.h"

#include "settingsfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString kFormat = u"confab-settings"_s;
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxImportBytes = 4 * 1024 * 1024;
} // namespace

SettingsExport::SettingsExport(QObject *parent)
    : QObject(parent)
{}

void SettingsExport::addSection(SettingsSection *section)
{
    m_sections.append(section);
}

QString SettingsExport::suggestedExportPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           u"/confab-settings.json"_s;
}

QJsonObject SettingsExport::exportJson() const
{
    QJsonObject root{{"format"_L1, kFormat}, {"version"_L1, kFormatVersion}};
    for (const SettingsSection *section : m_sections)
        section->exportTo(root);
    return root;
}

bool SettingsExport::importJson(const QJsonObject &json, QString *error)
{
    if (json.value("format"_L1).toString() != kFormat) {
        *error = tr("This file is not a Confab settings export.");
        return false;
    }
    if (json.value("version"_L1).toInt() > kFormatVersion) {
        *error = tr("This settings export comes from a newer Confab; update Confab to import it.");
        return false;
    }
    for (const SettingsSection *section : m_sections) {
        if (!section->canImport(json, error))
            return false;
    }
    for (SettingsSection *section : m_sections)
        section->importFrom(json);
    return true;
}

void SettingsExport::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

bool SettingsExport::exportToFile(const QString &pathOrUrl)
{
    QSaveFile file(SettingsJson::localPath(pathOrUrl));
    if (!file.open(QIODevice::WriteOnly)) {
        setLastError(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(exportJson()).toJson());
    if (!file.commit()) {
        setLastError(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    setLastError({});
    return true;
}

bool SettingsExport::importFromFile(const QString &pathOrUrl)
{
    QFile file(SettingsJson::localPath(pathOrUrl));
    if (!file.open(QIODevice::ReadOnly)) {
        setLastError(tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxImportBytes), &parseError);
    QString error;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        error = tr("This file is not a Confab settings export.");
    else
        importJson(doc.object(), &error);
    setLastError(error);
    return error.isEmpty();
}

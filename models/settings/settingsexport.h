// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

class SettingsSection;

/**
 * @brief Moves the settings between machines as one JSON file: every section that app/
 * registers (general, network, providers), never a secret.
 *
 * An import checks every section first and changes everything or nothing.
 */
class SettingsExport : public QObject
{
    Q_OBJECT
    /** What the last export or import failed with; empty after a success. */
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged FINAL)

public:
    explicit SettingsExport(QObject *parent = nullptr);

    /** Adds @p section (not owned) to what exports carry and imports replace. */
    void addSection(SettingsSection *section);

    /** Where an export goes unless the user says otherwise. */
    Q_INVOKABLE static QString suggestedExportPath();
    QString lastError() const { return m_lastError; }

    QJsonObject exportJson() const;
    /** Replaces every section's values by @p json's; false (nothing changed) if invalid. */
    bool importJson(const QJsonObject &json, QString *error);
    /** Export to / import from a file (path or file: URL); failures set lastError. */
    Q_INVOKABLE bool exportToFile(const QString &pathOrUrl);
    Q_INVOKABLE bool importFromFile(const QString &pathOrUrl);

Q_SIGNALS:
    void lastErrorChanged();

private:
    void setLastError(const QString &error);

    QList<SettingsSection *> m_sections;
    QString m_lastError;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatparameters.h"
#include "providerlistmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QSettings>
#include <QVariantList>

/**
 * @brief Every user setting, in one QSettings file; changes apply at once, without a restart.
 *
 * Each setter writes through to the file and emits its group's change signal. Holds no secret:
 * API keys live in ApiKeys; settings name only where a key is kept. exportJson()/importJson()
 * move the settings between machines (providers included, keys never).
 *
 * Chat parameters: a negative temperature or top_p, a max tokens of 0 and an empty reasoning
 * effort all mean "the provider's default" (nothing is sent).
 */
class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ProviderListModel *providers READ providers CONSTANT FINAL)
    Q_PROPERTY(QString filePath READ filePath CONSTANT FINAL)
    /** The default chat parameters as a ChatParameters (for ParametersPanel); kept in sync. */
    Q_PROPERTY(ChatParameters *defaults READ defaults CONSTANT FINAL)

    /** "system", "light" or "dark". */
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY appearanceChanged FINAL)
    /** Message text size in points. */
    Q_PROPERTY(int fontSize READ fontSize WRITE setFontSize NOTIFY appearanceChanged FINAL)

    Q_PROPERTY(QString defaultProviderId READ defaultProviderId WRITE setDefaultProviderId NOTIFY
                   chatDefaultsChanged FINAL)
    Q_PROPERTY(QString defaultModel READ defaultModel WRITE setDefaultModel NOTIFY
                   chatDefaultsChanged FINAL)
    Q_PROPERTY(QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY
                   chatDefaultsChanged FINAL)
    Q_PROPERTY(
        double temperature READ temperature WRITE setTemperature NOTIFY chatDefaultsChanged FINAL)
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY chatDefaultsChanged FINAL)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY chatDefaultsChanged FINAL)
    /** "", "low", "medium" or "high". */
    Q_PROPERTY(QString reasoningEffort READ reasoningEffort WRITE setReasoningEffort NOTIFY
                   chatDefaultsChanged FINAL)
    /** [{name, text}], sorted by name. */
    Q_PROPERTY(QVariantList promptPresets READ promptPresets NOTIFY promptPresetsChanged FINAL)

    Q_PROPERTY(bool titleGeneration READ titleGeneration WRITE setTitleGeneration NOTIFY
                   titlesChanged FINAL)
    /** The model that writes conversation titles; empty: the conversation's own model. */
    Q_PROPERTY(QString titleModel READ titleModel WRITE setTitleModel NOTIFY titlesChanged FINAL)

    /** "system", "none" or "manual". */
    Q_PROPERTY(QString proxyMode READ proxyMode WRITE setProxyMode NOTIFY networkChanged FINAL)
    /** "http" or "socks5". */
    Q_PROPERTY(QString proxyType READ proxyType WRITE setProxyType NOTIFY networkChanged FINAL)
    Q_PROPERTY(QString proxyHost READ proxyHost WRITE setProxyHost NOTIFY networkChanged FINAL)
    Q_PROPERTY(int proxyPort READ proxyPort WRITE setProxyPort NOTIFY networkChanged FINAL)
    /** A PEM or DER file of extra certificate authorities; empty for none. */
    Q_PROPERTY(QString caCertificateFile READ caCertificateFile WRITE setCaCertificateFile NOTIFY
                   networkChanged FINAL)

    /** The explicit opt-in to keys in a plaintext file. */
    Q_PROPERTY(bool allowPlaintextKeys READ allowPlaintextKeys WRITE setAllowPlaintextKeys NOTIFY
                   allowPlaintextKeysChanged FINAL)
    Q_PROPERTY(
        bool firstRunDone READ firstRunDone WRITE setFirstRunDone NOTIFY firstRunDoneChanged FINAL)
    /** What the last export or import failed with; empty after a success. */
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged FINAL)

public:
    /** The one settings file: <config location>/Confab/Confab.conf. */
    static QString defaultFilePath();

    explicit AppSettings(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~AppSettings() override;

    ProviderListModel *providers() const { return m_providers; }
    ChatParameters *defaults() const { return m_defaults; }
    /** Where an export goes unless the user says otherwise. */
    Q_INVOKABLE static QString suggestedExportPath();
    QString filePath() const { return m_settings.fileName(); }

    QString theme() const;
    void setTheme(const QString &theme);
    int fontSize() const;
    void setFontSize(int points);

    QString defaultProviderId() const;
    void setDefaultProviderId(const QString &id);
    QString defaultModel() const;
    void setDefaultModel(const QString &model);
    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);
    double temperature() const;
    void setTemperature(double temperature);
    double topP() const;
    void setTopP(double topP);
    int maxTokens() const;
    void setMaxTokens(int maxTokens);
    QString reasoningEffort() const;
    void setReasoningEffort(const QString &effort);

    QVariantList promptPresets() const;
    /** Adds a preset, or replaces the one with this name. */
    Q_INVOKABLE void savePromptPreset(const QString &name, const QString &text);
    Q_INVOKABLE void removePromptPreset(const QString &name);

    bool titleGeneration() const;
    void setTitleGeneration(bool on);
    QString titleModel() const;
    void setTitleModel(const QString &model);

    QString proxyMode() const;
    void setProxyMode(const QString &mode);
    QString proxyType() const;
    void setProxyType(const QString &type);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const;
    void setProxyPort(int port);
    QString caCertificateFile() const;
    void setCaCertificateFile(const QString &path);

    bool allowPlaintextKeys() const;
    void setAllowPlaintextKeys(bool allow);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    QString lastError() const { return m_lastError; }

    /** Everything but secrets, as JSON. */
    QJsonObject exportJson() const;
    /** Replaces every setting and provider by @p json; false (nothing changed) if invalid. */
    bool importJson(const QJsonObject &json, QString *error);
    /** Export to / import from a file (path or file: URL); failures set lastError. */
    Q_INVOKABLE bool exportToFile(const QString &pathOrUrl);
    Q_INVOKABLE bool importFromFile(const QString &pathOrUrl);

    /** Writes pending changes to disk now (they are also written by the event loop). */
    void sync();

Q_SIGNALS:
    void appearanceChanged();
    void chatDefaultsChanged();
    void promptPresetsChanged();
    void titlesChanged();
    void networkChanged();
    void allowPlaintextKeysChanged();
    void firstRunDoneChanged();
    void lastErrorChanged();

private:
    friend class ProviderListModel;

    QVariant value(const QString &key, const QVariant &fallback) const;
    /** Writes and reports whether the value changed. */
    bool write(const QString &key, const QVariant &value);
    void saveProviders();
    void loadProviders();
    void setLastError(const QString &error);

    mutable QSettings m_settings;
    ProviderListModel *m_providers;
    ChatParameters *m_defaults;
    QString m_lastError;
};

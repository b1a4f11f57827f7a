// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "settingsfile.h"

#include <QObject>
#include <QVariantList>

/**
 * @brief The user's general settings, in the one settings file; changes apply at once.
 *
 * Appearance, the defaults for new conversations, titles, the first-run flag and the consent to
 * plaintext keys. Each setter writes through to the file and emits its group's change signal.
 * Holds no secret: API keys live in ApiKeys. Owns the settings file (SettingsFile) that the
 * network settings (NetworkSettings) and the provider repository share.
 *
 * Chat defaults: a negative temperature or top_p, a max tokens of 0 and the Default reasoning
 * effort all mean "the provider's default" (nothing is sent).
 */
class AppSettings
    : public QObject
    , public SettingsSection
{
    Q_OBJECT
    Q_PROPERTY(QString filePath READ filePath CONSTANT FINAL)

    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY appearanceChanged FINAL)
    /** Message text size in points. */
    Q_PROPERTY(int fontSize READ fontSize WRITE setFontSize NOTIFY appearanceChanged FINAL)
    /** How the window is drawn; takes effect at the next start. */
    Q_PROPERTY(Graphics graphics READ graphics WRITE setGraphics NOTIFY appearanceChanged FINAL)
    /** The language of the interface, as a locale name ("de", "zh_CN"); empty: the system's.
     * Takes effect at the next start. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)

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
    Q_PROPERTY(Reasoning::Effort reasoningEffort READ reasoningEffort WRITE setReasoningEffort
                   NOTIFY chatDefaultsChanged FINAL)
    /** [{name, text}], sorted by name. */
    Q_PROPERTY(QVariantList promptPresets READ promptPresets NOTIFY promptPresetsChanged FINAL)

    Q_PROPERTY(bool titleGeneration READ titleGeneration WRITE setTitleGeneration NOTIFY
                   titlesChanged FINAL)
    /** The model that writes conversation titles; empty: the conversation's own model. */
    Q_PROPERTY(QString titleModel READ titleModel WRITE setTitleModel NOTIFY titlesChanged FINAL)

    /** The explicit opt-in to keys in a plaintext file. */
    Q_PROPERTY(bool allowPlaintextKeys READ allowPlaintextKeys WRITE setAllowPlaintextKeys NOTIFY
                   allowPlaintextKeysChanged FINAL)
    Q_PROPERTY(
        bool firstRunDone READ firstRunDone WRITE setFirstRunDone NOTIFY firstRunDoneChanged FINAL)

public:
    /** Light or dark colours; System follows the desktop's palette. */
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    /** Automatic: the GPU where there is one, Qt Quick's software renderer where OpenGL itself
     * is drawn by the CPU. */
    enum class Graphics { Automatic, Hardware, Software };
    Q_ENUM(Graphics)

    /** The one settings file: <config location>/Confab/Confab.conf. */
    static QString defaultFilePath();

    explicit AppSettings(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~AppSettings() override;

    /** The file the settings of every feature share. */
    SettingsFile *file() { return &m_file; }
    QString filePath() const { return m_file.fileName(); }

    Theme theme() const;
    void setTheme(Theme theme);
    int fontSize() const;
    void setFontSize(int points);
    Graphics graphics() const;
    void setGraphics(Graphics graphics);
    QString language() const;
    void setLanguage(const QString &language);

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
    ReasoningEffort reasoningEffort() const;
    void setReasoningEffort(ReasoningEffort effort);

    QVariantList promptPresets() const;
    /** Adds a preset, or replaces the one with this name. */
    Q_INVOKABLE void savePromptPreset(const QString &name, const QString &text);
    Q_INVOKABLE void removePromptPreset(const QString &name);

    bool titleGeneration() const;
    void setTitleGeneration(bool on);
    QString titleModel() const;
    void setTitleModel(const QString &model);

    bool allowPlaintextKeys() const;
    void setAllowPlaintextKeys(bool allow);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    /** Writes pending changes to disk now (they are also written by the event loop). */
    void sync();

    // SettingsSection: the "settings" values (consent to plaintext keys excepted: it is given
    // per machine) and the "promptPresets".
    void exportTo(QJsonObject &root) const override;
    bool canImport(const QJsonObject &root, QString *error) const override;
    void importFrom(const QJsonObject &root) override;

Q_SIGNALS:
    void appearanceChanged();
    void languageChanged();
    void chatDefaultsChanged();
    void promptPresetsChanged();
    void titlesChanged();
    void allowPlaintextKeysChanged();
    void firstRunDoneChanged();

private:
    QVariant value(const QString &key) const;
    bool write(const QString &key, const QVariant &value);

    mutable SettingsFile m_file;
};

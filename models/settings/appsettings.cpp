// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QJsonArray>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Keys of the settings file (and of the export's "settings" object).
const QString kTheme = u"appearance/theme"_s;
const QString kFontSize = u"appearance/fontSize"_s;
const QString kGraphics = u"appearance/graphics"_s;
const QString kLanguage = u"appearance/language"_s;
const QString kDefaultProvider = u"chat/defaultProvider"_s;
const QString kDefaultModel = u"chat/defaultModel"_s;
const QString kSystemPrompt = u"chat/systemPrompt"_s;
const QString kTemperature = u"chat/temperature"_s;
const QString kTopP = u"chat/topP"_s;
const QString kMaxTokens = u"chat/maxTokens"_s;
const QString kReasoningEffort = u"chat/reasoningEffort"_s;
const QString kTitleGeneration = u"titles/enabled"_s;
const QString kTitleModel = u"titles/model"_s;
const QString kAllowPlaintext = u"security/allowPlaintextKeys"_s;
const QString kFirstRunDone = u"general/firstRunDone"_s;
const QString kPromptPresets = u"promptPresets"_s;

/** The settings an export carries, with their defaults. The consent to plaintext keys is not
 * among them: it is given on each machine. */
const QList<ScalarSetting> &exportedSettings()
{
    static const QList<ScalarSetting> settings{
        {kTheme, u"system"_s},
        {kFontSize, 11},
        {kGraphics, u"automatic"_s},
        {kLanguage, QString()},
        {kDefaultProvider, QString()},
        {kDefaultModel, QString()},
        {kSystemPrompt, QString()},
        {kTemperature, -1.0},
        {kTopP, -1.0},
        {kMaxTokens, 0},
        {kReasoningEffort, QString()},
        {kTitleGeneration, true},
        {kTitleModel, QString()},
        {kFirstRunDone, false},
    };
    return settings;
}

QVariant defaultOf(const QString &key)
{
    return key == kAllowPlaintext ? QVariant(false)
                                  : SettingsJson::defaultOf(exportedSettings(), key);
}

// The theme as the settings file names it.
constexpr std::array kThemeNames{
    std::pair{AppSettings::Theme::System, "system"},
    std::pair{AppSettings::Theme::Light, "light"},
    std::pair{AppSettings::Theme::Dark, "dark"},
};

constexpr std::array kGraphicsNames{
    std::pair{AppSettings::Graphics::Automatic, "automatic"},
    std::pair{AppSettings::Graphics::Hardware, "hardware"},
    std::pair{AppSettings::Graphics::Software, "software"},
};

void writePresets(QSettings &settings, QList<std::pair<QString, QString>> presets)
{
    std::sort(presets.begin(), presets.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    settings.remove(kPromptPresets);
    settings.beginWriteArray(kPromptPresets, int(presets.size()));
    for (int i = 0; i < presets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, presets.at(i).first);
        settings.setValue(u"text"_s, presets.at(i).second);
    }
    settings.endArray();
}

QList<std::pair<QString, QString>> presetPairs(const QVariantList &list)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QVariant &entry : list) {
        const QVariantMap map = entry.toMap();
        pairs.append({map.value(u"name"_s).toString(), map.value(u"text"_s).toString()});
    }
    return pairs;
}
} // namespace

QString AppSettings::defaultFilePath()
{
    // Where QSettings(organisation "Confab", application "Confab") puts its file on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/Confab/Confab.conf"_s;
}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_file(filePath)
{}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const QString &key) const
{
    return m_file.value(key, defaultOf(key));
}

bool AppSettings::write(const QString &key, const QVariant &value)
{
    return m_file.write(key, value, defaultOf(key));
}

void AppSettings::sync()
{
    m_file.sync();
}

AppSettings::Theme AppSettings::theme() const
{
    return SettingsNames::fromName<Theme>(value(kTheme).toString(), kThemeNames);
}

void AppSettings::setTheme(Theme theme)
{
    if (write(kTheme, SettingsNames::nameOf(theme, kThemeNames)))
        Q_EMIT appearanceChanged();
}

AppSettings::Graphics AppSettings::graphics() const
{
    return SettingsNames::fromName<Graphics>(value(kGraphics).toString(), kGraphicsNames);
}

void AppSettings::setGraphics(Graphics graphics)
{
    if (write(kGraphics, SettingsNames::nameOf(graphics, kGraphicsNames)))
        Q_EMIT appearanceChanged();
}

QString AppSettings::language() const
{
    return value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (write(kLanguage, language.trimmed()))
        Q_EMIT languageChanged();
}

int AppSettings::fontSize() const
{
    return std::clamp(value(kFontSize).toInt(), 6, 48);
}

void AppSettings::setFontSize(int points)
{
    if (write(kFontSize, std::clamp(points, 6, 48)))
        Q_EMIT appearanceChanged();
}

QString AppSettings::defaultProviderId() const
{
    return value(kDefaultProvider).toString();
}

void AppSettings::setDefaultProviderId(const QString &id)
{
    if (write(kDefaultProvider, id))
        Q_EMIT chatDefaultsChanged();
}

QString AppSettings::defaultModel() const
{
    return value(kDefaultModel).toString();
}

void AppSettings::setDefaultModel(const QString &model)
{
    if (write(kDefaultModel, model.trimmed()))
        Q_EMIT chatDefaultsChanged();
}

QString AppSettings::systemPrompt() const
{
    return value(kSystemPrompt).toString();
}

void AppSettings::setSystemPrompt(const QString &prompt)
{
    if (write(kSystemPrompt, prompt))
        Q_EMIT chatDefaultsChanged();
}

double AppSettings::temperature() const
{
    const double t = value(kTemperature).toDouble();
    return t < 0 ? -1.0 : std::min(t, 2.0);
}

void AppSettings::setTemperature(double temperature)
{
    if (write(kTemperature, temperature < 0 ? -1.0 : std::min(temperature, 2.0)))
        Q_EMIT chatDefaultsChanged();
}

double AppSettings::topP() const
{
    const double p = value(kTopP).toDouble();
    return p < 0 ? -1.0 : std::min(p, 1.0);
}

void AppSettings::setTopP(double topP)
{
    if (write(kTopP, topP < 0 ? -1.0 : std::min(topP, 1.0)))
        Q_EMIT chatDefaultsChanged();
}

int AppSettings::maxTokens() const
{
    return std::max(0, value(kMaxTokens).toInt());
}

void AppSettings::setMaxTokens(int maxTokens)
{
    if (write(kMaxTokens, std::max(0, maxTokens)))
        Q_EMIT chatDefaultsChanged();
}

ReasoningEffort AppSettings::reasoningEffort() const
{
    return Reasoning::effortFromName(value(kReasoningEffort).toString());
}

void AppSettings::setReasoningEffort(ReasoningEffort effort)
{
    if (write(kReasoningEffort, Reasoning::effortName(effort)))
        Q_EMIT chatDefaultsChanged();
}

QVariantList AppSettings::promptPresets() const
{
    QVariantList presets;
    QSettings &settings = m_file.raw();
    const int size = settings.beginReadArray(kPromptPresets);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        presets.append(QVariantMap{{u"name"_s, settings.value(u"name"_s).toString()},
                                   {u"text"_s, settings.value(u"text"_s).toString()}});
    }
    settings.endArray();
    return presets;
}

void AppSettings::savePromptPreset(const QString &name, const QString &text)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<std::pair<QString, QString>> presets = presetPairs(promptPresets());
    auto it = std::find_if(presets.begin(), presets.end(),
                           [&](const auto &preset) { return preset.first == trimmed; });
    if (it != presets.end())
        it->second = text;
    else
        presets.append({trimmed, text});
    writePresets(m_file.raw(), presets);
    Q_EMIT promptPresetsChanged();
}

void AppSettings::removePromptPreset(const QString &name)
{
    QList<std::pair<QString, QString>> presets = presetPairs(promptPresets());
    const auto removed = presets.removeIf([&](const auto &preset) { return preset.first == name; });
    if (removed == 0)
        return;
    writePresets(m_file.raw(), presets);
    Q_EMIT promptPresetsChanged();
}

bool AppSettings::titleGeneration() const
{
    return value(kTitleGeneration).toBool();
}

void AppSettings::setTitleGeneration(bool on)
{
    if (write(kTitleGeneration, on))
        Q_EMIT titlesChanged();
}

QString AppSettings::titleModel() const
{
    return value(kTitleModel).toString();
}

void AppSettings::setTitleModel(const QString &model)
{
    if (write(kTitleModel, model.trimmed()))
        Q_EMIT titlesChanged();
}

bool AppSettings::allowPlaintextKeys() const
{
    return value(kAllowPlaintext).toBool();
}

void AppSettings::setAllowPlaintextKeys(bool allow)
{
    if (write(kAllowPlaintext, allow))
        Q_EMIT allowPlaintextKeysChanged();
}

bool AppSettings::firstRunDone() const
{
    return value(kFirstRunDone).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    if (write(kFirstRunDone, done))
        Q_EMIT firstRunDoneChanged();
}

void AppSettings::exportTo(QJsonObject &root) const
{
    SettingsJson::exportScalars(m_file, exportedSettings(), root);
    root.insert("promptPresets"_L1, QJsonArray::fromVariantList(promptPresets()));
}

bool AppSettings::canImport(const QJsonObject &, QString *) const
{
    return true; // any value is taken over or replaced by its default
}

void AppSettings::importFrom(const QJsonObject &root)
{
    SettingsJson::importScalars(m_file, exportedSettings(), root);
    writePresets(m_file.raw(),
                 presetPairs(root.value("promptPresets"_L1).toArray().toVariantList()));
    Q_EMIT appearanceChanged();
    Q_EMIT languageChanged();
    Q_EMIT chatDefaultsChanged();
    Q_EMIT promptPresetsChanged();
    Q_EMIT titlesChanged();
    Q_EMIT firstRunDoneChanged();
}

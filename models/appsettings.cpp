// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "chatparameters.h"
#include "providerlistmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kFormat = u"confab-settings"_s;
constexpr int kFormatVersion = 1;

// Keys of the settings file (and of the export's "settings" object).
const QString kTheme = u"appearance/theme"_s;
const QString kFontSize = u"appearance/fontSize"_s;
const QString kDefaultProvider = u"chat/defaultProvider"_s;
const QString kDefaultModel = u"chat/defaultModel"_s;
const QString kSystemPrompt = u"chat/systemPrompt"_s;
const QString kTemperature = u"chat/temperature"_s;
const QString kTopP = u"chat/topP"_s;
const QString kMaxTokens = u"chat/maxTokens"_s;
const QString kReasoningEffort = u"chat/reasoningEffort"_s;
const QString kTitleGeneration = u"titles/enabled"_s;
const QString kTitleModel = u"titles/model"_s;
const QString kProxyMode = u"network/proxyMode"_s;
const QString kProxyType = u"network/proxyType"_s;
const QString kProxyHost = u"network/proxyHost"_s;
const QString kProxyPort = u"network/proxyPort"_s;
const QString kCaFile = u"network/caCertificateFile"_s;
const QString kAllowPlaintext = u"security/allowPlaintextKeys"_s;
const QString kFirstRunDone = u"general/firstRunDone"_s;
const QString kProviders = u"providers"_s;
const QString kPromptPresets = u"promptPresets"_s;

/** The plain (non-array) settings with their defaults: what export and import carry. */
const QList<std::pair<QString, QVariant>> &scalarSettings()
{
    static const QList<std::pair<QString, QVariant>> settings{
        {kTheme, u"system"_s},
        {kFontSize, 11},
        {kDefaultProvider, QString()},
        {kDefaultModel, QString()},
        {kSystemPrompt, QString()},
        {kTemperature, -1.0},
        {kTopP, -1.0},
        {kMaxTokens, 0},
        {kReasoningEffort, QString()},
        {kTitleGeneration, true},
        {kTitleModel, QString()},
        {kProxyMode, u"system"_s},
        {kProxyType, u"http"_s},
        {kProxyHost, QString()},
        {kProxyPort, 0},
        {kCaFile, QString()},
        {kAllowPlaintext, false},
        {kFirstRunDone, false},
    };
    return settings;
}

QVariant defaultOf(const QString &key)
{
    for (const auto &[name, fallback] : scalarSettings()) {
        if (name == key)
            return fallback;
    }
    return {};
}

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

QString oneOf(const QString &value, std::initializer_list<QLatin1StringView> allowed)
{
    for (QLatin1StringView candidate : allowed) {
        if (value == candidate)
            return value;
    }
    return QString(*allowed.begin());
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
    , m_settings(filePath, QSettings::IniFormat)
    , m_providers(new ProviderListModel(this))
    , m_defaults(new ChatParameters(this))
{
    loadProviders();
    m_defaults->resetParameters(this);
    connect(m_defaults, &ChatParameters::parametersChanged, this,
            [this] { m_defaults->saveAsDefaults(this); });
    connect(this, &AppSettings::chatDefaultsChanged, this,
            [this] { m_defaults->resetParameters(this); });
}

QString AppSettings::suggestedExportPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
           u"/confab-settings.json"_s;
}

AppSettings::~AppSettings()
{
    m_settings.sync();
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

bool AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return false;
    if (!m_settings.contains(key) && value == defaultOf(key))
        return false;
    m_settings.setValue(key, value);
    return true;
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::theme() const
{
    return oneOf(value(kTheme, u"system"_s).toString(), {"system"_L1, "light"_L1, "dark"_L1});
}

void AppSettings::setTheme(const QString &theme)
{
    if (write(kTheme, oneOf(theme, {"system"_L1, "light"_L1, "dark"_L1})))
        Q_EMIT appearanceChanged();
}

int AppSettings::fontSize() const
{
    return std::clamp(value(kFontSize, 11).toInt(), 6, 48);
}

void AppSettings::setFontSize(int points)
{
    if (write(kFontSize, std::clamp(points, 6, 48)))
        Q_EMIT appearanceChanged();
}

QString AppSettings::defaultProviderId() const
{
    return value(kDefaultProvider, QString()).toString();
}

void AppSettings::setDefaultProviderId(const QString &id)
{
    if (write(kDefaultProvider, id))
        Q_EMIT chatDefaultsChanged();
}

QString AppSettings::defaultModel() const
{
    return value(kDefaultModel, QString()).toString();
}

void AppSettings::setDefaultModel(const QString &model)
{
    if (write(kDefaultModel, model.trimmed()))
        Q_EMIT chatDefaultsChanged();
}

QString AppSettings::systemPrompt() const
{
    return value(kSystemPrompt, QString()).toString();
}

void AppSettings::setSystemPrompt(const QString &prompt)
{
    if (write(kSystemPrompt, prompt))
        Q_EMIT chatDefaultsChanged();
}

double AppSettings::temperature() const
{
    const double t = value(kTemperature, -1.0).toDouble();
    return t < 0 ? -1.0 : std::min(t, 2.0);
}

void AppSettings::setTemperature(double temperature)
{
    if (write(kTemperature, temperature < 0 ? -1.0 : std::min(temperature, 2.0)))
        Q_EMIT chatDefaultsChanged();
}

double AppSettings::topP() const
{
    const double p = value(kTopP, -1.0).toDouble();
    return p < 0 ? -1.0 : std::min(p, 1.0);
}

void AppSettings::setTopP(double topP)
{
    if (write(kTopP, topP < 0 ? -1.0 : std::min(topP, 1.0)))
        Q_EMIT chatDefaultsChanged();
}

int AppSettings::maxTokens() const
{
    return std::max(0, value(kMaxTokens, 0).toInt());
}

void AppSettings::setMaxTokens(int maxTokens)
{
    if (write(kMaxTokens, std::max(0, maxTokens)))
        Q_EMIT chatDefaultsChanged();
}

QString AppSettings::reasoningEffort() const
{
    return oneOf(value(kReasoningEffort, QString()).toString(),
                 {""_L1, "low"_L1, "medium"_L1, "high"_L1});
}

void AppSettings::setReasoningEffort(const QString &effort)
{
    if (write(kReasoningEffort, oneOf(effort, {""_L1, "low"_L1, "medium"_L1, "high"_L1})))
        Q_EMIT chatDefaultsChanged();
}

QVariantList AppSettings::promptPresets() const
{
    QVariantList presets;
    const int size = m_settings.beginReadArray(kPromptPresets);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        presets.append(QVariantMap{{u"name"_s, m_settings.value(u"name"_s).toString()},
                                   {u"text"_s, m_settings.value(u"text"_s).toString()}});
    }
    m_settings.endArray();
    return presets;
}

namespace {
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
    writePresets(m_settings, presets);
    Q_EMIT promptPresetsChanged();
}

void AppSettings::removePromptPreset(const QString &name)
{
    QList<std::pair<QString, QString>> presets = presetPairs(promptPresets());
    const auto removed = presets.removeIf([&](const auto &preset) { return preset.first == name; });
    if (removed == 0)
        return;
    writePresets(m_settings, presets);
    Q_EMIT promptPresetsChanged();
}

bool AppSettings::titleGeneration() const
{
    return value(kTitleGeneration, true).toBool();
}

void AppSettings::setTitleGeneration(bool on)
{
    if (write(kTitleGeneration, on))
        Q_EMIT titlesChanged();
}

QString AppSettings::titleModel() const
{
    return value(kTitleModel, QString()).toString();
}

void AppSettings::setTitleModel(const QString &model)
{
    if (write(kTitleModel, model.trimmed()))
        Q_EMIT titlesChanged();
}

QString AppSettings::proxyMode() const
{
    return oneOf(value(kProxyMode, u"system"_s).toString(), {"system"_L1, "none"_L1, "manual"_L1});
}

void AppSettings::setProxyMode(const QString &mode)
{
    if (write(kProxyMode, oneOf(mode, {"system"_L1, "none"_L1, "manual"_L1})))
        Q_EMIT networkChanged();
}

QString AppSettings::proxyType() const
{
    return oneOf(value(kProxyType, u"http"_s).toString(), {"http"_L1, "socks5"_L1});
}

void AppSettings::setProxyType(const QString &type)
{
    if (write(kProxyType, oneOf(type, {"http"_L1, "socks5"_L1})))
        Q_EMIT networkChanged();
}

QString AppSettings::proxyHost() const
{
    return value(kProxyHost, QString()).toString();
}

void AppSettings::setProxyHost(const QString &host)
{
    if (write(kProxyHost, host.trimmed()))
        Q_EMIT networkChanged();
}

int AppSettings::proxyPort() const
{
    return std::clamp(value(kProxyPort, 0).toInt(), 0, 65535);
}

void AppSettings::setProxyPort(int port)
{
    if (write(kProxyPort, std::clamp(port, 0, 65535)))
        Q_EMIT networkChanged();
}

QString AppSettings::caCertificateFile() const
{
    return value(kCaFile, QString()).toString();
}

void AppSettings::setCaCertificateFile(const QString &path)
{
    if (write(kCaFile, path.isEmpty() ? QString() : localPath(path)))
        Q_EMIT networkChanged();
}

bool AppSettings::allowPlaintextKeys() const
{
    return value(kAllowPlaintext, false).toBool();
}

void AppSettings::setAllowPlaintextKeys(bool allow)
{
    if (write(kAllowPlaintext, allow))
        Q_EMIT allowPlaintextKeysChanged();
}

bool AppSettings::firstRunDone() const
{
    return value(kFirstRunDone, false).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    if (write(kFirstRunDone, done))
        Q_EMIT firstRunDoneChanged();
}

void AppSettings::loadProviders()
{
    QList<ProviderConfig> configs;
    const int size = m_settings.beginReadArray(kProviders);
    for (int i = 0; i < size; ++i) {
        m_settings.setArrayIndex(i);
        QJsonObject json;
        for (const QString &key : m_settings.childKeys()) {
            if (key == "headers"_L1)
                continue;
            json.insert(key, m_settings.value(key).toString());
        }
        ProviderConfig config = ProviderConfig::fromJson(json);
        for (const QString &line : m_settings.value(u"headers"_s).toStringList()) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                config.extraHeaders.append({line.first(colon), line.sliced(colon + 1).trimmed()});
        }
        if (!config.id.isEmpty())
            configs.append(config);
    }
    m_settings.endArray();
    m_providers->reset(configs);
}

void AppSettings::saveProviders()
{
    m_settings.remove(kProviders);
    const QList<ProviderConfig> &configs = m_providers->configs();
    m_settings.beginWriteArray(kProviders, int(configs.size()));
    for (int i = 0; i < configs.size(); ++i) {
        m_settings.setArrayIndex(i);
        const QJsonObject json = configs.at(i).toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() != "headers"_L1)
                m_settings.setValue(it.key(), it.value().toString());
        }
        QStringList headers;
        for (const auto &[name, headerValue] : configs.at(i).extraHeaders)
            headers.append(name + u": "_s + headerValue);
        m_settings.setValue(u"headers"_s, headers);
    }
    m_settings.endArray();
    m_settings.sync();
}

QJsonObject AppSettings::exportJson() const
{
    QJsonObject settings;
    for (const auto &[key, fallback] : scalarSettings()) {
        if (key != kAllowPlaintext) // consent is given per machine
            settings.insert(key, QJsonValue::fromVariant(value(key, fallback)));
    }
    QJsonArray providers;
    for (const ProviderConfig &config : m_providers->configs())
        providers.append(config.toJson());
    return QJsonObject{{"format"_L1, kFormat},
                       {"version"_L1, kFormatVersion},
                       {"settings"_L1, settings},
                       {"providers"_L1, providers},
                       {"promptPresets"_L1, QJsonArray::fromVariantList(promptPresets())}};
}

bool AppSettings::importJson(const QJsonObject &json, QString *error)
{
    if (json.value("format"_L1).toString() != kFormat) {
        *error = u"This file is not a Confab settings export."_s;
        return false;
    }
    if (json.value("version"_L1).toInt() > kFormatVersion) {
        *error = u"This settings export comes from a newer Confab; update Confab to import it."_s;
        return false;
    }
    QList<ProviderConfig> providers;
    QStringList seen;
    for (const auto &entry : json.value("providers"_L1).toArray()) {
        const ProviderConfig config = ProviderConfig::fromJson(entry.toObject());
        if (config.id.isEmpty() || seen.contains(config.id)) {
            *error = u"The settings export has a provider without a unique id."_s;
            return false;
        }
        seen.append(config.id);
        providers.append(config);
    }
    const QJsonObject settings = json.value("settings"_L1).toObject();
    for (const auto &[key, fallback] : scalarSettings()) {
        // Consent to plaintext keys is given on this machine, never imported.
        if (key == kAllowPlaintext)
            continue;
        const QVariant imported =
            settings.contains(key) ? settings.value(key).toVariant() : fallback;
        QVariant converted = imported;
        if (!converted.convert(fallback.metaType()))
            converted = fallback;
        m_settings.setValue(key, converted);
    }
    writePresets(m_settings, presetPairs(json.value("promptPresets"_L1).toArray().toVariantList()));
    m_providers->reset(providers);
    saveProviders();
    Q_EMIT appearanceChanged();
    Q_EMIT chatDefaultsChanged();
    Q_EMIT promptPresetsChanged();
    Q_EMIT titlesChanged();
    Q_EMIT networkChanged();
    Q_EMIT firstRunDoneChanged();
    return true;
}

void AppSettings::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

bool AppSettings::exportToFile(const QString &pathOrUrl)
{
    QSaveFile file(localPath(pathOrUrl));
    if (!file.open(QIODevice::WriteOnly)) {
        setLastError(u"Could not write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(exportJson()).toJson());
    if (!file.commit()) {
        setLastError(u"Could not write %1: %2"_s.arg(file.fileName(), file.errorString()));
        return false;
    }
    setLastError({});
    return true;
}

bool AppSettings::importFromFile(const QString &pathOrUrl)
{
    QFile file(localPath(pathOrUrl));
    if (!file.open(QIODevice::ReadOnly)) {
        setLastError(u"Could not read %1: %2"_s.arg(file.fileName(), file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    QString error;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        error = u"This file is not a Confab settings export."_s;
    else
        importJson(doc.object(), &error);
    setLastError(error);
    return error.isEmpty();
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::shared_ptr<const WireFormat> ProviderConfig::makeWire() const
{
    const ProviderPreset *p = preset();
    return ProviderPresets::makeWire(p ? *p : ProviderPresets::custom());
}

QUrl ProviderConfig::effectiveBaseUrl() const
{
    if (!baseUrl.trimmed().isEmpty())
        return QUrl(baseUrl.trimmed());
    const ProviderPreset *p = preset();
    return p ? QUrl(p->defaultBaseUrl) : QUrl();
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonArray headers;
    for (const auto &[name, value] : extraHeaders)
        headers.append(QJsonObject{{"name"_L1, name}, {"value"_L1, value}});
    QJsonObject json{{"id"_L1, id},
                     {"preset"_L1, presetId},
                     {"name"_L1, name},
                     {"baseUrl"_L1, baseUrl},
                     {"defaultModel"_L1, defaultModel},
                     {"keyMode"_L1, ApiKeys::modeName(keyMode)},
                     {"headers"_L1, headers}};
    if (!keyEnvVar.isEmpty())
        json.insert("keyEnvVar"_L1, keyEnvVar);
    return json;
}

ProviderConfig ProviderConfig::fromJson(const QJsonObject &json)
{
    ProviderConfig config;
    config.id = json.value("id"_L1).toString();
    config.presetId = json.value("preset"_L1).toString();
    config.name = json.value("name"_L1).toString();
    config.baseUrl = json.value("baseUrl"_L1).toString();
    config.defaultModel = json.value("defaultModel"_L1).toString();
    config.keyMode = ApiKeys::modeFromName(json.value("keyMode"_L1).toString());
    config.keyEnvVar = json.value("keyEnvVar"_L1).toString();
    for (const auto &entry : json.value("headers"_L1).toArray()) {
        const QJsonObject header = entry.toObject();
        config.extraHeaders.append(
            {header.value("name"_L1).toString(), header.value("value"_L1).toString()});
    }
    return config;
}

ProviderEndpoint makeEndpoint(const ProviderConfig &config, const QString &apiKey)
{
    ProviderEndpoint endpoint;
    endpoint.baseUrl = config.effectiveBaseUrl();
    endpoint.apiKey = apiKey;
    for (const auto &[name, value] : config.extraHeaders)
        endpoint.extraHeaders.append({name.toLatin1(), value.toUtf8()});
    return endpoint;
}

ChatTarget makeChatTarget(const ProviderConfig &config, const QString &apiKey, const QString &model)
{
    ChatTarget target;
    target.wire = config.makeWire();
    target.endpoint = makeEndpoint(config, apiKey);
    target.model = model.trimmed().isEmpty() ? config.defaultModel : model.trimmed();
    return target;
}

bool parseHeaderLines(const QString &text, QList<std::pair<QString, QString>> *headers,
                      QString *error)
{
    // RFC 9110 token characters.
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    headers->clear();
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.first(colon).trimmed() : QString();
        const QString value = colon > 0 ? line.sliced(colon + 1).trimmed() : QString();
        if (name.isEmpty() || !token.match(name).hasMatch()) {
            *error = u"Line %1 is not a header; write it as “Name: value”."_s.arg(i + 1);
            return false;
        }
        const QString lower = name.toLower();
        if (lower == "authorization"_L1 || lower == "cookie"_L1 || lower.contains("key"_L1) ||
            lower.contains("token"_L1) || lower.contains("secret"_L1)) {
            *error = u"“%1” looks like it carries a secret. Headers are saved in the settings "
                     "file; put the key in the API key field instead."_s.arg(name);
            return false;
        }
        if (value.contains(u'\r')) {
            *error = u"Line %1 has a line break in its value."_s.arg(i + 1);
            return false;
        }
        headers->append({name, value});
    }
    error->clear();
    return true;
}

QString headerLines(const QList<std::pair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + u": "_s + value);
    return lines.join(u'\n');
}

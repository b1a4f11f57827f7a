// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "chattarget.h"
#include "providerpresets.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

/**
 * @brief One configured provider, as kept in settings. Holds no secret: where the key lives is
 * keyMode (and keyEnvVar for Environment mode).
 *
 * An empty presetId is a custom OpenAI-compatible endpoint.
 */
struct ProviderConfig
{
    QString id; /**< stable, unique: "openai", "ollama-2", "custom" … */
    QString presetId;
    QString name;
    QString baseUrl; /**< empty: the preset's default */
    QList<std::pair<QString, QString>> extraHeaders;
    QString defaultModel;
    ApiKeys::Mode keyMode = ApiKeys::Mode::Keychain;
    QString keyEnvVar;

    const ProviderPreset *preset() const { return ProviderPresets::find(presetId); }
    /** The preset's wire format; a custom endpoint's is OpenAI-compatible. */
    std::shared_ptr<const WireFormat> makeWire() const;
    /** baseUrl, or the preset's default when it is empty. */
    QUrl effectiveBaseUrl() const;
    /** Whether requests need a key (false for local servers and keyless custom endpoints). */
    bool needsKey() const { return keyMode != ApiKeys::Mode::None; }

    QJsonObject toJson() const;
    static ProviderConfig fromJson(const QJsonObject &json);

    bool operator==(const ProviderConfig &) const = default;
};

/**
 * @brief The ChatTarget for @p model (or the provider's default model when empty) at
 * @p config's endpoint with @p apiKey. The wire comes from the preset table only.
 */
ChatTarget makeChatTarget(const ProviderConfig &config, const QString &apiKey,
                          const QString &model = {});

/** The endpoint part of makeChatTarget(): base URL, key and extra headers. */
ProviderEndpoint makeEndpoint(const ProviderConfig &config, const QString &apiKey);

/**
 * "Name: value" lines, as typed in the editor, to header pairs. Returns false, with a message
 * naming the line, when a line is not a valid header.
 */
bool parseHeaderLines(const QString &text, QList<std::pair<QString, QString>> *headers,
                      QString *error);
QString headerLines(const QList<std::pair<QString, QString>> &headers);

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "appsettings.h"
#include "chatparameters.h"
#include "chattarget.h"
#include "modellistmodel.h"
#include "presetlistmodel.h"
#include "providerlistmodel.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class ModelCatalog;
class NetworkStatus;
class ProviderDraft;
class ProviderRepository;
class SettingsSection;

/**
 * @brief The providers as a service: configs (kept by ProviderRepository), their keys, their
 * model lists (ModelCatalog), the editor, the defaults for new conversations, and the
 * ChatTarget of a conversation.
 *
 * Built once by app/ and handed to QML.
 */
class ProviderService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT FINAL)
    Q_PROPERTY(ApiKeys *keys READ keys CONSTANT FINAL)
    Q_PROPERTY(ProviderListModel *providers READ providers CONSTANT FINAL)
    Q_PROPERTY(PresetListModel *presets READ presets CONSTANT FINAL)
    /** The one provider editor (add or edit). */
    Q_PROPERTY(ProviderDraft *draft READ draft CONSTANT FINAL)
    /** The provider, model and parameters new conversations start with; edits are saved as
     * the settings' defaults. */
    Q_PROPERTY(ChatParameters *defaults READ defaults CONSTANT FINAL)

public:
    /** <cache location>/models: one JSON file per provider. */
    static QString defaultCacheDir();

    ProviderService(AppSettings *settings, ApiKeys *keys, QNetworkAccessManager *network,
                    const QString &cacheDir = defaultCacheDir(), QObject *parent = nullptr);
    ~ProviderService() override;

    AppSettings *settings() const { return m_settings; }
    ApiKeys *keys() const { return m_keys; }
    ProviderListModel *providers() const { return m_providers; }
    PresetListModel *presets() const { return m_presets; }
    ProviderDraft *draft() const { return m_draft; }
    ChatParameters *defaults() const { return m_defaults; }
    QNetworkAccessManager *network() const;
    /** The providers' part of a settings export. */
    SettingsSection *settingsSection() const;
    /**
     * Offline, model lists of remote providers are not requested (they say "offline" once)
     * and are fetched again when the connection is back. Optional.
     */
    void setNetworkStatus(NetworkStatus *status);

    /** The model list of @p providerId (null for an unknown id). Owned by the service. */
    Q_INVOKABLE ModelListModel *models(const QString &providerId);
    Q_INVOKABLE void refreshModels(const QString &providerId);
    /** Sets the model list of @p providerId without fetching (e.g. what a test found). */
    void seedModels(const QString &providerId, const QList<ModelInfo> &models);
    /** Removes the provider, its key and its model cache. */
    Q_INVOKABLE void removeProvider(const QString &providerId);
    /** The model a conversation uses when none is chosen: the provider's, else the preset's. */
    Q_INVOKABLE QString defaultModelFor(const QString &providerId) const;
    /** "Provider name / model" for headers; the id when the provider is gone. */
    Q_INVOKABLE QString describe(const QString &providerId, const QString &model) const;

    /**
     * Builds the ChatTarget for @p model at @p providerId (empty model: defaultModelFor(), else
     * the first model the server lists). Answers with targetReady() or targetFailed().
     */
    void requestTarget(const QString &providerId, const QString &model);

    /** Runs @p callback with the provider's key (or an error in plain words). */
    void withKey(const ProviderConfig &config,
                 std::function<void(const QString &key, const QString &error)> callback);

Q_SIGNALS:
    void targetReady(const QString &providerId, const QString &model, const ChatTarget &target);
    void targetFailed(const QString &providerId, const QString &model, const QString &message);

private:
    AppSettings *m_settings;
    ApiKeys *m_keys;
    ProviderListModel *m_providers;
    ProviderRepository *m_repository;
    PresetListModel *m_presets;
    ModelCatalog *m_catalog;
    ProviderDraft *m_draft;
    ChatParameters *m_defaults;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "modellistmodel.h"
#include "providerconfig.h"

#include <QObject>

class ModelCatalog;
class ProviderListModel;

/**
 * @brief The provider being added or edited: what the editor's fields bind to.
 *
 * Nothing is saved until save(); "Test connection" fetches the model list with the values as
 * typed (and the stored key when none is typed). save() stores the key first, then the
 * settings, so a key that cannot be stored (no keychain) leaves everything as it was and says
 * why in saveError.
 */
class ProviderDraft : public QObject
{
    Q_OBJECT
    /** Empty while adding a new provider. */
    Q_PROPERTY(QString providerId READ providerId NOTIFY loaded FINAL)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded FINAL)
    /** Empty: a custom OpenAI-compatible endpoint. */
    Q_PROPERTY(QString presetId READ presetId WRITE setPresetId NOTIFY presetChanged FINAL)
    Q_PROPERTY(QString presetName READ presetName NOTIFY presetChanged FINAL)
    Q_PROPERTY(QString defaultBaseUrl READ defaultBaseUrl NOTIFY presetChanged FINAL)
    /** Hosted presets need a key; local servers and custom endpoints may have one. */
    Q_PROPERTY(bool needsKey READ needsKey NOTIFY presetChanged FINAL)
    Q_PROPERTY(bool isCustom READ isCustom NOTIFY presetChanged FINAL)
    /** A server on this computer (Ollama, LM Studio, …): no key, the base URL rarely changes. */
    Q_PROPERTY(bool isLocal READ isLocal NOTIFY presetChanged FINAL)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged FINAL)
    /** As typed; empty uses defaultBaseUrl. */
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY fieldsChanged FINAL)
    /** A newly typed key; empty keeps the stored one. Never read back from storage. */
    Q_PROPERTY(QString apiKey READ apiKey WRITE setApiKey NOTIFY fieldsChanged FINAL)
    /** The provider already has a key stored (when editing). */
    Q_PROPERTY(bool hasStoredKey READ hasStoredKey NOTIFY loaded FINAL)
    Q_PROPERTY(ApiKeys::Mode keyMode READ keyMode WRITE setKeyMode NOTIFY fieldsChanged FINAL)
    Q_PROPERTY(QString keyEnvVar READ keyEnvVar WRITE setKeyEnvVar NOTIFY fieldsChanged FINAL)
    /** "Name: value" lines. */
    Q_PROPERTY(
        QString extraHeaders READ extraHeaders WRITE setExtraHeaders NOTIFY fieldsChanged FINAL)
    Q_PROPERTY(
        QString defaultModel READ defaultModel WRITE setDefaultModel NOTIFY fieldsChanged FINAL)
    /** Why the draft cannot be saved as it is; empty when it can. */
    Q_PROPERTY(QString validationError READ validationError NOTIFY fieldsChanged FINAL)
    /** The models "Test connection" found, for the default model picker. */
    Q_PROPERTY(ModelListModel *models READ models CONSTANT FINAL)
    Q_PROPERTY(TestState testState READ testState NOTIFY testChanged FINAL)
    /** The test's outcome in plain words. */
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testChanged FINAL)
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged FINAL)
    Q_PROPERTY(QString saveError READ saveError NOTIFY savingChanged FINAL)

public:
    enum class TestState { Idle, Testing, Succeeded, Failed };
    Q_ENUM(TestState)

    ProviderDraft(ProviderListModel *providers, ApiKeys *keys, ModelCatalog *catalog,
                  QObject *parent = nullptr);

    QString providerId() const { return m_config.id; }
    bool isNew() const { return m_config.id.isEmpty(); }
    QString presetId() const { return m_config.presetId; }
    void setPresetId(const QString &presetId);
    QString presetName() const;
    QString defaultBaseUrl() const;
    bool needsKey() const;
    bool isCustom() const { return m_config.presetId.isEmpty(); }
    bool isLocal() const;
    QString name() const { return m_config.name; }
    void setName(const QString &name);
    QString baseUrl() const { return m_config.baseUrl; }
    void setBaseUrl(const QString &url);
    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key);
    bool hasStoredKey() const { return m_hasStoredKey; }
    ApiKeys::Mode keyMode() const { return m_config.keyMode; }
    void setKeyMode(ApiKeys::Mode mode);
    QString keyEnvVar() const { return m_config.keyEnvVar; }
    void setKeyEnvVar(const QString &name);
    QString extraHeaders() const { return m_headerText; }
    void setExtraHeaders(const QString &text);
    QString defaultModel() const { return m_config.defaultModel; }
    void setDefaultModel(const QString &model);
    QString validationError() const;
    ModelListModel *models() const { return m_models; }
    TestState testState() const { return m_testState; }
    QString testMessage() const { return m_testMessage; }
    bool isSaving() const { return m_saving; }
    QString saveError() const { return m_saveError; }

    /** Starts a new provider from @p presetId (empty: custom endpoint). */
    Q_INVOKABLE void startNew(const QString &presetId);
    /** Loads an existing provider; false if there is none. */
    Q_INVOKABLE bool edit(const QString &providerId);
    Q_INVOKABLE void testConnection();
    Q_INVOKABLE void cancelTest();
    /** Stores key and settings; answers with saved() or saveError. */
    Q_INVOKABLE void save();
    /**
     * Tests the connection, then saves when it works (the first-run form): a failed test
     * leaves the draft unsaved with the test's message, for the user to fix or save anyway.
     */
    Q_INVOKABLE void testAndSave();

Q_SIGNALS:
    void loaded();
    void presetChanged();
    void fieldsChanged();
    void testChanged();
    void savingChanged();
    void saved(const QString &providerId);

private:
    /** The config as it would be saved (headers parsed, key mode settled). */
    ProviderConfig assembled() const;
    void setTest(TestState state, const QString &message);
    void finishSave(const QString &error);
    void reset();
    void commitConfig(ProviderConfig config);
    /**
     * Where a new key goes by default: the keychain, or when there is none the environment
     * variable if it is set, else this session.
     */
    ApiKeys::Mode honestStoredMode() const;
    void onKeychainStateChanged();

    ProviderListModel *m_providers;
    ApiKeys *m_keys;
    ModelCatalog *m_catalog;
    ModelListModel *m_models;
    ProviderConfig m_config;
    ApiKeys::Mode m_storedMode = ApiKeys::Mode::None; // where the saved key lives now
    QString m_apiKey;
    QString m_headerText;
    bool m_hasStoredKey = false;
    TestState m_testState = TestState::Idle;
    QString m_testMessage;
    bool m_saving = false;
    bool m_saveAfterTest = false; // testAndSave(): save() once the test succeeds
    QString m_saveError;
    int m_generation = 0; // stale answers (after startNew/edit) are dropped
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerdraft.h"

#include "modelcatalog.h"
#include "providerlistmodel.h"

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
bool isStoredMode(ApiKeys::Mode mode)
{
    return mode == ApiKeys::Mode::Keychain || mode == ApiKeys::Mode::Session ||
           mode == ApiKeys::Mode::Plaintext;
}
} // namespace

ProviderDraft::ProviderDraft(ProviderListModel *providers, ApiKeys *keys, ModelCatalog *catalog,
                             QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_keys(keys)
    , m_catalog(catalog)
    , m_models(new ModelListModel(this))
{
    connect(m_models, &ModelListModel::fetchFinished, this, [this](bool succeeded) {
        if (m_testState != TestState::Testing)
            return;
        const bool saveNow = std::exchange(m_saveAfterTest, false) && succeeded;
        if (succeeded) {
            const int n = m_models->totalCount();
            setTest(TestState::Succeeded, tr("Connected. %n model(s) available.", "", n));
        } else {
            setTest(TestState::Failed, m_models->errorMessage());
        }
        if (saveNow)
            save();
    });
    connect(m_keys, &ApiKeys::plaintextAllowedChanged, this, &ProviderDraft::fieldsChanged);
    connect(m_keys, &ApiKeys::keychainStateChanged, this, &ProviderDraft::onKeychainStateChanged);
    startNew(ProviderPresets::primary().id);
}

QString ProviderDraft::presetName() const
{
    return ProviderListModel::presetName(m_config.presetId);
}

QString ProviderDraft::defaultBaseUrl() const
{
    const ProviderPreset *preset = m_config.preset();
    return preset ? preset->defaultBaseUrl : QString();
}

bool ProviderDraft::needsKey() const
{
    const ProviderPreset *preset = m_config.preset();
    return preset && !preset->apiKeyEnv.isEmpty() &&
           !preset->capabilities.testFlag(ProviderPreset::LocalServer);
}

bool ProviderDraft::isLocal() const
{
    const ProviderPreset *preset = m_config.preset();
    return preset && preset->capabilities.testFlag(ProviderPreset::LocalServer);
}

ApiKeys::Mode ProviderDraft::honestStoredMode() const
{
    if (m_keys->keychainState() != ApiKeys::KeychainState::Unavailable)
        return ApiKeys::Mode::Keychain;
    if (m_keys->hasEnvironmentVariable(m_config.keyEnvVar))
        return ApiKeys::Mode::Environment;
    return ApiKeys::Mode::Session;
}

void ProviderDraft::onKeychainStateChanged()
{
    // The check ends after the form opened: a new key no longer defaults to a keychain that is
    // not there (a key already kept in it stays where it is).
    if (m_config.keyMode == ApiKeys::Mode::Keychain && m_storedMode != ApiKeys::Mode::Keychain &&
        m_keys->keychainState() == ApiKeys::KeychainState::Unavailable) {
        m_config.keyMode = honestStoredMode();
        Q_EMIT fieldsChanged();
    }
}

void ProviderDraft::reset()
{
    ++m_generation;
    m_saveAfterTest = false;
    m_models->cancel();
    m_models->clear();
    m_models->setFilter({});
    m_apiKey.clear();
    m_headerText.clear();
    m_hasStoredKey = false;
    m_storedMode = ApiKeys::Mode::None;
    m_testState = TestState::Idle;
    m_testMessage.clear();
    m_saving = false;
    m_saveError.clear();
}

void ProviderDraft::startNew(const QString &presetId)
{
    reset();
    m_config = {};
    m_config.presetId = ProviderPresets::find(presetId) ? presetId : QString();
    m_config.name = presetName();
    const ProviderPreset *preset = m_config.preset();
    m_config.keyEnvVar = preset ? preset->apiKeyEnv : QString();
    m_config.defaultModel = preset ? preset->defaultModel : QString();
    if (preset && preset->capabilities.testFlag(ProviderPreset::LocalServer))
        m_config.keyMode = ApiKeys::Mode::None;
    else
        m_config.keyMode = honestStoredMode();
    Q_EMIT loaded();
    Q_EMIT presetChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT testChanged();
    Q_EMIT savingChanged();
}

bool ProviderDraft::edit(const QString &providerId)
{
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
    if (!config)
        return false;
    reset();
    m_config = *config;
    m_headerText = headerLines(m_config.extraHeaders);
    m_storedMode = m_config.keyMode;
    m_hasStoredKey = isStoredMode(m_config.keyMode);
    if (ModelListModel *known = m_catalog->models(providerId))
        m_models->setModels(known->models());
    Q_EMIT loaded();
    Q_EMIT presetChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT testChanged();
    Q_EMIT savingChanged();
    return true;
}

void ProviderDraft::setPresetId(const QString &presetId)
{
    const QString id = ProviderPresets::find(presetId) ? presetId : QString();
    if (m_config.presetId == id)
        return;
    if (isNew()) {
        const QString typedKey = m_apiKey;
        startNew(id);
        setApiKey(typedKey);
        return;
    }
    m_config.presetId = id;
    Q_EMIT presetChanged();
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setName(const QString &name)
{
    if (m_config.name == name)
        return;
    m_config.name = name;
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setBaseUrl(const QString &url)
{
    if (m_config.baseUrl == url)
        return;
    m_config.baseUrl = url;
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setApiKey(const QString &key)
{
    if (m_apiKey == key)
        return;
    m_apiKey = key;
    if (m_config.keyMode == ApiKeys::Mode::None && !key.trimmed().isEmpty()) {
        // A key typed for a server that did not need one: keep it where keys belong.
        m_config.keyMode = m_keys->keychainState() == ApiKeys::KeychainState::Unavailable
                               ? ApiKeys::Mode::Session
                               : ApiKeys::Mode::Keychain;
    }
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setKeyMode(ApiKeys::Mode mode)
{
    if (m_config.keyMode == mode)
        return;
    m_config.keyMode = mode;
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setKeyEnvVar(const QString &name)
{
    if (m_config.keyEnvVar == name.trimmed())
        return;
    m_config.keyEnvVar = name.trimmed();
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setExtraHeaders(const QString &text)
{
    if (m_headerText == text)
        return;
    m_headerText = text;
    Q_EMIT fieldsChanged();
}

void ProviderDraft::setDefaultModel(const QString &model)
{
    if (m_config.defaultModel == model.trimmed())
        return;
    m_config.defaultModel = model.trimmed();
    Q_EMIT fieldsChanged();
}

ProviderConfig ProviderDraft::assembled() const
{
    ProviderConfig config = m_config;
    config.name = config.name.trimmed();
    config.baseUrl = config.baseUrl.trimmed();
    if (config.baseUrl == defaultBaseUrl())
        config.baseUrl.clear(); // follows the preset
    QString error;
    parseHeaderLines(m_headerText, &config.extraHeaders, &error);
    if (isStoredMode(config.keyMode) && m_apiKey.trimmed().isEmpty() && !m_hasStoredKey &&
        !needsKey()) {
        config.keyMode = ApiKeys::Mode::None; // a keyless server
    }
    if (config.keyMode != ApiKeys::Mode::Environment && config.keyEnvVar.isEmpty()) {
        const ProviderPreset *preset = config.preset();
        config.keyEnvVar = preset ? preset->apiKeyEnv : QString();
    }
    return config;
}

QString ProviderDraft::validationError() const
{
    const QString typedUrl = m_config.baseUrl.trimmed();
    if (isCustom() && typedUrl.isEmpty())
        return tr("Enter the server's base URL, for example http://localhost:8080/v1.");
    const QUrl url = typedUrl.isEmpty() ? QUrl(defaultBaseUrl()) : QUrl(typedUrl);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        return tr("The base URL must start with http:// or https:// and name a server.");
    }
    if (!url.userInfo().isEmpty())
        return tr("Put credentials in the API key field, not in the URL.");
    QList<std::pair<QString, QString>> headers;
    QString error;
    if (!parseHeaderLines(m_headerText, &headers, &error))
        return error;
    switch (m_config.keyMode) {
    case ApiKeys::Mode::Keychain:
    case ApiKeys::Mode::Session:
    case ApiKeys::Mode::Plaintext:
        if (needsKey() && m_apiKey.trimmed().isEmpty() && !m_hasStoredKey) {
            return tr("Enter the API key.");
        }
        if (m_config.keyMode == ApiKeys::Mode::Plaintext && !m_keys->isPlaintextAllowed()) {
            return tr("Allow keeping keys in a plain file first, or choose another place for "
                      "the key.");
        }
        break;
    case ApiKeys::Mode::Environment:
        if (m_config.keyEnvVar.isEmpty())
            return tr("Enter the name of the environment variable that holds the key.");
        break;
    case ApiKeys::Mode::None:
        break;
    }
    return {};
}

void ProviderDraft::setTest(TestState state, const QString &message)
{
    if (m_testState == state && m_testMessage == message)
        return;
    m_testState = state;
    m_testMessage = message;
    Q_EMIT testChanged();
}

void ProviderDraft::testConnection()
{
    const QString error = validationError();
    if (!error.isEmpty() && error != tr("Enter the API key.")) {
        setTest(TestState::Failed, error);
        return;
    }
    setTest(TestState::Testing, tr("Connecting…"));
    const ProviderConfig config = assembled();
    const int generation = m_generation;
    const auto run = [this, config, generation](const QString &key, const QString &keyError) {
        if (generation != m_generation || m_testState != TestState::Testing)
            return;
        if (!keyError.isEmpty()) {
            m_saveAfterTest = false;
            setTest(TestState::Failed, keyError);
            return;
        }
        m_models->fetch(m_catalog->network(), config.makeWire(), makeEndpoint(config, key));
    };
    const QString typed = m_apiKey.trimmed();
    if (!typed.isEmpty() || config.keyMode == ApiKeys::Mode::None) {
        QMetaObject::invokeMethod(
            this, [run, typed] { run(typed, {}); }, Qt::QueuedConnection);
    } else if (config.keyMode == ApiKeys::Mode::Environment) {
        const QString value = m_keys->environment().value(config.keyEnvVar).trimmed();
        const QString keyError =
            value.isEmpty() ? tr("The environment variable %1 is not set.").arg(config.keyEnvVar)
                            : QString();
        QMetaObject::invokeMethod(
            this, [run, value, keyError] { run(value, keyError); }, Qt::QueuedConnection);
    } else if (m_hasStoredKey) {
        const std::optional<ProviderConfig> saved = m_providers->config(m_config.id);
        if (saved)
            m_catalog->withKey(*saved, run);
        else
            QMetaObject::invokeMethod(
                this, [run] { run({}, {}); }, Qt::QueuedConnection);
    } else {
        // No key yet: the server's answer says whether it wants one.
        QMetaObject::invokeMethod(
            this, [run] { run({}, {}); }, Qt::QueuedConnection);
    }
}

void ProviderDraft::testAndSave()
{
    if (m_saving || m_testState == TestState::Testing)
        return;
    if (const QString error = validationError(); !error.isEmpty()) {
        m_saveError = error;
        Q_EMIT savingChanged();
        return;
    }
    if (!m_saveError.isEmpty()) {
        m_saveError.clear();
        Q_EMIT savingChanged();
    }
    m_saveAfterTest = true;
    testConnection();
    if (m_testState != TestState::Testing)
        m_saveAfterTest = false;
}

void ProviderDraft::cancelTest()
{
    m_saveAfterTest = false;
    if (m_testState != TestState::Testing)
        return;
    m_models->cancel();
    setTest(TestState::Idle, {});
}

void ProviderDraft::save()
{
    if (m_saving)
        return;
    if (const QString error = validationError(); !error.isEmpty()) {
        m_saveError = error;
        Q_EMIT savingChanged();
        return;
    }
    m_saving = true;
    m_saveError.clear();
    Q_EMIT savingChanged();

    ProviderConfig config = assembled();
    if (isNew())
        config.id = m_providers->nextId(config.presetId);
    const int generation = m_generation;
    ApiKeys *keys = m_keys;
    const QString providerId = config.id;

    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto storeKey = [this, keys, config, generation, connection](const QString &key) {
        *connection = connect(keys, &ApiKeys::keyStored, this,
                              [this, config, generation, connection](const QString &id, bool ok,
                                                                     const QString &error) {
                                  if (id != config.id)
                                      return;
                                  disconnect(*connection);
                                  if (generation != m_generation)
                                      return;
                                  if (ok)
                                      commitConfig(config);
                                  else
                                      finishSave(error);
                              });
        keys->store(config.id, config.keyMode, key);
    };

    const QString typed = m_apiKey.trimmed();
    if (!isStoredMode(config.keyMode)) {
        storeKey({}); // forgets any stored key: the key now comes from elsewhere (or nowhere)
    } else if (!typed.isEmpty()) {
        storeKey(typed);
    } else if (m_hasStoredKey && m_storedMode == config.keyMode) {
        commitConfig(config); // the stored key stays where it is
    } else if (m_hasStoredKey) {
        // Move the stored key to its new place.
        const std::optional<ProviderConfig> saved = m_providers->config(providerId);
        m_catalog->withKey(saved.value_or(config),
                           [this, storeKey, generation](const QString &key, const QString &error) {
                               if (generation != m_generation)
                                   return;
                               if (!error.isEmpty())
                                   finishSave(error);
                               else
                                   storeKey(key);
                           });
    } else {
        commitConfig(config);
    }
}

void ProviderDraft::commitConfig(ProviderConfig config)
{
    ProviderListModel *providers = m_providers;
    const bool added = isNew();
    const QString id = added ? providers->add(config) : config.id;
    if (!added)
        providers->update(config);
    if (m_testState == TestState::Succeeded)
        m_catalog->seedModels(id, m_models->models());
    m_config = config;
    m_config.id = id;
    m_storedMode = config.keyMode;
    m_hasStoredKey = isStoredMode(config.keyMode);
    m_apiKey.clear();
    Q_EMIT loaded();
    Q_EMIT fieldsChanged();
    finishSave({});
    Q_EMIT saved(id);
}

void ProviderDraft::finishSave(const QString &error)
{
    m_saving = false;
    m_saveError = error;
    Q_EMIT savingChanged();
}

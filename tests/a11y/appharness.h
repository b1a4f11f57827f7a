// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "appinfo.h"
#include "appsettings.h"
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "chatcontroller.h"
#include "conversationstore.h"
#include "firstrunoffer.h"
#include "historycontroller.h"
#include "imagingcodec.h"
#include "loopbackserver.h"
#include "networkconfigurator.h"
#include "networksettings.h"
#include "networkstatus.h"
#include "providerservice.h"
#include "secretstore.h"
#include "settingsexport.h"
#include "toolservers.h"

#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>

class QNetworkAccessManager;

/**
 * @brief The services app/main.cpp builds, made the same way for tests of the whole window
 * (Main.qml): settings, keys (in memory), providers, history (SQLite in a temporary folder), a
 * chat with attachments and (no) tool servers, the first-run offer — against loopback servers
 * instead of the network.
 *
 * Starts with no provider (the first-run state); addProvider() configures one ("Lab", an
 * OpenAI-compatible loopback server whose answers queueAnswer() scripts).
 */
class AppHarness : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ChatController *chat READ chat CONSTANT FINAL)
    Q_PROPERTY(HistoryController *history READ history CONSTANT FINAL)
    Q_PROPERTY(ProviderService *providers READ providers CONSTANT FINAL)
    Q_PROPERTY(NetworkStatus *networkStatus READ networkStatus CONSTANT FINAL)
    Q_PROPERTY(NetworkSettings *networkSettings READ networkSettings CONSTANT FINAL)
    Q_PROPERTY(NetworkConfigurator *networkConfig READ networkConfig CONSTANT FINAL)
    Q_PROPERTY(SettingsExport *settingsExport READ settingsExport CONSTANT FINAL)
    Q_PROPERTY(AppInfo *appInfo READ appInfo CONSTANT FINAL)
    Q_PROPERTY(FirstRunOffer *firstRun READ firstRun CONSTANT FINAL)
    Q_PROPERTY(ToolServers *tools READ tools CONSTANT FINAL)

public:
    explicit AppHarness(QObject *parent = nullptr);
    ~AppHarness() override;

    ChatController *chat() { return &m_chat; }
    HistoryController *history() { return &m_history; }
    ProviderService *providers() { return &m_providers; }
    NetworkStatus *networkStatus() { return &m_status; }
    NetworkSettings *networkSettings() { return &m_networkSettings; }
    NetworkConfigurator *networkConfig() { return &m_networkConfig; }
    SettingsExport *settingsExport() { return &m_export; }
    AppInfo *appInfo() { return &m_appInfo; }
    FirstRunOffer *firstRun() { return &m_firstRun; }
    ToolServers *tools() { return &m_tools; }

    /** Main.qml's required properties, for QQmlApplicationEngine::setInitialProperties(). */
    QVariantMap initialProperties();

    /** Adds the loopback provider "Lab" (model lab-model, no key) and makes it the default. */
    Q_INVOKABLE void addProvider();
    /** An answer of @p deltas Markdown pieces (a heading, a list, code), one every @p delayMs. */
    Q_INVOKABLE void queueAnswer(int deltas, int delayMs);
    /** An answer of @p lines paragraphs, one every @p delayMs: tall enough to scroll. */
    Q_INVOKABLE void queueLines(int lines, int delayMs);
    /** A 401 with an OpenAI error body: the answer fails. */
    Q_INVOKABLE void queueFailure();
    Q_INVOKABLE void clearQueue() { m_lab.clearQueue(); }
    /** Chat requests the Lab server received (model lists not counted). */
    Q_INVOKABLE int chatRequestCount() const;
    Q_INVOKABLE int disconnectCount() const { return m_lab.disconnectCount(); }

private:
    void enqueue(const QStringList &pieces, int delayMs);

    QTemporaryDir m_dir;
    LoopbackServer m_lab;
    LoopbackServer m_localServer;
    QNetworkAccessManager *m_network;
    MemorySecretStore m_keychain;
    AppSettings m_settings;
    ApiKeys m_keys;
    NetworkSettings m_networkSettings;
    NetworkConfigurator m_networkConfig;
    NetworkStatus m_status;
    ProviderService m_providers;
    FirstRunOffer m_firstRun;
    SettingsExport m_export;
    AttachmentFiles m_attachmentFiles;
    ImagingCodec m_imaging;
    AttachmentEncoder m_attachmentEncoder;
    ConversationStore m_store;
    HistoryController m_history;
    ToolServers m_tools;
    ChatController m_chat;
    AppInfo m_appInfo;
};

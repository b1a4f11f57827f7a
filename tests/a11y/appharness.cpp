// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "appharness.h"

#include "networkaccess.h"
#include "providerconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish)
{
    const QJsonObject choice{{"index"_L1, 0}, {"delta"_L1, delta}, {"finish_reason"_L1, finish}};
    return QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

/** Answers the model list; chat requests are scripted. */
Response labFallback(const LoopbackServer::Request &request)
{
    if (request.path() == "/v1/models")
        return Response::full(200, R"({"data":[{"id":"lab-model"},{"id":"lab-small"}]})"_ba);
    return Response::full(500, R"({"error":{"message":"Nothing scripted"}})"_ba);
}
} // namespace

AppHarness::AppHarness(QObject *parent)
    : QObject(parent)
    , m_network(NetworkAccess::createManager(this))
    , m_settings(m_dir.filePath(u"Confab.conf"_s))
    , m_keys(&m_keychain, m_dir.filePath(u"plain.json"_s))
    , m_networkSettings(m_settings.file())
    , m_networkConfig(&m_networkSettings, m_network)
    , m_status(NetworkStatus::Source::InferenceOnly)
    , m_providers(&m_settings, &m_keys, m_network, m_dir.filePath(u"cache"_s))
    , m_firstRun(&m_providers, {{u"ollama"_s, m_localServer.url()}}, 2'000)
    , m_attachmentFiles(m_dir.filePath(u"attachments"_s))
    , m_attachmentEncoder(&m_attachmentFiles, &m_imaging)
    , m_history(&m_store)
    , m_tools(m_settings.file(), &m_keychain, m_network)
    , m_chat(m_network)
    , m_appInfo(u"0.0-test"_s, true, u"test"_s, QString())
{
    m_keys.setEnvironment(QProcessEnvironment());
    m_providers.setNetworkStatus(&m_status);
    m_export.addSection(&m_settings);
    m_export.addSection(&m_networkSettings);
    m_export.addSection(m_providers.settingsSection());
    m_lab.setFallback(labFallback);
    m_localServer.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"models":[{"name":"llama3.2:latest"}]})"_ba);
    });
    m_store.setAttachmentFiles(&m_attachmentFiles);
    m_chat.setAttachmentServices(&m_attachmentFiles, &m_imaging, &m_attachmentEncoder);
    m_chat.setToolServers(&m_tools);
    if (m_store.open(m_dir.filePath(u"confab.sqlite"_s)))
        m_chat.setStore(&m_store);
    m_chat.setProviderService(&m_providers);
}

AppHarness::~AppHarness()
{
    m_chat.shutdown();
    m_tools.closeAll();
    m_store.close();
}

QVariantMap AppHarness::initialProperties()
{
    return {{u"chat"_s, QVariant::fromValue(&m_chat)},
            {u"history"_s, QVariant::fromValue(&m_history)},
            {u"providers"_s, QVariant::fromValue(&m_providers)},
            {u"networkStatus"_s, QVariant::fromValue(&m_status)},
            {u"networkSettings"_s, QVariant::fromValue(&m_networkSettings)},
            {u"networkConfig"_s, QVariant::fromValue(&m_networkConfig)},
            {u"settingsExport"_s, QVariant::fromValue(&m_export)},
            {u"appInfo"_s, QVariant::fromValue(&m_appInfo)},
            {u"firstRun"_s, QVariant::fromValue(&m_firstRun)},
            {u"tools"_s, QVariant::fromValue(&m_tools)}};
}

void AppHarness::addProvider()
{
    ProviderConfig lab;
    lab.id = u"lab"_s;
    lab.name = u"Lab"_s;
    lab.baseUrl = m_lab.url(u"/v1").toString();
    lab.defaultModel = u"lab-model"_s;
    lab.keyMode = ApiKeys::Mode::None;
    m_providers.providers()->add(lab);
    m_settings.setDefaultProviderId(u"lab"_s);
    m_settings.setFirstRunDone(true);
    if (m_chat.messages()->rowCount() == 0)
        m_chat.newConversation();
}

void AppHarness::queueAnswer(int deltas, int delayMs)
{
    static const QStringList kPieces = {u"## Plan\n\n"_s,
                                        u"Three steps:\n\n"_s,
                                        u"- read the "_s,
                                        u"docs\n"_s,
                                        u"- write "_s,
                                        u"code\n\n"_s,
                                        u"```cpp\nint x = 1;\n```\n\n"_s,
                                        u"Done"_s,
                                        u"."_s};
    QStringList pieces;
    for (int i = 0; i < deltas; ++i)
        pieces.append(i < kPieces.size() ? kPieces.at(i) : u" more%1"_s.arg(i));
    enqueue(pieces, delayMs);
}

void AppHarness::queueLines(int lines, int delayMs)
{
    QStringList pieces;
    for (int i = 0; i < lines; ++i)
        pieces.append(u"Line %1\n\n"_s.arg(i));
    enqueue(pieces, delayMs);
}

void AppHarness::queueFailure()
{
    m_lab.enqueue(Response::full(
        401, R"({"error":{"message":"Incorrect API key provided.","code":"invalid_api_key"}})"_ba));
}

int AppHarness::chatRequestCount() const
{
    int count = 0;
    for (const LoopbackServer::Request &request : m_lab.requests())
        count += request.path().endsWith("/chat/completions") ? 1 : 0;
    return count;
}

void AppHarness::enqueue(const QStringList &pieces, int delayMs)
{
    QByteArrayList events;
    for (const QString &piece : pieces)
        events.append(chunk(QJsonObject{{"content"_L1, piece}}, QJsonValue()));
    events.append(chunk(QJsonObject{}, u"stop"_s));
    events.append("[DONE]"_ba);
    m_lab.enqueue(Response::sse(events, delayMs));
}

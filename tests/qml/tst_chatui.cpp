// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the chat view against a loopback OpenAI-compatible server.
#include "chatcontroller.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** What the QML test can see and script: the controller and the server behind it. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ChatController *chat READ chat CONSTANT)

public:
    TestEnvironment()
        : m_network(NetworkAccess::createManager(this))
        , m_chat(m_network, this)
    {
        ChatTarget target;
        target.wire = std::make_shared<OpenAiWire>();
        target.endpoint.baseUrl = m_server.url(u"/v1");
        target.model = u"ui-test-model"_s;
        target.limits.maxRetries = 0;
        m_chat.setTarget(target);
    }

    ChatController *chat() { return &m_chat; }

    /** An answer of @p deltas words, one every @p delayMs. */
    Q_INVOKABLE void queueAnswer(int deltas, int delayMs)
    {
        QList<QJsonObject> chunks;
        for (int i = 0; i < deltas; ++i)
            chunks.append(QJsonObject{{"content"_L1, u"word%1 "_s.arg(i)}});
        enqueueAnswer(chunks, u"stop"_s, delayMs);
    }

    /** An answer of @p lines paragraphs, one every @p delayMs: tall enough to scroll. */
    Q_INVOKABLE void queueLines(int lines, int delayMs)
    {
        QList<QJsonObject> chunks;
        for (int i = 0; i < lines; ++i)
            chunks.append(QJsonObject{{"content"_L1, u"Line %1\n\n"_s.arg(i)}});
        enqueueAnswer(chunks, u"stop"_s, delayMs);
    }

    /** An answer made of @p pieces, ending with @p finishReason ("stop", "length", …). */
    Q_INVOKABLE void queueText(const QStringList &pieces, const QString &finishReason)
    {
        QList<QJsonObject> chunks;
        for (const QString &piece : pieces)
            chunks.append(QJsonObject{{"content"_L1, piece}});
        enqueueAnswer(chunks, finishReason, 1);
    }

    /** An answer that calls the tool @p name with arguments sent as @p pieces, one every
     * @p delayMs, ending with finish_reason "tool_calls". */
    Q_INVOKABLE void queueToolCall(const QString &name, const QStringList &pieces, int delayMs)
    {
        QList<QJsonObject> chunks;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QJsonObject call{{"index"_L1, 0}};
            QJsonObject function{{"arguments"_L1, pieces.at(i)}};
            if (i == 0) { // the first fragment names the call
                call.insert("id"_L1, u"call_1"_s);
                call.insert("type"_L1, u"function"_s);
                function.insert("name"_L1, name);
            }
            call.insert("function"_L1, function);
            chunks.append(QJsonObject{{"tool_calls"_L1, QJsonArray{call}}});
        }
        enqueueAnswer(chunks, u"tool_calls"_s, delayMs);
    }

    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }

    /** The role of the last message in the last request ("user", "assistant"). */
    Q_INVOKABLE QString lastRequestRole() const
    {
        const QJsonArray messages =
            m_server.requests().constLast().json().value("messages"_L1).toArray();
        return messages.last().toObject().value("role"_L1).toString();
    }

    Q_INVOKABLE void queueUnauthorized()
    {
        m_server.enqueue(LoopbackServer::Response::full(
            401,
            R"({"error":{"message":"Incorrect API key provided.","code":"invalid_api_key"}})"_ba));
    }

    /** Forgets answers a failed test function left queued. */
    Q_INVOKABLE void clearQueue() { m_server.clearQueue(); }

    Q_INVOKABLE int requestCount() const { return m_server.requestCount(); }
    Q_INVOKABLE int disconnectCount() const { return m_server.disconnectCount(); }
    Q_INVOKABLE QString lastUserContent() const
    {
        const QJsonArray messages =
            m_server.requests().constLast().json().value("messages"_L1).toArray();
        return messages.last().toObject().value("content"_L1).toString();
    }

private:
    /** An OpenAI stream: one chunk per delta in @p deltas, then @p finishReason and [DONE]. */
    void enqueueAnswer(const QList<QJsonObject> &deltas, const QString &finishReason, int delayMs)
    {
        const auto chunk = [](const QJsonObject &choice) {
            return QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}})
                .toJson(QJsonDocument::Compact);
        };
        QByteArrayList events;
        for (const QJsonObject &delta : deltas)
            events.append(chunk(QJsonObject{{"index"_L1, 0}, {"delta"_L1, delta}}));
        events.append(chunk(QJsonObject{
            {"index"_L1, 0}, {"delta"_L1, QJsonObject{}}, {"finish_reason"_L1, finishReason}}));
        events.append("[DONE]"_ba);
        m_server.enqueue(LoopbackServer::Response::sse(events, delayMs));
    }

    LoopbackServer m_server;
    QNetworkAccessManager *m_network;
    ChatController m_chat;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_environment = std::make_unique<TestEnvironment>();
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "TestEnv", m_environment.get());
    }

private:
    std::unique_ptr<TestEnvironment> m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(chatui, Setup)
#include "tst_chatui.moc"

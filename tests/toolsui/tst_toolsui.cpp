// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of tools in the chat and on the Tools page: a loopback OpenAI-compatible server
// scripted to call tools, confab-fake-mcp (--trace) as the tool server.
#include "chatcontroller.h"
#include "networkaccess.h"
#include "openaiwire.h"
#include "toolscript.h"
#include "tooltesting.h"

#include <QJsonArray>
#include <QQmlEngine>
#include <QtQuickTest>

/** What the QML tests can see and script. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ChatController *chat READ chat CONSTANT)
    Q_PROPERTY(ToolServers *tools READ tools CONSTANT)
    Q_PROPERTY(QString serverId READ serverId CONSTANT)

public:
    TestEnvironment()
        : m_network(NetworkAccess::createManager(this))
        , m_chat(m_network, this)
    {
        ChatTarget target;
        target.wire = std::make_shared<OpenAiWire>();
        target.endpoint.baseUrl = m_provider.url(u"/v1");
        target.model = u"tools-test-model"_s;
        target.limits.maxRetries = 0;
        m_chat.setTarget(target);
        m_serverId = m_fixture.readyFake(u"fake"_s);
        m_chat.setToolServers(m_fixture.servers());
    }

    ChatController *chat() { return &m_chat; }
    ToolServers *tools() { return m_fixture.servers(); }
    QString serverId() const { return m_serverId; }

    /** The model calls @p name with @p arguments (JSON), then answers @p answer. */
    Q_INVOKABLE void queueToolCall(const QString &name, const QString &arguments,
                                   const QString &answer)
    {
        m_provider.enqueue(ToolScript::toolCalls(ToolScript::Wire::OpenAi,
                                                 {{u"call_1"_s, name, arguments.toUtf8()}}));
        m_provider.enqueue(ToolScript::text(ToolScript::Wire::OpenAi, answer));
    }
    Q_INVOKABLE void clearQueue() { m_provider.clearQueue(); }
    Q_INVOKABLE QString serverLog() { return m_fixture.servers()->logOf(m_serverId); }
    /** The content of the last tool message the model got. */
    Q_INVOKABLE QString lastToolResult() const
    {
        const QJsonArray messages =
            m_provider.requests().constLast().json().value("messages"_L1).toArray();
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            if (messages.at(i).toObject().value("role"_L1).toString() == "tool"_L1)
                return messages.at(i).toObject().value("content"_L1).toString();
        }
        return {};
    }
    /** Whether the first server's @p tool is offered to the model now. */
    Q_INVOKABLE bool offered(const QString &tool)
    {
        const ToolCatalog catalog = m_fixture.servers()->catalog();
        return std::any_of(catalog.tools().cbegin(), catalog.tools().cend(),
                           [&](const OfferedTool &offered) {
                               return offered.serverId == m_serverId && offered.tool.name == tool;
                           });
    }
    /** Adds a second fake server, enabled but not confirmed. */
    Q_INVOKABLE QString addUnconfirmedServer(const QString &name)
    {
        return m_fixture.addFake(name);
    }

private:
    ToolFixture m_fixture;
    LoopbackServer m_provider;
    QNetworkAccessManager *m_network;
    ChatController m_chat;
    QString m_serverId;
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
    // The servers close while the application still runs.
    void cleanupTestCase() { m_environment.reset(); }

private:
    std::unique_ptr<TestEnvironment> m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(toolsui, Setup)
#include "tst_toolsui.moc"

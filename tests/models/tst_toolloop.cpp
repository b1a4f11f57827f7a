// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The tool loop in the chat, per wire format, with scripted provider answers on a loopback
// server and confab-fake-mcp as the tool server: call → approval → result → continued answer;
// deny; stop during the call; the round limit; a tool error; nothing reaches the server before
// approval; storage, reopening, regenerating and branching across rounds.

#include "anthropicwire.h"
#include "chatcontroller.h"
#include "conversationstore.h"
#include "geminiwire.h"
#include "mcptesting.h"
#include "networkaccess.h"
#include "ollamawire.h"
#include "openaiwire.h"
#include "toolrunner.h"
#include "toolscript.h"
#include "tooltesting.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>

namespace {
using Status = ToolEnums::Status;
using Wire = ToolScript::Wire;

std::shared_ptr<const WireFormat> wireFormat(Wire wire)
{
    switch (wire) {
    case Wire::OpenAi:
        return std::make_shared<OpenAiWire>();
    case Wire::Anthropic:
        return std::make_shared<AnthropicWire>();
    case Wire::Gemini:
        return std::make_shared<GeminiWire>();
    case Wire::Ollama:
        return std::make_shared<OllamaWire>();
    }
    return {};
}

const ToolScript::Call kEcho{u"call_1"_s, u"echo"_s, R"({"message":"hi"})"_ba};
} // namespace

class TestToolLoop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ToolFixture> m_fixture;
    std::unique_ptr<LoopbackServer> m_provider;
    QNetworkAccessManager *m_network = nullptr;
    ChatController *m_chat = nullptr;
    QString m_serverId;

    MessageModel *model() { return m_chat->messages(); }
    ToolServers *servers() { return m_fixture->servers(); }

    ChatController *makeChat(Wire wire)
    {
        auto *chat = new ChatController(m_network, this);
        ChatTarget target;
        target.wire = wireFormat(wire);
        target.endpoint.baseUrl = m_provider->url(u"/v1"_s);
        target.endpoint.apiKey = u"sk-test"_s;
        target.model = u"test-model"_s;
        target.limits.maxRetries = 0;
        chat->setTarget(target);
        chat->setToolServers(servers());
        return chat;
    }

    /** The row of the first tool message, once it awaits approval. */
    int awaitApproval()
    {
        for (int i = 0; i < 500; ++i) {
            for (int row = 0; row < model()->rowCount(); ++row) {
                const Message &m = model()->message(row);
                if (m.author == Message::Author::Tool && m.tool.status == Status::AwaitingApproval)
                    return row;
            }
            QTest::qWait(10);
        }
        return -1;
    }

    QJsonObject requestBody(int index) { return m_provider->requests().at(index).json(); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ToolFixture>();
        m_provider = std::make_unique<LoopbackServer>();
        m_network = NetworkAccess::createManager(this);
        m_serverId = m_fixture->readyFake();
        QCOMPARE(servers()->state(m_serverId), ToolServerEnums::State::Ready);
        m_chat = makeChat(Wire::OpenAi);
    }

    void cleanup()
    {
        delete m_chat;
        m_chat = nullptr;
        delete m_network;
        m_provider.reset();
        m_fixture.reset();
    }

    void callApproveResultAnswer_data();
    void callApproveResultAnswer();
    void denyGivesTheModelARefusal();
    void stopDuringTheCall();
    void roundLimitEndsTheTurn();
    void toolErrorReachesTheModel();
    void unknownToolAndTheSelection();
    void storedReopenedRegeneratedAndBranched();
    void realFilesystemServer();
    void answerWaitsForAStartingServer();
};

void TestToolLoop::callApproveResultAnswer_data()
{
    QTest::addColumn<Wire>("wire");
    QTest::newRow("openai") << Wire::OpenAi;
    QTest::newRow("anthropic") << Wire::Anthropic;
    QTest::newRow("gemini") << Wire::Gemini;
    QTest::newRow("ollama") << Wire::Ollama;
}

void TestToolLoop::callApproveResultAnswer()
{
    QFETCH(Wire, wire);
    delete m_chat;
    m_chat = makeChat(wire);
    m_provider->enqueue(ToolScript::toolCalls(wire, {kEcho}, u"Let me check."_s));
    m_provider->enqueue(ToolScript::text(wire, u"The tool said hi."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Say hi through the tool"_s));

    const int row = awaitApproval();
    QCOMPARE(row, 2);
    QVERIFY(m_chat->isBusy()); // Stop stays available while it waits
    QCOMPARE(finished.count(), 0);
    const Message &answer = model()->message(1);
    QCOMPARE(answer.toolCalls.size(), 1);
    QCOMPARE(answer.toolCalls.first().name, u"echo"_s);
    QVERIFY(model()->data(model()->index(1), MessageModel::ToolCallsRunRole).toBool());
    const Message &tool = model()->message(2);
    QCOMPARE(tool.parentId, answer.id);
    QCOMPARE(tool.tool.serverName, u"fake"_s);
    QCOMPARE(tool.tool.toolName, u"echo"_s);
    QCOMPARE(tool.state, Message::State::Waiting);
    QCOMPARE(model()->data(model()->index(2), MessageModel::ToolArgumentsRole).toString(),
             u"{\n  \"message\": \"hi\"\n}"_s);
    // The model was offered the server's tools.
    const QJsonObject first = requestBody(0);
    QVERIFY(first.contains("tools"_L1));
    QVERIFY(m_fixture->settle(m_serverId));
    QVERIFY(!servers()->logOf(m_serverId).contains(u"recv tools/call"_s));

    QVERIFY(m_chat->allowTool(tool.id, false));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_chat->isBusy());
    QCOMPARE(model()->rowCount(), 4);
    QCOMPARE(model()->message(2).tool.status, Status::Succeeded);
    QCOMPARE(model()->message(2).text, u"Echo: hi"_s);
    QCOMPARE(model()->message(2).state, Message::State::Complete);
    QCOMPARE(model()->message(3).text, u"The tool said hi."_s);
    QCOMPARE(model()->message(3).parentId, model()->message(2).id);
    QCOMPARE(finished.first().first().toInt(), 3);

    // The result went back in the format's own way.
    QCOMPARE(m_provider->requestCount(), 2);
    const QJsonObject body = requestBody(1);
    switch (wire) {
    case Wire::OpenAi: {
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 3);
        const QJsonObject call = messages.at(1).toObject();
        QCOMPARE(call.value("tool_calls"_L1)[0]["id"_L1].toString(), u"call_1"_s);
        QCOMPARE(call.value("tool_calls"_L1)[0]["function"_L1]["arguments"_L1].toString(),
                 uR"({"message":"hi"})"_s);
        QCOMPARE(messages.at(2).toObject(),
                 ToolScript::object(R"({"role":"tool","tool_call_id":"call_1",
                     "content":"Echo: hi"})"));
        break;
    }
    case Wire::Anthropic: {
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1)["content"_L1][1]["type"_L1].toString(), u"tool_use"_s);
        QCOMPARE(messages.at(1)["content"_L1][1]["input"_L1].toObject(),
                 ToolScript::object(R"({"message":"hi"})"));
        QCOMPARE(messages.at(2).toObject(),
                 ToolScript::object(R"({"role":"user","content":[{"type":"tool_result",
                     "tool_use_id":"call_1","content":"Echo: hi"}]})"));
        QVERIFY(body.value("tools"_L1)[0].toObject().contains("input_schema"_L1));
        break;
    }
    case Wire::Gemini: {
        const QJsonArray contents = body.value("contents"_L1).toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(1)["parts"_L1][1]["functionCall"_L1]["name"_L1].toString(), u"echo"_s);
        QCOMPARE(contents.at(2).toObject(),
                 ToolScript::object(R"({"role":"user","parts":[{"functionResponse":{
                     "name":"echo","response":{"result":"Echo: hi"}}}]})"));
        break;
    }
    case Wire::Ollama: {
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1)["tool_calls"_L1][0]["function"_L1]["arguments"_L1].toObject(),
                 ToolScript::object(R"({"message":"hi"})"));
        QCOMPARE(messages.at(2).toObject(),
                 ToolScript::object(R"({"role":"tool","content":"Echo: hi","tool_name":"echo"})"));
        break;
    }
    }
}

void TestToolLoop::denyGivesTheModelARefusal()
{
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {kEcho}));
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"Understood."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Echo something"_s));
    const int row = awaitApproval();
    QVERIFY(row > 0);
    QVERIFY(m_chat->denyTool(model()->message(row).id));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model()->message(2).tool.status, Status::Denied);
    QCOMPARE(model()->message(3).text, u"Understood."_s);
    QCOMPARE(requestBody(1).value("messages"_L1).toArray().at(2).toObject(),
             ToolScript::object(R"({"role":"tool","tool_call_id":"call_1",
                 "content":"Error: The user denied this tool call."})"));
    QVERIFY(!servers()->logOf(m_serverId).contains(u"recv tools/call"_s));
    // Deleting the tool message shows the answer's call as a card again.
    QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
    m_chat->deleteMessage(2);
    QVERIFY(!model()->data(model()->index(1), MessageModel::ToolCallsRunRole).toBool());
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == 1 &&
               args.at(2).value<QList<int>>().contains(MessageModel::ToolCallsRunRole);
    }));
}

void TestToolLoop::stopDuringTheCall()
{
    m_provider->enqueue(ToolScript::toolCalls(
        Wire::OpenAi, {{u"call_1"_s, u"slow"_s, R"({"steps":100,"interval_ms":100})"_ba}}));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QSignalSpy busy(m_chat, &ChatController::busyChanged);
    QVERIFY(m_chat->send(u"Take your time"_s));
    const int row = awaitApproval();
    QVERIFY(m_chat->allowTool(model()->message(row).id, false));
    QTRY_VERIFY(servers()->logOf(m_serverId).contains(u"recv tools/call"_s));
    QCOMPARE(model()->message(row).tool.status, Status::Running);
    QCOMPARE(model()->message(row).state, Message::State::Streaming);
    m_chat->stop();
    QVERIFY(!m_chat->isBusy());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(model()->message(row).tool.status, Status::Cancelled);
    QCOMPARE(model()->message(row).state, Message::State::Stopped);
    QTRY_VERIFY(servers()->logOf(m_serverId).contains(u"recv notifications/cancelled"_s));
    QTest::qWait(200);
    QCOMPARE(m_provider->requestCount(), 1); // the model is not asked again
    QCOMPARE(finished.count(), 1);
    // The next question is valid for the provider: the cancelled call has its result.
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"ok"_s));
    QVERIFY(m_chat->send(u"Never mind"_s));
    QTRY_COMPARE(finished.count(), 2);
    const QJsonArray messages = requestBody(1).value("messages"_L1).toArray();
    QCOMPARE(messages.at(2).toObject().value("content"_L1).toString(),
             u"Error: The user stopped this tool call before it finished."_s);
}

void TestToolLoop::roundLimitEndsTheTurn()
{
    m_chat->setMaxToolRounds(2);
    m_chat->toolRunner()->setAutoApprove(true);
    // A model that never stops calling tools.
    m_provider->setFallback([](const LoopbackServer::Request &) {
        return ToolScript::toolCalls(Wire::OpenAi, {kEcho});
    });
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Loop"_s));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!m_chat->isBusy());
    QCOMPARE(m_provider->requestCount(), 3);
    // user, (answer, tool) × 3: two rounds ran, the third was not run.
    QCOMPARE(model()->rowCount(), 7);
    QCOMPARE(model()->message(2).tool.status, Status::Succeeded);
    QCOMPARE(model()->message(4).tool.status, Status::Succeeded);
    QCOMPARE(model()->message(6).tool.status, Status::LoopLimit);
    QCOMPARE(finished.first().first().toInt(), 6);
}

void TestToolLoop::toolErrorReachesTheModel()
{
    m_chat->toolRunner()->setAutoApprove(true);
    m_provider->enqueue(ToolScript::toolCalls(
        Wire::OpenAi, {{u"a"_s, u"fail"_s, "{}"}, {u"b"_s, u"rpcerror"_s, "{}"}}));
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"Both failed."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Try"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model()->message(2).tool.status, Status::Succeeded);
    QVERIFY(model()->message(2).tool.isError());
    QVERIFY(model()->data(model()->index(2), MessageModel::ToolIsErrorRole).toBool());
    QCOMPARE(model()->message(3).tool.status, Status::Failed);
    QCOMPARE(model()->message(3).state, Message::State::Failed);
    QVERIFY(model()->message(3).errorMessage.contains(u"boom"_s));
    const QJsonArray messages = requestBody(1).value("messages"_L1).toArray();
    QCOMPARE(messages.at(2).toObject().value("content"_L1).toString(), u"Error: it failed"_s);
    QVERIFY(messages.at(3)
                .toObject()
                .value("content"_L1)
                .toString()
                .startsWith(u"Error: The tool call failed: "_s));
}

void TestToolLoop::unknownToolAndTheSelection()
{
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {{u"x"_s, u"nope"_s, "{}"}}));
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"No such tool."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Use nope"_s));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(model()->message(2).tool.status, Status::Unavailable);
    // This conversation withholds the server: no tools are offered, and none are replayed.
    m_chat->toolSelection()->setOffered(m_serverId, false);
    QCOMPARE(m_chat->toolSelection()->offeredCount(), 0);
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"Plain."_s));
    QVERIFY(m_chat->send(u"And now?"_s));
    QTRY_COMPARE(finished.count(), 2);
    const QJsonObject body = requestBody(2);
    QVERIFY(!body.contains("tools"_L1));
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 3); // question, answer, question: no calls, no results
    for (const QJsonValue &m : messages)
        QVERIFY(m.toObject().value("role"_L1).toString() != "tool"_L1);
    // A call the model makes up when no tool was offered stays a card: nothing runs, and the
    // model is not asked again.
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {kEcho}));
    QVERIFY(m_chat->send(u"Echo anyway"_s));
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(m_provider->requestCount(), 4);
    const int last = model()->rowCount() - 1;
    QCOMPARE(model()->message(last).author, Message::Author::Assistant);
    QCOMPARE(model()->message(last).toolCalls.size(), 1);
    QVERIFY(!model()->data(model()->index(last), MessageModel::ToolCallsRunRole).toBool());
    QTest::qWait(100);
    QCOMPARE(m_provider->requestCount(), 4);
}

void TestToolLoop::storedReopenedRegeneratedAndBranched()
{
    QTemporaryDir dir;
    ConversationStore store;
    QVERIFY(store.open(dir.filePath(u"history.sqlite"_s)));
    m_chat->setStore(&store);
    m_chat->toolRunner()->setAutoApprove(true);
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {kEcho}));
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"First answer."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Echo hi"_s));
    QTRY_COMPARE(finished.count(), 1);
    const qint64 conversation = m_chat->conversationId();
    QVERIFY(store.flush());
    QList<Message> before;
    for (int row = 0; row < model()->rowCount(); ++row)
        before.append(model()->message(row));

    // Reopened in a new controller: everything is there, the tool run included.
    ChatController *reopened = makeChat(Wire::OpenAi);
    reopened->setStore(&store);
    QCOMPARE(reopened->openConversation(conversation), 3);
    QCOMPARE(reopened->messages()->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        Message m = reopened->messages()->message(row);
        QCOMPARE(MessageNames::toolRun(m.tool), MessageNames::toolRun(before.at(row).tool));
        QCOMPARE(m.text, before.at(row).text);
        QCOMPARE(m.toolCalls, before.at(row).toolCalls);
        QCOMPARE(m.author, before.at(row).author);
    }
    QCOMPARE(reopened->messages()->message(2).tool.approval, ToolEnums::Approval::Auto);
    delete m_chat;
    m_chat = reopened;

    // Regenerating the final answer keeps the tool round and branches below it.
    QSignalSpy again(m_chat, &ChatController::answerFinished);
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"Second answer."_s));
    QVERIFY(m_chat->regenerate(3));
    QTRY_COMPARE(again.count(), 1);
    QCOMPARE(model()->message(3).text, u"Second answer."_s);
    QCOMPARE(model()->message(3).parentId, model()->message(2).id);
    QCOMPARE(model()->data(model()->index(3), MessageModel::SiblingCountRole).toInt(), 2);
    const QJsonArray replay = requestBody(2).value("messages"_L1).toArray();
    QCOMPARE(replay.size(), 3); // the question, the calls, the result
    QCOMPARE(replay.at(2).toObject().value("content"_L1).toString(), u"Echo: hi"_s);

    // Regenerating the first answer starts a new round on a branch of its own.
    m_chat->toolRunner()->setAutoApprove(false);
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {kEcho}));
    QVERIFY(m_chat->regenerate(1));
    const int row = awaitApproval();
    QCOMPARE(row, 2);
    QCOMPARE(model()->data(model()->index(1), MessageModel::SiblingCountRole).toInt(), 2);
    // Switching branches waits while the round runs; Stop saves it as cancelled.
    m_chat->switchBranch(1, -1);
    QCOMPARE(model()->message(2).tool.status, Status::AwaitingApproval);
    m_chat->stop();
    m_chat->switchBranch(1, -1);
    QCOMPARE(model()->message(3).text, u"Second answer."_s);
    QVERIFY(store.flush());
    const std::optional<Conversation> saved = store.loadConversation(conversation);
    int cancelled = 0;
    for (const Message &m : saved->messages)
        cancelled += m.tool.status == Status::Cancelled ? 1 : 0;
    QCOMPARE(cancelled, 1);

    // The conversation keeps which servers it offers.
    QVERIFY(!ToolSelection::readFrom(saved->info.params)); // every enabled server so far
    m_chat->toolSelection()->setOffered(m_serverId, false);
    QVERIFY(store.flush());
    ChatController *again2 = makeChat(Wire::OpenAi);
    again2->setStore(&store);
    QVERIFY(again2->openConversation(conversation) >= 0);
    QCOMPARE(again2->toolSelection()->selection(), std::optional<QStringList>(QStringList{}));
    QCOMPARE(again2->toolSelection()->offeredCount(), 0);
    again2->newConversation();
    QCOMPARE(again2->toolSelection()->offeredCount(), 1); // a new one offers every server
    delete again2;
}

void TestToolLoop::realFilesystemServer()
{
    // "List the files here and summarise README" with @modelcontextprotocol/server-filesystem
    // on a temporary folder: two approved calls, then the answer.
    MCP_REQUIRE_SERVERS();
    QTemporaryDir folder;
    QFile readme(folder.filePath(u"README.md"_s));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("# Penguins\n\nA project about flightless birds.\n");
    readme.close();
    ToolServer server;
    server.name = u"files"_s;
    server.command = McpTesting::nodeProgram();
    server.arguments = {
        McpTesting::serversDir() +
            u"/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"_s,
        folder.path()};
    server.enabled = true;
    const QString id = servers()->addServer(server, {});
    QTRY_COMPARE(servers()->state(id), ToolServerEnums::State::NeedsConfirmation);
    servers()->confirmLaunch(id);
    QTRY_COMPARE_WITH_TIMEOUT(servers()->state(id), ToolServerEnums::State::Ready, 15'000);
    m_chat->toolSelection()->setOffered(m_serverId, false); // the fake stays out of it

    const QByteArray dir =
        QJsonDocument(QJsonObject{{"path"_L1, folder.path()}}).toJson(QJsonDocument::Compact);
    const QByteArray file = QJsonDocument(QJsonObject{{"path"_L1, folder.filePath(u"README.md"_s)}})
                                .toJson(QJsonDocument::Compact);
    m_provider->enqueue(ToolScript::toolCalls(Wire::OpenAi, {{u"c1"_s, u"list_directory"_s, dir}}));
    m_provider->enqueue(
        ToolScript::toolCalls(Wire::OpenAi, {{u"c2"_s, u"read_text_file"_s, file}}));
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"One file: a README about penguins."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"List the files here and summarise README"_s));
    int row = awaitApproval();
    QCOMPARE(model()->message(row).tool.serverName, u"files"_s);
    QVERIFY(m_chat->allowTool(model()->message(row).id, false));
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 5, 10'000);
    row = awaitApproval();
    QCOMPARE(row, 4);
    QVERIFY(m_chat->allowTool(model()->message(row).id, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(model()->message(2).text, u"[FILE] README.md"_s);
    QVERIFY(model()->message(4).text.contains(u"flightless birds"_s));
    QCOMPARE(model()->message(5).text, u"One file: a README about penguins."_s);
    const QJsonArray tools = requestBody(0).value("tools"_L1).toArray();
    QVERIFY(std::any_of(tools.cbegin(), tools.cend(), [](const QJsonValue &t) {
        return t["function"_L1]["name"_L1].toString() == "read_text_file"_L1;
    }));
    const QJsonArray messages = requestBody(2).value("messages"_L1).toArray();
    QCOMPARE(messages.at(2)["content"_L1].toString(), u"[FILE] README.md"_s);
    QVERIFY(messages.at(4)["content"_L1].toString().contains(u"# Penguins"_s));
}

void TestToolLoop::answerWaitsForAStartingServer()
{
    // A server whose launch was just confirmed is still starting when the question goes: the
    // request waits for its tools instead of going without them.
    const QString second = m_fixture->addFake(u"second"_s);
    QTRY_COMPARE(servers()->state(second), ToolServerEnums::State::NeedsConfirmation);
    servers()->confirmLaunch(second);
    QCOMPARE(servers()->state(second), ToolServerEnums::State::Starting);
    m_provider->enqueue(ToolScript::text(Wire::OpenAi, u"Hello."_s));
    QSignalSpy finished(m_chat, &ChatController::answerFinished);
    QVERIFY(m_chat->send(u"Hi"_s));
    QVERIFY(m_chat->isBusy());
    QCOMPARE(m_provider->requestCount(), 0);
    QVERIFY(!m_chat->send(u"Again"_s)); // one turn at a time, also while it waits
    QTRY_COMPARE(finished.count(), 1);
    const QJsonArray tools = requestBody(0).value("tools"_L1).toArray();
    QVERIFY(std::any_of(tools.cbegin(), tools.cend(), [](const QJsonValue &t) {
        return t["function"_L1]["name"_L1].toString() == "second__echo"_L1;
    }));

    // Stop while it waits: nothing is sent.
    servers()->restart(second);
    QCOMPARE(servers()->state(second), ToolServerEnums::State::Starting);
    QVERIFY(m_chat->send(u"Once more"_s));
    m_chat->stop();
    QVERIFY(!m_chat->isBusy());
    QCOMPARE(model()->message(model()->rowCount() - 1).state, Message::State::Stopped);
    QTest::qWait(300);
    QCOMPARE(m_provider->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestToolLoop)
#include "tst_toolloop.moc"

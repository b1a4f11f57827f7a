// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The user's MCP servers and one round of tool calls against confab-fake-mcp: nothing launches
// unconfirmed or unenabled, nothing reaches a server before approval, deny, stop mid-call,
// errors, "always" and trusted servers, tools that changed or hide text.

#include "toolmessages.h"
#include "toolrunner.h"
#include "tooltesting.h"

#include <QFile>
#include <QSignalSpy>

namespace {
using Status = ToolEnums::Status;
using Approval = ToolEnums::Approval;
using State = ToolServerEnums::State;

ToolCall call(const QString &name, const QString &arguments = u"{}"_s, const QString &id = u"c1"_s)
{
    return ToolCall{0, id, name, arguments};
}
} // namespace

class TestToolRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ToolFixture> m_fixture;
    ToolServers *servers() { return m_fixture->servers(); }

    /** Starts a round of @p calls as messages 1, 2, …; returns the spy on runChanged. */
    QList<ToolRun> startRound(ToolRunner &runner, const QList<ToolCall> &calls,
                              bool overLimit = false)
    {
        const ToolCatalog catalog = servers()->catalog();
        const QList<ToolRun> runs = runner.plan(calls, catalog, overLimit);
        QList<qint64> ids;
        for (qsizetype i = 0; i < runs.size(); ++i)
            ids.append(i + 1);
        runner.start(ids, runs, catalog);
        return runs;
    }

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<ToolFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void launchNeedsConfirmationAndAgainAfterAChange();
    void importNeverLaunches();
    void enabledConfirmedServersStartNextTime();
    void noToolCallBeforeApproval();
    void denyTellsTheModel();
    void editedArgumentsRunAsEdited();
    void stopDuringACall();
    void toolErrorsAndFailures();
    void alwaysAndTrusted();
    void changedToolAsksAgain();
    void hiddenTextIsFlaggedAndAlwaysAsked();
    void unavailableAndLoopLimitRunNothing();
    void disabledToolsAreNotOffered();
    void draftChecksAndSaves();
};

void TestToolRunner::launchNeedsConfirmationAndAgainAfterAChange()
{
    const QString id = m_fixture->addFake();
    QTRY_COMPARE(servers()->state(id), State::NeedsConfirmation);
    QVERIFY(!servers()->client(id)); // nothing launched
    const QVariantMap details = servers()->launchDetails(id);
    QCOMPARE(details.value(u"command"_s).toString(), QStringLiteral(CONFAB_FAKE_MCP));
    QCOMPARE(details.value(u"arguments"_s).toStringList(), QStringList{u"--trace"_s});
    QVERIFY(details.value(u"changes"_s).toString().isEmpty()); // a first launch

    servers()->confirmLaunch(id);
    QTRY_COMPARE_WITH_TIMEOUT(servers()->state(id), State::Ready, 10'000);
    QVERIFY(servers()->client(id)->processId() > 0);
    QVERIFY(servers()->catalog().find(u"echo"_s));

    // Another argument or an environment variable: asked again, and not run meanwhile.
    ToolServer changed = *servers()->server(id);
    changed.arguments.append(u"--era=legacy"_s);
    changed.environmentNames = {u"MODE"_s};
    ToolServerSecrets secrets;
    secrets.environment.insert(u"MODE"_s, u"strict"_s);
    secrets.confirmedLaunch = "forged"; // never taken from the caller
    servers()->updateServer(changed, secrets);
    QTRY_COMPARE(servers()->state(id), State::NeedsConfirmation);
    QVERIFY(!servers()->client(id));
    const QString changes = servers()->launchDetails(id).value(u"changes"_s).toString();
    QVERIFY2(changes.contains(u"+ argument: --era=legacy"_s), qPrintable(changes));
    QVERIFY2(changes.contains(u"+ environment: MODE=strict"_s), qPrintable(changes));
    servers()->confirmLaunch(id);
    QTRY_COMPARE_WITH_TIMEOUT(servers()->state(id), State::Ready, 10'000);
}

void TestToolRunner::importNeverLaunches()
{
    const QByteArray json =
        R"({"mcpServers":{"fake":{"command":")" CONFAB_FAKE_MCP R"(","args":["--trace"]}}})";
    const McpConfigImport result = servers()->importJson(json);
    QCOMPARE(result.servers.size(), 1);
    const QString id = result.servers.first().server.id;
    QCOMPARE(servers()->servers()->rowCount(), 1);
    servers()->startEnabled(); // as at start-up
    QTest::qWait(100);
    QCOMPARE(servers()->state(id), State::Off);
    QVERIFY(!servers()->client(id));
    // Enabling it still shows the command first.
    servers()->setEnabled(id, true);
    QTRY_COMPARE(servers()->state(id), State::NeedsConfirmation);
    QVERIFY(!servers()->client(id));
}

void TestToolRunner::enabledConfirmedServersStartNextTime()
{
    const QString on = m_fixture->readyFake(u"on"_s);
    const QString off = m_fixture->readyFake(u"off"_s);
    servers()->setEnabled(off, false);
    m_fixture->makeServers(); // Confab starts again
    QCOMPARE(servers()->state(on), State::Stopped);
    QVERIFY(!servers()->client(on)); // nothing before startEnabled()
    servers()->startEnabled();
    QTRY_COMPARE_WITH_TIMEOUT(servers()->state(on), State::Ready, 10'000);
    QCOMPARE(servers()->state(off), State::Off);
    QVERIFY(!servers()->client(off));
}

void TestToolRunner::noToolCallBeforeApproval()
{
    const QString id = m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy changed(&runner, &ToolRunner::runChanged);
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"echo"_s, uR"({"message":"hi"})"_s)});
    QVERIFY(runner.isActive());
    QCOMPARE(runner.run(1)->status, Status::AwaitingApproval);
    QCOMPARE(changed.count(), 1);
    // However long it waits, the server has seen no tools/call.
    QTest::qWait(200);
    QVERIFY(m_fixture->settle(id));
    QVERIFY(!servers()->logOf(id).contains(u"recv tools/call"_s));
    QCOMPARE(finished.count(), 0);

    QVERIFY(runner.allow(1, Approval::Once));
    QCOMPARE(runner.run(1)->status, Status::Running);
    QTRY_COMPARE(finished.count(), 1);
    const ToolRun done = changed.last().at(1).value<ToolRun>();
    QCOMPARE(done.status, Status::Succeeded);
    QCOMPARE(done.approval, Approval::Once);
    QCOMPARE(changed.last().at(2).toString(), u"Echo: hi"_s);
    QVERIFY(servers()->logOf(id).contains(u"recv tools/call"_s));
    QVERIFY(!runner.isActive());
    // Allowed once: the next call asks again.
    startRound(runner, {call(u"echo"_s)});
    QCOMPARE(runner.run(1)->status, Status::AwaitingApproval);
}

void TestToolRunner::denyTellsTheModel()
{
    const QString id = m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy changed(&runner, &ToolRunner::runChanged);
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"echo"_s, {}, u"a"_s), call(u"echo"_s, {}, u"b"_s)});
    QCOMPARE(runner.run(2)->status, Status::Queued); // one at a time
    QVERIFY(runner.deny(1));
    QCOMPARE(runner.run(1)->status, Status::Denied);
    QCOMPARE(runner.run(2)->status, Status::AwaitingApproval);
    QVERIFY(!runner.deny(1)); // already settled
    QVERIFY(runner.deny(2));
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_fixture->settle(id));
    QVERIFY(!servers()->logOf(id).contains(u"recv tools/call"_s));

    Message message;
    message.author = Message::Author::Tool;
    message.tool = *runner.run(1);
    const ChatMessage forModel = ToolMessages::forModel(message);
    QCOMPARE(forModel.toolCallId, u"a"_s);
    QVERIFY(forModel.toolError);
    QCOMPARE(forModel.content, u"The user denied this tool call."_s);
}

void TestToolRunner::editedArgumentsRunAsEdited()
{
    m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy changed(&runner, &ToolRunner::runChanged);
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"echo"_s, uR"({"message":"rm -rf /"})"_s)});
    QString error;
    QVERIFY(!runner.allow(1, Approval::Once, u"{\"message\": "_s, &error));
    QVERIFY(error.contains(u"JSON"_s));
    QVERIFY(!runner.allow(1, Approval::Once, u"[1]"_s, &error));
    QCOMPARE(runner.run(1)->status, Status::AwaitingApproval);
    QVERIFY(runner.allow(1, Approval::Once, u"{\n  \"message\": \"ls\"\n}"_s, &error));
    QTRY_COMPARE(finished.count(), 1);
    const ToolRun done = changed.last().at(1).value<ToolRun>();
    QVERIFY(done.argumentsEdited);
    QCOMPARE(done.arguments, uR"({"message":"ls"})"_s);
    QCOMPARE(changed.last().at(2).toString(), u"Echo: ls"_s);
    Message message;
    message.tool = done;
    QVERIFY(ToolMessages::forModel(message).content.startsWith(
        uR"((The user changed the arguments before the tool ran. It ran with: {"message":"ls"}))"_s));
    // The same arguments, only laid out differently, are not an edit.
    startRound(runner, {call(u"echo"_s, uR"({"message":"x"})"_s)});
    QVERIFY(runner.allow(1, Approval::Once, u"{ \"message\" : \"x\" }"_s));
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!changed.last().at(1).value<ToolRun>().argumentsEdited);
}

void TestToolRunner::stopDuringACall()
{
    const QString id = m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy changed(&runner, &ToolRunner::runChanged);
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"slow"_s, uR"({"steps":100,"interval_ms":100})"_s, u"a"_s),
                        call(u"echo"_s, {}, u"b"_s)});
    QVERIFY(runner.allow(1, Approval::Once));
    QTRY_VERIFY(servers()->logOf(id).contains(u"recv tools/call"_s));
    runner.cancel();
    QVERIFY(!runner.isActive());
    QCOMPARE(runner.run(1)->status, Status::Cancelled);
    QCOMPARE(runner.run(2)->status, Status::Cancelled);
    // The server is told: the MCP request is cancelled, not just forgotten.
    QTRY_VERIFY(servers()->logOf(id).contains(u"recv notifications/cancelled"_s));
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(changed.last().at(1).value<ToolRun>().status, Status::Cancelled);
    QVERIFY(!servers()->logOf(id).contains(u"slow done"_s));
}

void TestToolRunner::toolErrorsAndFailures()
{
    m_fixture->readyFake();
    ToolRunner runner(servers());
    runner.setAutoApprove(true);
    QSignalSpy changed(&runner, &ToolRunner::runChanged);
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"fail"_s, {}, u"a"_s), call(u"rpcerror"_s, {}, u"b"_s),
                        call(u"echo"_s, u"not json"_s, u"c"_s)});
    QTRY_COMPARE(finished.count(), 1);
    // The tool's own failure is a result the model sees as an error.
    QCOMPARE(runner.run(1)->status, Status::Succeeded);
    QCOMPARE(runner.run(1)->approval, Approval::Auto);
    QVERIFY(runner.run(1)->isError());
    Message message;
    message.tool = *runner.run(1);
    QVERIFY(ToolMessages::forModel(message).toolError);
    QCOMPARE(ToolMessages::forModel(message).content, u"it failed"_s);
    // A protocol error fails the call, with the server's message.
    QCOMPARE(runner.run(2)->status, Status::Failed);
    bool sawBoom = false;
    for (const QList<QVariant> &args : changed)
        sawBoom = sawBoom || args.at(3).toString().contains(u"boom"_s);
    QVERIFY(sawBoom);
    // Arguments that are not an object never reach the server.
    QCOMPARE(runner.run(3)->status, Status::Failed);
}

void TestToolRunner::alwaysAndTrusted()
{
    const QString id = m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"echo"_s)});
    QVERIFY(runner.allow(1, Approval::Always));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(servers()->approvals()->isAlways(id, u"echo"_s));
    QVERIFY(servers()->toolsOf(id)->rows().first().always);
    // Next time it runs without asking, and says why; another tool still asks.
    startRound(runner, {call(u"echo"_s, {}, u"a"_s), call(u"structured"_s, {}, u"b"_s)});
    QCOMPARE(runner.run(1)->approval, Approval::Always);
    QTRY_COMPARE(runner.run(2)->status, Status::AwaitingApproval);
    runner.cancel();
    // A trusted server asks for nothing.
    servers()->setTrusted(id, true);
    startRound(runner, {call(u"structured"_s)});
    QCOMPARE(runner.run(1)->approval, Approval::Trusted);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(runner.run(1)->status, Status::Succeeded);
    // Revoked: asked again.
    servers()->setTrusted(id, false);
    servers()->revokeAlways(id, u"echo"_s);
    startRound(runner, {call(u"echo"_s)});
    QCOMPARE(runner.run(1)->status, Status::AwaitingApproval);
}

void TestToolRunner::changedToolAsksAgain()
{
    const QString id = m_fixture->readyFake();
    // Approved "always" when echo said something else.
    McpTool before = *servers()->client(id)->findTool(u"echo"_s);
    before.description = u"Echoes its input."_s;
    servers()->recordApproval(id, before, true);
    QVERIFY(servers()->toolsOf(id)->rows().first().changed);
    QVERIFY(!servers()->servers()->rows().first().attention.isEmpty());

    ToolRunner runner(servers());
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"echo"_s)});
    QCOMPARE(runner.run(1)->status, Status::AwaitingApproval);
    const QString changes = runner.run(1)->changes;
    const QStringList lines = changes.split(u'\n');
    const auto hasLine = [&lines](QStringView mark, QStringView text) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(mark) && line.contains(text);
        });
    };
    QVERIFY2(hasLine(u"- ", u"\"description\": \"Echoes its input.\""), qPrintable(changes));
    QVERIFY2(hasLine(u"+ ", u"\"description\": \"Test tool echo\""), qPrintable(changes));
    // Approving the new definition is what the fingerprint remembers.
    QVERIFY(runner.allow(1, Approval::Once));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!servers()->toolsOf(id)->rows().first().changed);
    startRound(runner, {call(u"echo"_s)});
    QVERIFY(runner.run(1)->changes.isEmpty());
}

void TestToolRunner::hiddenTextIsFlaggedAndAlwaysAsked()
{
    const QString id = m_fixture->readyFake(u"fake"_s, {u"--evil-descriptions"_s});
    const McpTool *evil = servers()->client(id)->findTool(u"evil"_s);
    QVERIFY(evil);
    servers()->recordApproval(id, *evil, true); // even "always" …
    QVERIFY(!servers()->servers()->rows().first().attention.isEmpty());
    ToolRunner runner(servers());
    startRound(runner, {call(u"evil"_s, u"{\"path\":\"a\u200Bb\"}"_s)});
    const ToolRun *run = runner.run(1);
    QCOMPARE(run->status, Status::AwaitingApproval); // … is not enough
    const QStringList &warnings = run->warnings;
    QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const QString &w) {
        return w.contains(u"U+200B"_s) && w.contains(u"description"_s);
    }));
    QVERIFY(warnings.last().contains(u"U+200B"_s));
    QVERIFY(warnings.last().contains(u"arguments"_s));
}

void TestToolRunner::unavailableAndLoopLimitRunNothing()
{
    const QString id = m_fixture->readyFake();
    ToolRunner runner(servers());
    QSignalSpy finished(&runner, &ToolRunner::roundFinished);
    startRound(runner, {call(u"no_such_tool"_s)});
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.run(1)->status, Status::Unavailable);
    startRound(runner, {call(u"echo"_s), call(u"no_such_tool"_s)}, true);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(runner.run(1)->status, Status::LoopLimit);
    QCOMPARE(runner.run(2)->status, Status::LoopLimit);
    Message message;
    message.tool = *runner.run(1);
    QVERIFY(ToolMessages::forModel(message).content.contains(u"limit of tool rounds"_s));
    QVERIFY(m_fixture->settle(id));
    QVERIFY(!servers()->logOf(id).contains(u"recv tools/call"_s));
}

void TestToolRunner::disabledToolsAreNotOffered()
{
    const QString id = m_fixture->readyFake();
    QVERIFY(servers()->catalog().find(u"echo"_s));
    QVERIFY(servers()->catalog(QStringList{id}).find(u"echo"_s));
    QVERIFY(servers()->catalog(QStringList{}).isEmpty());
    servers()->setToolEnabled(id, u"echo"_s, false);
    QVERIFY(!servers()->catalog().find(u"echo"_s));
    QVERIFY(!servers()->toolsOf(id)->rows().first().enabled);
    // Two servers with the same tools: the names say which is which.
    const QString second = m_fixture->readyFake(u"other"_s);
    const ToolCatalog catalog = servers()->catalog();
    QVERIFY(catalog.find(u"other__structured"_s));
    QVERIFY(catalog.find(u"fake__structured"_s));
    QVERIFY(catalog.find(u"echo"_s)); // only one server offers it now
    QCOMPARE(catalog.find(u"echo"_s)->serverId, second);
    // The model gets OpenAI-form definitions.
    const QJsonArray tools = catalog.requestTools();
    QCOMPARE(tools.size(), catalog.tools().size());
    QCOMPARE(tools.first().toObject().value("type"_L1).toString(), u"function"_s);
}

void TestToolRunner::draftChecksAndSaves()
{
    ToolServerDraft *draft = servers()->draft();
    draft->startNew();
    QVERIFY(draft->isNew());
    QVERIFY(!draft->save());
    QVERIFY(!draft->error().isEmpty()); // no name
    draft->setProperty("name", u"Files"_s);
    QVERIFY(!draft->save()); // no command
    draft->setProperty("command", QStringLiteral(CONFAB_FAKE_MCP));
    draft->setProperty("argumentsText", u"--trace\n\n  --era=legacy  \n"_s);
    draft->setProperty("environmentText", u"TOKEN=abc=def\n9BAD=x"_s);
    QVERIFY(!draft->save());
    QVERIFY(draft->error().contains(u"2"_s)); // the line that is wrong
    draft->setProperty("environmentText", u"TOKEN = abc=def\n\nMODE=x"_s);
    QVERIFY2(draft->save(), qPrintable(draft->error()));
    QCOMPARE(servers()->servers()->rowCount(), 1);
    const ToolServer saved = servers()->servers()->rows().first().server;
    QCOMPARE(saved.arguments, QStringList({u"--trace"_s, u"--era=legacy"_s}));
    QCOMPARE(saved.environmentNames, QStringList({u"MODE"_s, u"TOKEN"_s}));
    QVERIFY(saved.enabled);
    // Values went to the keychain, not to the settings file.
    QTRY_VERIFY(m_fixture->keychain()->contains(ToolSecrets::entryName(saved.id)));
    QVERIFY(m_fixture->keychain()->value(ToolSecrets::entryName(saved.id)).contains(u"abc=def"_s));
    m_fixture->file()->sync();
    QFile settings(m_fixture->file()->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("abc=def"));
    // Enabled, but it waits for the user to see and confirm what it runs.
    QTRY_COMPARE(servers()->state(saved.id), State::NeedsConfirmation);

    // An HTTP server with a header.
    draft->startNew();
    draft->setProperty("name", u"Remote"_s);
    draft->setProperty("transport", int(Mcp::Transport::Http));
    draft->setProperty("url", u"ftp://x.example"_s);
    QVERIFY(!draft->save());
    draft->setProperty("url", u"https://x.example/mcp"_s);
    draft->setProperty("headersText", u"Authorization: Bearer t0ken"_s);
    QVERIFY2(draft->save(), qPrintable(draft->error()));
    QCOMPARE(servers()->servers()->rows().last().server.headerNames,
             QStringList{u"Authorization"_s});
    // Editing shows the values again once the keychain answered.
    QVERIFY(draft->edit(saved.id));
    QTRY_VERIFY(draft->property("environmentText").toString().contains(u"TOKEN=abc=def"_s));
}

QTEST_GUILESS_MAIN(TestToolRunner)
#include "tst_toolrunner.moc"

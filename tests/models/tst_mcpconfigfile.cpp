// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The mcpServers JSON of other MCP clients: every known spelling of a server and its
// transport, what an import keeps as secrets and what it tells the user, and the export
// without secrets.

#include "mcpconfigfile.h"
#include "toolapprovals.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const ImportedServer *named(const McpConfigImport &result, const QString &name)
{
    for (const ImportedServer &s : result.servers) {
        if (s.server.name == name)
            return &s;
    }
    return nullptr;
}
} // namespace

class TestMcpConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claudeDesktopStdio();
    void transportSpellings_data();
    void transportSpellings();
    void vsCodeServersAndNesting();
    void notesAndSkips();
    void badFiles_data();
    void badFiles();
    void exportCarriesNoSecrets();
    void lineDiff();
};

void TestMcpConfigFile::claudeDesktopStdio()
{
    const McpConfigImport result = McpConfigFile::parse(R"({"mcpServers":{
        "filesystem":{"command":"npx","args":["-y","@modelcontextprotocol/server-filesystem",
            "/Users/me/Desktop",3],"env":{"TOKEN":"s3cret","DEBUG":true},"cwd":"/tmp"}}})");
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.servers.size(), 1);
    const ImportedServer &s = result.servers.first();
    QCOMPARE(s.server.name, u"filesystem"_s);
    QCOMPARE(s.server.transport, Mcp::Transport::Stdio);
    QCOMPARE(s.server.command, u"npx"_s);
    QCOMPARE(s.server.arguments, QStringList({u"-y"_s, u"@modelcontextprotocol/server-filesystem"_s,
                                              u"/Users/me/Desktop"_s, u"3"_s}));
    QCOMPARE(s.server.workingDirectory, u"/tmp"_s);
    // Values are secrets; the configuration keeps only the names.
    QCOMPARE(s.server.environmentNames, QStringList({u"DEBUG"_s, u"TOKEN"_s}));
    QCOMPARE(s.secrets.environment.value(u"TOKEN"_s), u"s3cret"_s);
    QCOMPARE(s.secrets.environment.value(u"DEBUG"_s), u"true"_s);
    QVERIFY(!s.server.enabled); // an import launches nothing
    QVERIFY(!s.server.trusted);
    QVERIFY(!s.server.id.isEmpty());
    QVERIFY(s.secrets.confirmedLaunch.isEmpty());
    QVERIFY(s.notes.isEmpty());
}

void TestMcpConfigFile::transportSpellings_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<int>("transport");
    QTest::addColumn<bool>("sseNote");
    const int stdio = int(Mcp::Transport::Stdio);
    const int http = int(Mcp::Transport::Http);
    QTest::newRow("cursor url") << R"({"url":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("windsurf serverUrl")
        << R"({"serverUrl":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("gemini httpUrl") << R"({"httpUrl":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("claude code http")
        << R"({"type":"http","url":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("streamable-http")
        << R"({"type":"streamable-http","url":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("cline streamableHttp")
        << R"({"type":"streamableHttp","url":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("transportType streamable_http")
        << R"({"transportType":"streamable_http","url":"https://x.example/mcp"})"_ba << http
        << false;
    QTest::newRow("transport HTTP")
        << R"({"transport":"HTTP","url":"https://x.example/mcp"})"_ba << http << false;
    QTest::newRow("sse") << R"({"type":"sse","url":"https://x.example/sse"})"_ba << http << true;
    QTest::newRow("stdio typed") << R"({"type":"stdio","command":"uvx","args":["x"]})"_ba << stdio
                                 << false;
    QTest::newRow("command only") << R"({"command":"node"})"_ba << stdio << false;
}

void TestMcpConfigFile::transportSpellings()
{
    QFETCH(QByteArray, entry);
    QFETCH(int, transport);
    QFETCH(bool, sseNote);
    const McpConfigImport result = McpConfigFile::parse(R"({"mcpServers":{"s":)" + entry + "}}");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.servers.size(), 1);
    QCOMPARE(int(result.servers.first().server.transport), transport);
    if (transport == int(Mcp::Transport::Http))
        QVERIFY(result.servers.first().server.url.isValid());
    QCOMPARE(!result.servers.first().notes.isEmpty(), sseNote);
}

void TestMcpConfigFile::vsCodeServersAndNesting()
{
    const McpConfigImport vscode = McpConfigFile::parse(R"({"inputs":[],"servers":{
        "github":{"type":"http","url":"https://api.example/mcp",
                  "headers":{"Authorization":"Bearer abc"}}}})");
    QCOMPARE(vscode.servers.size(), 1);
    const ImportedServer &github = vscode.servers.first();
    QCOMPARE(github.server.headerNames, QStringList{u"Authorization"_s});
    QCOMPARE(github.secrets.headers.value(u"Authorization"_s), u"Bearer abc"_s);
    // VS Code's settings.json nests them under "mcp".
    const McpConfigImport nested =
        McpConfigFile::parse(R"({"mcp":{"servers":{"a":{"command":"a"}}}})");
    QCOMPARE(nested.servers.size(), 1);
}

void TestMcpConfigFile::notesAndSkips()
{
    const McpConfigImport result = McpConfigFile::parse(R"({"mcpServers":{
        "placeholders":{"command":"npx","args":["${workspaceFolder}"]},
        "input":{"type":"http","url":"https://x.example/mcp",
                 "headers":{"Authorization":"Bearer ${input:token}"}},
        "envfile":{"command":"node","envFile":".env"},
        "nothing":{"args":["x"]},
        "ftp":{"url":"ftp://x.example/"}}})");
    QCOMPARE(result.servers.size(), 3);
    QCOMPARE(named(result, u"placeholders"_s)->notes.size(), 1);
    QVERIFY(named(result, u"placeholders"_s)->notes.first().contains(u"placeholders"_s));
    QCOMPARE(named(result, u"input"_s)->notes.size(), 1);
    QVERIFY(named(result, u"envfile"_s)->notes.first().contains(u"envFile"_s));
    QCOMPARE(result.skipped.size(), 2);
    QVERIFY(result.skipped.at(0).startsWith(u"ftp: "_s));
    QVERIFY(result.skipped.at(1).startsWith(u"nothing: "_s));
}

void TestMcpConfigFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << "mcpServers: {}"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("no servers") << R"({"providers":{}})"_ba;
}

void TestMcpConfigFile::badFiles()
{
    QFETCH(QByteArray, json);
    const McpConfigImport result = McpConfigFile::parse(json);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.servers.isEmpty());
}

void TestMcpConfigFile::exportCarriesNoSecrets()
{
    const McpConfigImport imported = McpConfigFile::parse(R"({"mcpServers":{
        "files":{"command":"node","args":["server.js","/data"],"env":{"TOKEN":"s3cret"}},
        "remote":{"type":"http","url":"https://x.example/mcp",
                  "headers":{"Authorization":"Bearer abc"}}}})");
    QList<ToolServer> servers;
    for (const ImportedServer &s : imported.servers)
        servers.append(s.server);
    servers.append(servers.first()); // a second server of the same name
    const QByteArray written = McpConfigFile::write(servers);
    QVERIFY(!written.contains("s3cret"));
    QVERIFY(!written.contains("Bearer"));
    const QJsonObject root = QJsonDocument::fromJson(written).object();
    const QJsonObject entries = root.value("mcpServers"_L1).toObject();
    QCOMPARE(entries.keys(), QStringList({u"files"_s, u"files (2)"_s, u"remote"_s}));
    QCOMPARE(entries.value("files"_L1).toObject(),
             QJsonDocument::fromJson(R"({"command":"node","args":["server.js","/data"],
                 "env":{"TOKEN":""}})")
                 .object());
    QCOMPARE(entries.value("remote"_L1).toObject(),
             QJsonDocument::fromJson(R"({"type":"http","url":"https://x.example/mcp",
                 "headers":{"Authorization":""}})")
                 .object());
    // What is written reads back as the same servers.
    const McpConfigImport again = McpConfigFile::parse(written);
    QCOMPARE(again.servers.size(), 3);
    QCOMPARE(named(again, u"files"_s)->server.arguments, servers.first().arguments);
}

void TestMcpConfigFile::lineDiff()
{
    const QString before = u"a\nb\nc\nd\ne\nf\ng\nh"_s;
    const QString after = u"a\nb\nc\nD\ne\nf\ng\nh\ni"_s;
    QCOMPARE(ToolApprovals::lineDiff(before, after, 1), u"  c\n- d\n+ D\n  e\n  …\n  h\n+ i"_s);
    QVERIFY(ToolApprovals::lineDiff(before, before).isEmpty());
}

QTEST_GUILESS_MAIN(TestMcpConfigFile)
#include "tst_mcpconfigfile.moc"

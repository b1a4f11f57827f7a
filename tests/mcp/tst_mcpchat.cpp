// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// Between MCP and a chat request: the names and definitions of the tools a model is offered,
// and the tool messages it gets back from results (cap, images, notes, errors).

#include "mcpchat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

McpTool toolFrom(const QByteArray &json)
{
    McpTool tool;
    QString why;
    if (!McpTool::fromJson(object(json), &tool, &why))
        qFatal("bad tool in test: %s", qPrintable(why));
    return tool;
}
} // namespace

class TestMcpChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizedNames_data();
    void sanitizedNames();
    void exposedNamesStayUnique();
    void toolDefinitionIsOpenAiForm();
    void resultMessageKeepsTextImagesAndTheErrorFlag();
    void structuredContentOnlyWithoutContent();
    void resultMessageIsCapped();
    void errorMessageIsAnError();
};

void TestMcpChat::sanitizedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"read_file"_s << u"read_file"_s;
    QTest::newRow("dashes") << u"get-sum"_s << u"get-sum"_s;
    QTest::newRow("dots and spaces") << u"fs.read file"_s << u"fs_read_file"_s;
    QTest::newRow("non-ASCII") << u"météo"_s << u"m_t_o"_s;
    QTest::newRow("empty") << QString() << u"tool"_s;
    QTest::newRow("too long") << QString(80, u'x') << QString(64, u'x');
}

void TestMcpChat::sanitizedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(McpChat::sanitizedName(name), expected);
}

void TestMcpChat::exposedNamesStayUnique()
{
    const QStringList names = McpChat::exposedNames({{u"files"_s, u"read_file"_s},
                                                     {u"files"_s, u"search"_s},
                                                     {u"web"_s, u"search"_s},
                                                     {u"web 2"_s, u"search"_s},
                                                     {u"web?2"_s, u"search"_s}});
    QCOMPARE(names, QStringList({u"read_file"_s, u"files__search"_s, u"web__search"_s,
                                 u"web_2__search"_s, u"web_2__search_2"_s}));
    // Long server names still leave room for the tool's own name.
    const QStringList longNames =
        McpChat::exposedNames({{QString(100, u's'), u"t"_s}, {u"x"_s, u"t"_s}});
    QCOMPARE(longNames.at(0), QString(32, u's') + u"__t"_s);
    for (const QString &name : longNames)
        QVERIFY(name.size() <= McpChat::kMaxNameLength);
}

void TestMcpChat::toolDefinitionIsOpenAiForm()
{
    const McpTool tool = toolFrom(R"({"name":"echo","title":"Echo Tool",
        "description":"Echoes back the input","inputSchema":{
        "$schema":"http://json-schema.org/draft-07/schema#","type":"object",
        "properties":{"message":{"type":"string"}},"required":["message"]},
        "annotations":{"readOnlyHint":true}})");
    const QJsonObject definition = McpChat::toolDefinition(tool, u"everything__echo"_s);
    QCOMPARE(definition, object(R"({"type":"function","function":{
        "name":"everything__echo","description":"Echo Tool: Echoes back the input",
        "parameters":{"type":"object","properties":{"message":{"type":"string"}},
        "required":["message"]}}})"));
}

void TestMcpChat::resultMessageKeepsTextImagesAndTheErrorFlag()
{
    const McpToolResult result = McpToolResult::fromJson(object(R"({"content":[
        {"type":"text","text":"Here's the image you requested:"},
        {"type":"image","data":"iVBORw0KGgo=","mimeType":"image/png"},
        {"type":"image","data":"AAAA","mimeType":"image/tiff"},
        {"type":"audio","data":"AAAA","mimeType":"audio/wav"},
        {"type":"resource_link","uri":"file:///a.txt","name":"a.txt"},
        {"type":"resource","resource":{"uri":"demo://t","mimeType":"text/plain",
         "text":"embedded text"}},
        {"type":"resource","resource":{"uri":"demo://b","mimeType":"application/zip",
         "blob":"UEsDBA=="}}],"isError":true})"));
    const ChatMessage message = McpChat::resultMessage(u"call_1"_s, result);
    QCOMPARE(message.role, ChatMessage::Role::Tool);
    QCOMPARE(message.toolCallId, u"call_1"_s);
    QVERIFY(message.toolError);
    QCOMPARE(message.toolImages.size(), 1);
    QCOMPARE(message.toolImages.at(0).mimeType, u"image/png"_s);
    QCOMPARE(message.toolImages.at(0).base64, "iVBORw0KGgo="_ba);
    QCOMPARE(message.content.split(u'\n'),
             QStringList({u"Here's the image you requested:"_s,
                          u"[The tool returned an image (image/tiff) that cannot be sent to "
                          u"the model.]"_s,
                          u"[The tool returned audio (audio/wav); it is not sent to the "
                          u"model.]"_s,
                          u"[Resource link: a.txt <file:///a.txt>]"_s, u"embedded text"_s,
                          u"[Embedded resource demo://b (application/zip); its binary "
                          u"content is not sent to the model.]"_s}));
}

void TestMcpChat::structuredContentOnlyWithoutContent()
{
    // server-filesystem repeats an image's base64 in structuredContent: not sent twice.
    const ChatMessage image = McpChat::resultMessage(
        u"c"_s, McpToolResult::fromJson(object(R"({"content":[{"type":"image",
            "data":"iVBORw0KGgo=","mimeType":"image/png"}],"structuredContent":{"content":[
            {"type":"image","data":"iVBORw0KGgo=","mimeType":"image/png"}]}})")));
    QVERIFY(image.content.isEmpty());
    QCOMPARE(image.toolImages.size(), 1);
    // With no content at all, the structured result is the text.
    const ChatMessage structured = McpChat::resultMessage(
        u"c"_s, McpToolResult::fromJson(object(R"({"structuredContent":{"t":33}})")));
    QCOMPARE(structured.content, u"{\"t\":33}"_s);
}

void TestMcpChat::resultMessageIsCapped()
{
    const McpToolResult result =
        McpToolResult::fromJson(QJsonObject{{"content"_L1, QJsonArray{QJsonObject{
                                                               {"type"_L1, "text"_L1},
                                                               {"text"_L1, QString(500, u'a')},
                                                           }}}});
    const ChatMessage message = McpChat::resultMessage(u"c"_s, result, 100);
    QVERIFY(message.content.startsWith(QString(100, u'a') + u'\n'));
    QVERIFY(message.content.contains(u"the first 100 of 500 characters"_s));
    // Images too large for a model become a note.
    const QString big(McpChat::kMaxImageBase64 + 4, u'A');
    const ChatMessage tooBig = McpChat::resultMessage(
        u"c"_s, McpToolResult::fromJson(QJsonObject{
                    {"content"_L1, QJsonArray{QJsonObject{{"type"_L1, "image"_L1},
                                                          {"mimeType"_L1, "image/png"_L1},
                                                          {"data"_L1, big}}}}}));
    QVERIFY(tooBig.toolImages.isEmpty());
    QVERIFY(tooBig.content.contains(u"cannot be sent"_s));
}

void TestMcpChat::errorMessageIsAnError()
{
    const ChatMessage message = McpChat::errorMessage(u"c"_s, u"Denied."_s);
    QCOMPARE(message.role, ChatMessage::Role::Tool);
    QVERIFY(message.toolError);
    QCOMPARE(message.content, u"Denied."_s);
}

QTEST_GUILESS_MAIN(TestMcpChat)
#include "tst_mcpchat.moc"

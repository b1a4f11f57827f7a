// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// ChatStream against a loopback server: fixtures streamed, the request sent, Stop and destruction.

#include "chatstreamtesting.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChatStreamTesting;

namespace {
/** The number of non-empty `delta.content` strings of an OpenAI-style fixture. */
int contentDeltaCount(const QJsonObject &expected)
{
    int count = 0;
    for (const auto &value : expected["sse_events"_L1]["events"_L1].toArray()) {
        const QJsonObject chunk =
            QJsonDocument::fromJson(value.toObject()["data"_L1].toString().toUtf8()).object();
        const QJsonValue content = chunk["choices"_L1][0]["delta"_L1]["content"_L1];
        if (content.isString() && !content.toString().isEmpty())
            ++count;
    }
    return count;
}

Usage nativeUsage(const QJsonValue &native)
{
    Usage u;
    if (!native.isObject())
        return u;
    const auto number = [](const QJsonValue &v) { return v.isDouble() ? v.toInteger() : -1; };
    u.promptTokens = number(native["prompt_tokens"_L1]);
    u.completionTokens = number(native["completion_tokens"_L1]);
    u.totalTokens = number(native["total_tokens"_L1]);
    u.reasoningTokens = number(native["completion_tokens_details"_L1]["reasoning_tokens"_L1]);
    u.cachedTokens = number(native["prompt_tokens_details"_L1]["cached_tokens"_L1]);
    return u;
}
} // namespace

class TestChatStream : public ChatStreamFixture
{
    Q_OBJECT

private Q_SLOTS:
    void streamsFixtures_data();
    void streamsFixtures();
    void sendsTheRequest();
    void abortAfterFirstDelta();
    void abortFromDeltaSlot();
    void abortBeforeResponse();
    void destructorAborts();
};

void TestChatStream::streamsFixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QStringList cases = Fixtures::listCases(kDataDir, u"openai"_s, {Fixtures::Format::Sse});
    cases += Fixtures::listCases(kDataDir, u"deepseek"_s, {Fixtures::Format::Sse});
    QVERIFY(cases.size() >= 9);
    for (const QString &id : cases)
        QTest::newRow(qPrintable(id)) << id;
}

void TestChatStream::streamsFixtures()
{
    QFETCH(QString, caseId);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject intended = c.intended();

    LoopbackServer server;
    QVERIFY(server.isListening());
    Response response = Response::fromFixtureFile(c.transcriptPath, u"events");
    response.delaysMs.clear();
    response.delayMs = 10;
    const qsizetype pieces = response.pieces.size();
    QVERIFY(pieces > 5);
    server.enqueue(response);

    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    qint64 piecesAtFirstDelta = -1;
    const auto firstDelta = [&] {
        if (piecesAtFirstDelta < 0)
            piecesAtFirstDelta = server.piecesSent();
    };
    connect(stream, &ChatStream::textReceived, this, firstDelta);
    connect(stream, &ChatStream::reasoningReceived, this, firstDelta);
    connect(stream, &ChatStream::refusalReceived, this, firstDelta);
    connect(stream, &ChatStream::toolCallReceived, this, firstDelta);
    stream->start();
    QVERIFY(stream->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(spies.finished.count(), 1, 10000);
    QTRY_COMPARE(server.piecesSent(), pieces);
    QCOMPARE(spies.finished.count(), 1);
    QVERIFY(!stream->isRunning());

    // Deltas arrived one by one while the server was still sending, in order.
    QVERIFY2(
        piecesAtFirstDelta >= 0 && piecesAtFirstDelta < pieces,
        qPrintable(u"first delta after %1 of %2 pieces"_s.arg(piecesAtFirstDelta).arg(pieces)));
    QCOMPARE(spies.text.count(), contentDeltaCount(c.expected));
    QCOMPARE(spies.joined(spies.text), intended["text"_L1].toString());
    QCOMPARE(spies.joined(spies.reasoning), intended["reasoning"_L1].toString());
    QCOMPARE(spies.joined(spies.refusal), intended["refusal"_L1].toString());

    const StreamResult result = spies.finishedResult();
    QCOMPARE(result.text, intended["text"_L1].toString());
    QCOMPARE(stream->result().text, result.text);
    QCOMPARE(result.reasoning, intended["reasoning"_L1].toString());
    QCOMPARE(result.providerFinishReason, intended["finish_reason"_L1].toString());
    const Usage usage = nativeUsage(intended["usage"_L1]);
    QCOMPARE(result.usage.promptTokens, usage.promptTokens);
    QCOMPARE(result.usage.completionTokens, usage.completionTokens);
    QCOMPARE(result.usage.totalTokens, usage.totalTokens);
    QCOMPARE(result.usage.reasoningTokens, usage.reasoningTokens);
    if (usage.isValid())
        QVERIFY(!spies.usage.isEmpty());

    const QJsonArray calls = intended["tool_calls"_L1].toArray();
    QCOMPARE(result.toolCalls.size(), calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(result.toolCalls.at(i).id, calls.at(i)["id"_L1].toString());
        QCOMPARE(result.toolCalls.at(i).name, calls.at(i)["name"_L1].toString());
        QCOMPARE(QJsonDocument::fromJson(result.toolCalls.at(i).arguments.toUtf8()).object(),
                 calls.at(i)["arguments"_L1].toObject());
    }

    const QJsonObject error = intended["error"_L1].toObject();
    QCOMPARE(result.completed(), error.isEmpty());
    if (error.isEmpty()) {
        QCOMPARE(spies.finishReason.count(), 1);
        QVERIFY(result.finishReason != FinishReason::None);
    } else {
        QCOMPARE(result.error.kind, ErrorKind::Server);
        QCOMPARE(result.error.message, error["message"_L1].toString());
    }
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(spies.retrying.count(), 0);
    QVERIFY(result.timeToFirstTokenMs >= 0);
    QVERIFY(result.durationMs >= result.timeToFirstTokenMs);

    const qsizetype signalsBefore = spies.total();
    delete stream; // must not emit anything more
    QCOMPARE(spies.total(), signalsBefore);
}

void TestChatStream::sendsTheRequest()
{
    LoopbackServer server;
    server.enqueue(Response::fromFixtureFile(fixturePath(u"openai/basic-text.sse"_s)));
    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    stream->start();
    QTRY_COMPARE(spies.finished.count(), 1);
    QVERIFY(spies.finishedResult().completed());

    QCOMPARE(server.requestCount(), 1);
    const LoopbackServer::Request &request = server.requests().first();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.target, "/v1/chat/completions"_ba);
    QCOMPARE(request.header("authorization"), QByteArray("Bearer " + kApiKey.toLatin1()));
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QCOMPARE(request.header("accept"), "text/event-stream"_ba);
    QCOMPARE(request.header("content-length").toInt(), request.body.size());
    QVERIFY(!request.target.contains(kApiKey.toLatin1()));

    const QJsonObject body = request.json();
    QCOMPARE(body["model"_L1].toString(), u"gpt-4o-mini"_s);
    QCOMPARE(body["stream"_L1].toBool(), true);
    QCOMPARE(body["stream_options"_L1]["include_usage"_L1].toBool(), true);
    const QJsonArray messages = body["messages"_L1].toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0)["role"_L1].toString(), u"user"_s);
    QCOMPARE(messages.at(0)["content"_L1].toString(), u"Hello"_s);
    QVERIFY(!request.body.contains(kApiKey.toLatin1()));
}

void TestChatStream::abortAfterFirstDelta()
{
    LoopbackServer server;
    QByteArrayList events{kRoleChunk};
    for (int i = 0; i < 200; ++i)
        events.append(contentChunk(QByteArray("w" + QByteArray::number(i) + ' ')));
    events.append(kStopChunk);
    events.append("[DONE]"_ba);
    server.enqueue(Response::sse(events, 15));

    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    stream->start();
    QTRY_VERIFY(spies.text.count() >= 1);
    stream->abort();
    const qsizetype signalsAtAbort = spies.total();
    const QString shown = spies.joined(spies.text);
    QVERIFY(!stream->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(server.disconnectCount() > 0, 1000);
    const qint64 piecesAtDisconnect = server.piecesSent();
    QVERIFY(piecesAtDisconnect < events.size());
    // Absence can only be shown by waiting: the server would have sent ~13 more events by now.
    QTest::qWait(200);
    QCOMPARE(spies.total(), signalsAtAbort);
    QCOMPARE(spies.finished.count(), 0);
    QCOMPARE(server.piecesSent(), piecesAtDisconnect);

    const StreamResult &result = stream->result();
    QCOMPARE(result.error.kind, ErrorKind::Cancelled);
    QVERIFY(!result.completed());
    QVERIFY(!result.text.isEmpty());
    QCOMPARE(result.text, shown);
    QVERIFY(result.text.startsWith(u"w0 "_s));
    QCOMPARE(server.requestCount(), 1);
}

void TestChatStream::abortFromDeltaSlot()
{
    // Many events arrive in one read; Stop pressed on the first delta must silence the rest.
    LoopbackServer server;
    QByteArrayList events{kRoleChunk,
                          contentChunk("first"),
                          contentChunk(" second"),
                          contentChunk(" third"),
                          kStopChunk,
                          "[DONE]"_ba};
    QByteArray body;
    for (const QByteArray &event : events)
        body += "data: " + event + "\n\n";
    Response response = Response::stream({body}, "text/event-stream"_ba);
    response.end = Response::End::Stall; // keep the connection open: the abort must close it
    server.enqueue(response);

    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    connect(stream, &ChatStream::textReceived, stream, [stream] { stream->abort(); });
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnectCount() > 0, 2000);
    QCOMPARE(spies.text.count(), 1);
    QCOMPARE(spies.finishReason.count(), 0);
    QCOMPARE(spies.finished.count(), 0);
    QCOMPARE(stream->result().error.kind, ErrorKind::Cancelled);
    QCOMPARE(stream->result().text, u"first"_s);
}

void TestChatStream::abortBeforeResponse()
{
    LoopbackServer server;
    Response response = Response::sse({kRoleChunk, contentChunk("late"), kStopChunk, "[DONE]"});
    response.headDelayMs = 10000;
    server.enqueue(response);
    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    stream->start();
    QTRY_COMPARE(server.requestCount(), 1);
    stream->abort();
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnectCount() > 0, 1000);
    QCOMPARE(spies.total(), 0);
    QCOMPARE(stream->result().error.kind, ErrorKind::Cancelled);
    QVERIFY(stream->result().text.isEmpty());
    stream->abort(); // a second abort is harmless
    QCOMPARE(spies.total(), 0);
}

void TestChatStream::destructorAborts()
{
    LoopbackServer server;
    Response response = Response::sse({kRoleChunk, contentChunk("one")});
    response.end = Response::End::Stall;
    server.enqueue(response);
    ChatStream *stream = makeStream(server);
    Spies spies(stream);
    stream->start();
    QTRY_COMPARE(spies.text.count(), 1);
    delete stream;
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnectCount() > 0, 1000);
    QCOMPARE(spies.finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"

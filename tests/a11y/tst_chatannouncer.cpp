// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ChatAnnouncer: one message when an answer starts, finishes, fails or is stopped, every time.
#include "chatannouncer.h"
#include "chatcontroller.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray chunk(const QJsonObject &delta, const QJsonValue &finish)
{
    const QJsonObject choice{{"index"_L1, 0}, {"delta"_L1, delta}, {"finish_reason"_L1, finish}};
    return QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

LoopbackServer::Response answer(int pieces, int delayMs, const QString &finish = u"stop"_s)
{
    QByteArrayList events;
    for (int i = 0; i < pieces; ++i)
        events.append(chunk(QJsonObject{{"content"_L1, u"word%1 "_s.arg(i)}}, QJsonValue()));
    events.append(chunk(QJsonObject{}, finish));
    events.append("[DONE]"_ba);
    return LoopbackServer::Response::sse(events, delayMs);
}
} // namespace

class TestChatAnnouncer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void finishedEveryTime();
    void lengthLimitIsSaid();
    void failedSaysWhy();
    void stoppedIsSaid();

private:
    /** Sends a question and waits until its answer has ended. */
    void ask(QSignalSpy &spy, int expected);

    LoopbackServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ChatController *m_chat = nullptr;
    ChatAnnouncer *m_announcer = nullptr;
};

void TestChatAnnouncer::init()
{
    m_server = new LoopbackServer(this);
    m_network = NetworkAccess::createManager(this);
    m_chat = new ChatController(m_network, this);
    ChatTarget target;
    target.wire = std::make_shared<OpenAiWire>();
    target.endpoint.baseUrl = m_server->url(u"/v1");
    target.model = u"announce-model"_s;
    target.limits.maxRetries = 0;
    m_chat->setTarget(target);
    m_announcer = new ChatAnnouncer(this);
    m_announcer->setChat(m_chat);
}

void TestChatAnnouncer::cleanup()
{
    delete m_announcer;
    delete m_chat;
    delete m_server;
    m_announcer = nullptr;
    m_chat = nullptr;
    m_server = nullptr;
}

void TestChatAnnouncer::ask(QSignalSpy &spy, int expected)
{
    QVERIFY(m_chat->send(u"Question"_s));
    QTRY_COMPARE(spy.size(), expected);
    QVERIFY(!m_chat->isBusy());
}

void TestChatAnnouncer::finishedEveryTime()
{
    QSignalSpy spy(m_announcer, &ChatAnnouncer::announced);
    m_server->enqueue(answer(3, 1));
    ask(spy, 2);
    QCOMPARE(spy.at(0).at(0).toString(), u"Answer started"_s);
    QCOMPARE(spy.at(1).at(0).toString(), u"Answer finished"_s);
    // The second answer is said too (the old alert changed its text once, then never again).
    m_server->enqueue(answer(2, 1));
    ask(spy, 4);
    QCOMPARE(spy.at(2).at(0).toString(), u"Answer started"_s);
    QCOMPARE(spy.at(3).at(0).toString(), u"Answer finished"_s);
}

void TestChatAnnouncer::lengthLimitIsSaid()
{
    QSignalSpy spy(m_announcer, &ChatAnnouncer::announced);
    m_server->enqueue(answer(2, 1, u"length"_s));
    ask(spy, 2);
    QCOMPARE(spy.at(1).at(0).toString(),
             u"Answer finished. The answer reached the length limit."_s);
}

void TestChatAnnouncer::failedSaysWhy()
{
    QSignalSpy spy(m_announcer, &ChatAnnouncer::announced);
    m_server->enqueue(LoopbackServer::Response::full(
        401, R"({"error":{"message":"Incorrect API key provided.","code":"invalid_api_key"}})"_ba));
    ask(spy, 2);
    QCOMPARE(spy.at(1).at(0).toString(),
             u"Answer failed: The provider did not accept the API key. Check the key in "
             "Settings."_s);
}

void TestChatAnnouncer::stoppedIsSaid()
{
    QSignalSpy spy(m_announcer, &ChatAnnouncer::announced);
    m_server->enqueue(answer(200, 20));
    QVERIFY(m_chat->send(u"Question"_s));
    QTRY_COMPARE(spy.size(), 1);
    QTRY_VERIFY(m_server->piecesSent() > 2);
    m_chat->stop();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), u"Answer stopped"_s);
}

QTEST_MAIN(TestChatAnnouncer)
#include "tst_chatannouncer.moc"

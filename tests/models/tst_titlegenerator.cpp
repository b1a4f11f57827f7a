// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationstore.h"
#include "networkaccess.h"
#include "openaiwire.h"
#include "sseanswer.h"
#include "titlegenerator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTitleGenerator : public QObject
{
    Q_OBJECT

private:
    LoopbackServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    TitleGenerator *m_titles = nullptr;

    ChatTarget target() const
    {
        ChatTarget t;
        t.wire = std::make_shared<OpenAiWire>();
        t.endpoint.baseUrl = m_server->url(u"/v1");
        t.model = u"cheap-model"_s;
        t.limits.maxRetries = 0;
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackServer(this);
        m_network = NetworkAccess::createManager(this);
        m_titles = new TitleGenerator(m_network, this);
    }

    void cleanup()
    {
        delete m_titles;
        delete m_network;
        delete m_server;
    }

    void fallbackTitle_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("title");
        QTest::newRow("short") << u"Hello there"_s << u"Hello there"_s;
        QTest::newRow("six words")
            << u"one two three four five six"_s << u"one two three four five six"_s;
        QTest::newRow("long") << u"How do I make\n  sourdough bread at home with rye?"_s
                              << u"How do I make sourdough bread…"_s;
        QTest::newRow("markdown") << u"## Explain `std::move` please"_s
                                  << u"Explain `std::move` please"_s;
        QTest::newRow("one long word") << u"x"_s.repeated(100) << u"x"_s.repeated(59) + u"…"_s;
        QTest::newRow("blank") << u" \n "_s << QString();
    }

    void fallbackTitle()
    {
        QFETCH(QString, question);
        QFETCH(QString, title);
        QCOMPARE(Titles::fallbackTitle(question), title);
    }

    void cleanGenerated_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("title");
        QTest::newRow("plain") << u"Sourdough basics"_s << u"Sourdough basics"_s;
        QTest::newRow("quoted, dot") << u"\"Sourdough basics.\""_s << u"Sourdough basics"_s;
        QTest::newRow("label") << u"Title: **Rye bread**"_s << u"Rye bread"_s;
        QTest::newRow("lines") << u"\n\nBaking at home\nSecond line"_s << u"Baking at home"_s;
        QTest::newRow("think") << u"<think>The user asks…\nhmm</think>\n« Pain au levain »"_s
                               << u"Pain au levain"_s;
        QTest::newRow("heading") << u"# Quantum tunnelling"_s << u"Quantum tunnelling"_s;
        QTest::newRow("empty") << u"\"\""_s << QString();
    }

    void cleanGenerated()
    {
        QFETCH(QString, answer);
        QFETCH(QString, title);
        QCOMPARE(Titles::cleanGenerated(answer), title);
    }

    void asksTheModel()
    {
        m_server->enqueue(SseAnswer::words({u"\"Sourdough"_s, u" bread basics\""_s}, 1));
        QSignalSpy ready(m_titles, &TitleGenerator::titleReady);
        QSignalSpy failed(m_titles, &TitleGenerator::titleFailed);
        m_titles->generate(42, target(), u"How do I bake sourdough?"_s, u"Feed the starter."_s);
        QVERIFY(m_titles->isPending(42));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ready.at(0).at(0).toLongLong(), 42);
        QCOMPARE(ready.at(0).at(1).toString(), u"Sourdough bread basics"_s);
        QVERIFY(!m_titles->isPending(42));

        const QJsonObject body = m_server->requests().at(0).json();
        QCOMPARE(body.value("model"_L1).toString(), u"cheap-model"_s);
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.first().toObject().value("role"_L1).toString(), u"system"_s);
        const QString user = messages.last().toObject().value("content"_L1).toString();
        QVERIFY(user.contains(u"How do I bake sourdough?"_s));
        QVERIFY(user.contains(u"Feed the starter."_s));
    }

    void reportsFailures()
    {
        m_server->enqueue(LoopbackServer::Response::full(
            401,
            R"({"error":{"message":"Incorrect API key provided.","code":"invalid_api_key"}})"));
        m_server->enqueue(SseAnswer::words({u"  "_s}, 1));
        QSignalSpy ready(m_titles, &TitleGenerator::titleReady);
        QSignalSpy failed(m_titles, &TitleGenerator::titleFailed);
        m_titles->generate(1, target(), u"Q"_s, u"A"_s);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<StreamError>().kind, ErrorKind::Auth);
        m_titles->generate(2, target(), u"Q"_s, u"A"_s);
        QTRY_COMPARE(failed.count(), 2); // a blank answer is no title
        QCOMPARE(failed.at(1).at(0).toLongLong(), 2);
        m_titles->generate(3, ChatTarget(), u"Q"_s, u"A"_s); // nothing configured
        QCOMPARE(failed.count(), 3);
        QCOMPARE(ready.count(), 0);
    }

    void storesOnlyOverGeneratedTitles()
    {
        QTemporaryDir dir;
        ConversationStore store;
        QVERIFY(store.open(dir.filePath(u"t.sqlite"_s)));
        m_titles->setStore(&store);
        ConversationInfo info;
        info.title = Titles::fallbackTitle(u"How do I bake sourdough bread at home?"_s);
        info.titleIsGenerated = true;
        const qint64 generated = store.createConversation(info);
        info.title = u"My own title"_s;
        info.titleIsGenerated = false;
        const qint64 typed = store.createConversation(info);

        m_server->enqueue(SseAnswer::words({u"Home sourdough"_s}, 1));
        m_server->enqueue(SseAnswer::words({u"Other title"_s}, 1));
        QSignalSpy ready(m_titles, &TitleGenerator::titleReady);
        m_titles->generate(generated, target(), u"Q"_s, u"A"_s);
        QTRY_COMPARE(ready.count(), 1);
        m_titles->generate(typed, target(), u"Q"_s, u"A"_s);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(store.conversationInfo(generated)->title, u"Home sourdough"_s);
        QVERIFY(store.conversationInfo(generated)->titleIsGenerated);
        QCOMPARE(store.conversationInfo(typed)->title, u"My own title"_s);
    }

    void cancelSilences()
    {
        LoopbackServer::Response slow = SseAnswer::words({u"Late"_s}, 300);
        m_server->enqueue(slow);
        QSignalSpy ready(m_titles, &TitleGenerator::titleReady);
        QSignalSpy failed(m_titles, &TitleGenerator::titleFailed);
        m_titles->generate(9, target(), u"Q"_s, u"A"_s);
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_titles->cancel(9);
        QVERIFY(!m_titles->isPending(9));
        QTRY_VERIFY(m_server->disconnectCount() > 0);
        QCOMPARE(ready.count() + failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTitleGenerator)
#include "tst_titlegenerator.moc"

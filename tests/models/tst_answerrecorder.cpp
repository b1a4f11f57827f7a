// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "answerrecorder.h"
#include "chatstream.h"
#include "networkaccess.h"
#include "openaiwire.h"
#include "sseanswer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAnswerRecorder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ConversationStore *m_store = nullptr;
    Message m_answer;
    int m_serial = 0;

    QString storedText() const { return m_store->message(m_answer.id)->text; }
    Message stored() const { return *m_store->message(m_answer.id); }

private Q_SLOTS:
    void init()
    {
        m_store = new ConversationStore(this);
        QVERIFY(m_store->open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_serial))));
        const qint64 conversation = m_store->createConversation({});
        Message question;
        question.conversationId = conversation;
        question.text = u"Q"_s;
        const qint64 questionId = m_store->appendMessage(question);
        m_answer = {};
        m_answer.conversationId = conversation;
        m_answer.parentId = questionId;
        m_answer.author = Message::Author::Assistant;
        m_answer.state = Message::State::Streaming;
        m_answer.id = m_store->appendMessage(m_answer);
    }

    void cleanup() { delete m_store; }

    void checkpointsWithinTheInterval()
    {
        AnswerRecorder recorder(m_store, m_answer);
        QSignalSpy storedSpy(m_store, &ConversationStore::messageStored);
        QElapsedTimer clock;
        clock.start();
        recorder.appendText(u"Hello"_s);
        recorder.appendText(u", world"_s);
        QCOMPARE(storedText(), QString()); // not written per delta
        QTRY_COMPARE_WITH_TIMEOUT(storedText(), u"Hello, world"_s, 1000);
        QVERIFY(clock.elapsed() <= 500);
        QCOMPARE(storedSpy.count(), 1);
        QCOMPARE(recorder.checkpoints(), 1);
        QCOMPARE(stored().state, Message::State::Streaming);
        QCOMPARE(stored().parentId, m_answer.parentId);

        // A steady stream of deltas is written a few times a second, not per delta.
        QTimer feeder;
        int fed = 0;
        QList<qint64> writes;
        QObject scope; // ends the connection before writes goes out of scope
        connect(m_store, &ConversationStore::messageStored, &scope,
                [&] { writes.append(clock.elapsed()); });
        connect(&feeder, &QTimer::timeout, this, [&] {
            recorder.appendText(u"x"_s);
            ++fed;
        });
        clock.restart();
        feeder.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(fed >= 120, 10000);
        feeder.stop();
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(writes.size() >= 2 &&
                     writes.size() <= elapsed / (AnswerRecorder::kCheckpointIntervalMs - 20) + 1,
                 qPrintable(u"%1 writes in %2 ms"_s.arg(writes.size()).arg(elapsed)));
        for (qsizetype i = 1; i < writes.size(); ++i)
            QVERIFY(writes.at(i) - writes.at(i - 1) >= AnswerRecorder::kCheckpointIntervalMs - 20);
        recorder.flush();
        QCOMPARE(storedText(), u"Hello, world"_s + u"x"_s.repeated(fed));
    }

    void finishWritesAtOnce()
    {
        AnswerRecorder recorder(m_store, m_answer);
        QSignalSpy finished(&recorder, &AnswerRecorder::finished);
        recorder.appendText(u"Done"_s);
        recorder.appendReasoning(u"Because"_s);
        StreamResult result;
        result.text = u"Done"_s;
        result.finishReason = FinishReason::Stop;
        result.providerFinishReason = u"stop"_s;
        result.usage.promptTokens = 11;
        result.usage.completionTokens = 22;
        result.reasoningSignature = u"sig"_s;
        result.timeToFirstTokenMs = 33;
        result.durationMs = 44;
        recorder.finish(result);
        QCOMPARE(finished.count(), 1);
        const Message m = stored(); // no event loop turn needed
        QCOMPARE(m.text, u"Done"_s);
        QCOMPARE(m.reasoning, u"Because"_s);
        QCOMPARE(m.state, Message::State::Complete);
        QCOMPARE(m.finishReason, Finish::Reason::Stop);
        QCOMPARE(m.providerFinishReason, u"stop"_s);
        QCOMPARE(m.promptTokens, 11);
        QCOMPARE(m.completionTokens, 22);
        QCOMPARE(m.reasoningSignature, u"sig"_s);
        QCOMPARE(m.timeToFirstTokenMs, 33);
        QCOMPARE(m.durationMs, 44);
        // Late deltas after the end are ignored.
        recorder.appendText(u"late"_s);
        recorder.flush();
        QCOMPARE(storedText(), u"Done"_s);
    }

    void errorsAndStopsAreState()
    {
        {
            AnswerRecorder recorder(m_store, m_answer);
            recorder.appendText(u"Partial"_s);
            StreamResult result;
            result.error.kind = ErrorKind::Network;
            result.error.message = u"Connection reset"_s;
            // A provider value Confab maps to an error, not to a finish reason, is still kept.
            result.providerFinishReason = u"insufficient_system_resource"_s;
            recorder.finish(result);
            QCOMPARE(stored().state, Message::State::Failed);
            QCOMPARE(stored().errorKind, Failure::Kind::Network);
            QCOMPARE(stored().errorMessage, u"Connection reset"_s);
            QCOMPARE(stored().finishReason, Finish::Reason::None);
            QCOMPARE(stored().providerFinishReason, u"insufficient_system_resource"_s);
            QCOMPARE(stored().text, u"Partial"_s); // the error is not spliced into the text
        }
        {
            AnswerRecorder recorder(m_store, m_answer);
            StreamResult result;
            result.error.kind = ErrorKind::Cancelled;
            recorder.finish(result);
            QCOMPARE(stored().state, Message::State::Stopped);
        }
        {
            AnswerRecorder recorder(m_store, m_answer);
            recorder.appendText(u"Stopped here"_s);
            recorder.stop();
            QCOMPARE(stored().state, Message::State::Stopped);
            QCOMPARE(stored().text, u"Stopped here"_s);
        }
        {
            AnswerRecorder recorder(m_store, m_answer);
            recorder.appendText(u"At quit"_s);
            recorder.interrupt();
            QCOMPARE(stored().state, Message::State::Interrupted);
            QCOMPARE(stored().text, u"At quit"_s);
        }
        {
            auto *recorder = new AnswerRecorder(m_store, m_answer);
            recorder->appendText(u"Unsaved when destroyed"_s);
            delete recorder;
            QCOMPARE(stored().state, Message::State::Interrupted);
            QCOMPARE(stored().text, u"Unsaved when destroyed"_s);
        }
    }

    void accumulatesToolCalls()
    {
        AnswerRecorder recorder(m_store, m_answer);
        recorder.addToolCall({0, u"call_1"_s, u"get_weather"_s, u"{\"ci"_s});
        recorder.addToolCall({1, u"call_2"_s, u"get_time"_s, u"{}"_s});
        recorder.addToolCall({0, {}, {}, u"ty\":\"Oslo\"}"_s});
        recorder.flush();
        const QList<ToolCall> calls = stored().toolCalls;
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).id, u"call_1"_s);
        QCOMPARE(calls.at(0).name, u"get_weather"_s);
        QCOMPARE(calls.at(0).arguments, u"{\"city\":\"Oslo\"}"_s);
        QCOMPARE(calls.at(1).name, u"get_time"_s);
    }

    void recordsAChatStream()
    {
        LoopbackServer server;
        server.enqueue(SseAnswer::words(SseAnswer::numbered(30), 5));
        QNetworkAccessManager *network = NetworkAccess::createManager(this);
        ChatRequest request;
        request.model = u"m"_s;
        request.messages.append({ChatMessage::Role::User, u"Q"_s, {}, {}, {}, {}});
        StreamLimits limits;
        limits.maxRetries = 0;
        ChatStream stream(network, std::make_shared<OpenAiWire>(),
                          ProviderEndpoint{server.url(u"/v1"), u"sk"_s, {}}, request, limits);
        AnswerRecorder recorder(m_store, m_answer);
        recorder.attach(&stream);
        QSignalSpy finished(&recorder, &AnswerRecorder::finished);
        stream.start();
        QTRY_COMPARE(finished.count(), 1);
        const Message m = stored();
        QCOMPARE(m.text, SseAnswer::numbered(30).join(QString()));
        QCOMPARE(m.state, Message::State::Complete);
        QCOMPARE(m.finishReason, Finish::Reason::Stop);
        QCOMPARE(m.promptTokens, 7);
        QCOMPARE(m.completionTokens, 3);
        QVERIFY(m.durationMs >= 0);
        delete network;
    }
};

QTEST_GUILESS_MAIN(TestAnswerRecorder)
#include "tst_answerrecorder.moc"

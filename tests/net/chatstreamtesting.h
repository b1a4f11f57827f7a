// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tst_chatstream* tests: fixtures, SSE chunks, signal spies, a per-test stream maker.

#include "chatstream.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ChatStreamTesting {
using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

/**
 * Base of the ChatStream test classes: a network manager per test function, and OpenAI streams
 * against a loopback server, owned by an object that goes before the manager at cleanup().
 * (It comes before the raw strings below: moc 6.4 loses track of scopes after them.)
 */
class ChatStreamFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

protected:
    ChatStream *makeStream(const LoopbackServer &server, StreamLimits limits = {});

    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
};

inline const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
inline const QString kApiKey = u"sk-test-0123456789abcdef"_s;

inline QString fixturePath(const QString &caseFile)
{
    return kDataDir + u'/' + caseFile;
}

/** A chunk with one content delta, as an SSE data payload. */
inline QByteArray contentChunk(QByteArrayView text)
{
    return R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":")" +
           text.toByteArray() + R"("},"finish_reason":null}]})";
}

inline const QByteArray kRoleChunk =
    R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})"_ba;
inline const QByteArray kStopChunk =
    R"({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"_ba;

/** Every signal of a stream. */
struct Spies
{
    explicit Spies(ChatStream *stream)
        : text(stream, &ChatStream::textReceived)
        , reasoning(stream, &ChatStream::reasoningReceived)
        , refusal(stream, &ChatStream::refusalReceived)
        , toolCall(stream, &ChatStream::toolCallReceived)
        , usage(stream, &ChatStream::usageReceived)
        , finishReason(stream, &ChatStream::finishReasonReceived)
        , retrying(stream, &ChatStream::retrying)
        , finished(stream, &ChatStream::finished)
    {}

    qsizetype total() const
    {
        return text.count() + reasoning.count() + refusal.count() + toolCall.count() +
               usage.count() + finishReason.count() + retrying.count() + finished.count();
    }

    QString joined(const QSignalSpy &spy) const
    {
        QString out;
        for (const QList<QVariant> &args : spy)
            out += args.at(0).toString();
        return out;
    }

    StreamResult finishedResult() const
    {
        return finished.isEmpty() ? StreamResult() : finished.first().at(0).value<StreamResult>();
    }

    QSignalSpy text;
    QSignalSpy reasoning;
    QSignalSpy refusal;
    QSignalSpy toolCall;
    QSignalSpy usage;
    QSignalSpy finishReason;
    QSignalSpy retrying;
    QSignalSpy finished;
};

inline void ChatStreamFixture::init()
{
    m_owner = std::make_unique<QObject>();
    m_network = NetworkAccess::createManager(m_owner.get());
}

inline void ChatStreamFixture::cleanup()
{
    m_owner.reset(); // streams first (they are created after the manager), then the manager
    m_network = nullptr;
}

inline ChatStream *ChatStreamFixture::makeStream(const LoopbackServer &server, StreamLimits limits)
{
    ProviderEndpoint endpoint{server.url(u"/v1"), kApiKey, {}};
    ChatRequest request;
    request.model = u"gpt-4o-mini"_s;
    request.messages = {ChatMessage{ChatMessage::Role::User, u"Hello"_s, {}, {}, {}, {}}};
    return new ChatStream(m_network, std::make_shared<OpenAiWire>(), endpoint, request, limits,
                          m_owner.get());
}

} // namespace ChatStreamTesting

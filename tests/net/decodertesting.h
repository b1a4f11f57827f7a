// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fixture-driven decoder tests: run a decoder under a chunking (on its fast path
// and without it, which must agree), summarise the outcome, compare it with a fixture's
// `intended` result.

#include "fixtures.h"
#include "streamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace DecoderTesting {

/** Everything a decoder run produced. */
struct Outcome
{
    StreamResult result;
    StreamError error;
    bool done = false;
    bool sawFinish = false;
    qint64 eventsAfterError = 0;
};

/** Counts sink calls that arrive once the decoder reports an error. */
class ErrorWatch : public StreamSink
{
public:
    const StreamDecoder *decoder = nullptr;
    qint64 late = 0;
    void onText(const QString &) override { check(); }
    void onReasoning(const QString &) override { check(); }
    void onRefusal(const QString &) override { check(); }
    void onReasoningSignature(const QString &) override { check(); }
    void onToolCall(const ToolCallDelta &) override { check(); }
    void onUsage(const Usage &) override { check(); }
    void onFinish(FinishReason, const QString &) override { check(); }

private:
    void check()
    {
        if (decoder && decoder->hasFailed())
            ++late;
    }
};

inline QString usageText(const Usage &u)
{
    using namespace Qt::StringLiterals;
    return u"prompt=%1 completion=%2 total=%3 reasoning=%4 cached=%5"_s.arg(u.promptTokens)
        .arg(u.completionTokens)
        .arg(u.totalTokens)
        .arg(u.reasoningTokens)
        .arg(u.cachedTokens);
}

/** A canonical text of an outcome, to compare chunkings with each other. */
inline QString summary(const Outcome &o)
{
    using namespace Qt::StringLiterals;
    QString s =
        u"text=["_s + o.result.text + u"]\nreasoning=["_s + o.result.reasoning +
        u"]\nsignature=["_s + o.result.reasoningSignature + u"]\nrefusal=["_s + o.result.refusal +
        u"]\nfinish="_s + StreamNames::finishReason(o.result.finishReason) + u'/' +
        o.result.providerFinishReason + u"\nusage="_s + usageText(o.result.usage) + u"\nerror="_s +
        StreamNames::errorKind(o.error.kind) + u'/' + QString::number(o.error.httpStatus) + u'/' +
        o.error.providerType + u'/' + o.error.message + u"\ndone="_s +
        (o.done ? u"yes"_s : u"no"_s) + u"\nlate="_s + QString::number(o.eventsAfterError);
    for (const ToolCall &call : o.result.toolCalls) {
        s += u"\ntool "_s + QString::number(call.index) + u' ' + call.id + u' ' + call.name + u' ' +
             call.arguments;
    }
    return s;
}

/** Feeds @p pieces to a fresh @p Decoder, then ends the stream. */
template<typename Decoder>
Outcome decodeWith(const QByteArrayList &pieces, bool fastPath)
{
    ErrorWatch watch;
    ResultBuilder builder(&watch);
    Decoder decoder(&builder);
    decoder.setFastPath(fastPath);
    watch.decoder = &decoder;
    for (const QByteArray &piece : pieces)
        decoder.feed(piece);
    decoder.endOfStream();
    Outcome out;
    out.result = builder.result();
    out.result.error = decoder.error(); // as ChatStream reports it
    out.error = decoder.error();
    out.done = decoder.isDone();
    out.sawFinish = decoder.sawFinish();
    out.eventsAfterError = watch.late;
    return out;
}

/**
 * decodeWith() on the fast path; fails the test if reading every event with QJsonDocument
 * instead gives anything else (StreamDecoder::setFastPath()).
 */
template<typename Decoder>
Outcome decode(const QByteArrayList &pieces)
{
    const Outcome fast = decodeWith<Decoder>(pieces, true);
    const QString slow = summary(decodeWith<Decoder>(pieces, false));
    if (summary(fast) != slow)
        [&] { QCOMPARE(summary(fast), slow); }();
    return fast;
}

/** The chunkings every hand-written case runs under, all of which must agree. */
inline QList<QByteArrayList> chunkingsOf(const QByteArray &body, Fixtures::Format format)
{
    QList<QByteArrayList> result;
    for (const auto &chunking : Fixtures::standardChunkings(body, format))
        result.append(chunking.second);
    result += Fixtures::everyTwoPieceSplit(body);
    return result;
}

/** Decodes @p body under every chunking; fails the test if any result differs from the whole. */
template<typename Decoder>
Outcome decodeInvariant(const QByteArray &body, Fixtures::Format format)
{
    const Outcome whole = decode<Decoder>({body});
    const QString reference = summary(whole);
    for (const QByteArrayList &pieces : chunkingsOf(body, format)) {
        const QString text = summary(decode<Decoder>(pieces));
        if (text != reference) {
            qWarning() << "chunking with" << pieces.size() << "pieces, first" << pieces.first();
            [&] { QCOMPARE(text, reference); }();
            break;
        }
    }
    return whole;
}

/**
 * How a fixture's intended.error maps to Confab's kind. In-band errors
 * map like HTTP ones; `overloaded_error` and 503/529 are Overloaded.
 */
inline ErrorKind expectedErrorKind(const QJsonObject &error)
{
    using namespace Qt::StringLiterals;
    const QString kind = error["kind"_L1].toString();
    const QString type = error["type"_L1].toString();
    const QString code = error["code"_L1].toString();
    const int status = error["status"_L1].toInt();
    if (kind == "truncated"_L1)
        return ErrorKind::Truncated;
    if (kind == "network"_L1)
        return ErrorKind::Network;
    if (kind == "parse"_L1)
        return ErrorKind::Protocol;
    if (code.contains("context_length"_L1) || type.contains("context_length"_L1))
        return ErrorKind::ContextLength;
    if (type == "overloaded_error"_L1)
        return ErrorKind::Overloaded;
    if (type == "server_error"_L1 || type == "api_error"_L1)
        return ErrorKind::Server;
    switch (status) {
    case 400:
    case 422:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 429:
        return ErrorKind::RateLimit;
    case 503:
    case 529:
        return ErrorKind::Overloaded;
    default:
        return ErrorKind::Server; // an in-band error without status or type (Ollama)
    }
}

/**
 * Compares tool calls with `intended.tool_calls`: count, order by index, id (unless
 * @p compareIds is false, for Gemini's id-less calls), name, arguments as parsed JSON.
 */
inline void compareToolCalls(QList<ToolCall> got, const QJsonArray &calls, bool compareIds)
{
    using namespace Qt::StringLiterals;
    std::stable_sort(got.begin(), got.end(),
                     [](const ToolCall &a, const ToolCall &b) { return a.index < b.index; });
    QCOMPARE(got.size(), calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        if (compareIds)
            QCOMPARE(got.at(i).id, call["id"_L1].toString());
        QCOMPARE(got.at(i).name, call["name"_L1].toString());
        QJsonParseError error;
        const QJsonDocument args = QJsonDocument::fromJson(got.at(i).arguments.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(got.at(i).arguments));
        QVERIFY2(args.isObject(), qPrintable(got.at(i).arguments));
        QCOMPARE(args.object(), call["arguments"_L1].toObject());
    }
}

/** The fixture-independent part of comparing an outcome with `intended`. */
inline void compareWithIntended(const Outcome &o, const QJsonObject &intended, bool compareIds)
{
    using namespace Qt::StringLiterals;
    const StreamResult &r = o.result;
    QCOMPARE(r.text, intended["text"_L1].toString());
    QCOMPARE(r.reasoning, intended["reasoning"_L1].toString());
    QCOMPARE(r.refusal, intended["refusal"_L1].toString());
    QVERIFY(!r.text.contains(QChar::ReplacementCharacter));
    compareToolCalls(r.toolCalls, intended["tool_calls"_L1].toArray(), compareIds);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.providerFinishReason, intended["finish_reason"_L1].toString());

    const QJsonObject error = intended["error"_L1].toObject();
    if (error.isEmpty()) {
        QCOMPARE(StreamNames::errorKind(o.error.kind), QString());
        QVERIFY(o.sawFinish);
        QVERIFY(r.completed());
    } else {
        QCOMPARE(StreamNames::errorKind(o.error.kind),
                 StreamNames::errorKind(expectedErrorKind(error)));
        QCOMPARE(o.error.message, error["message"_L1].toString());
        if (error.contains("status"_L1))
            QCOMPARE(o.error.httpStatus, error["status"_L1].toInt());
        if (error.contains("type"_L1))
            QCOMPARE(o.error.providerType, error["type"_L1].toString());
        QVERIFY(!r.text.contains(o.error.message)); // never spliced into the answer
        QCOMPARE(r.finishReason, FinishReason::None);
    }
    QCOMPARE(o.eventsAfterError, 0);
}

/** Stream fixtures (`.sse` or `.ndjson`) of @p provider. */
inline QStringList streamCases(const QString &dataDir, const QString &provider)
{
    return Fixtures::listCases(dataDir, provider,
                               {Fixtures::Format::Sse, Fixtures::Format::Ndjson});
}

/** One data row per case in @p caseIds whose body is under @p maxBytes (column "caseId"). */
inline void addSplitRows(const QString &dataDir, const QStringList &caseIds, qsizetype maxBytes)
{
    QTest::addColumn<QString>("caseId");
    for (const QString &id : caseIds) {
        if (Fixtures::loadCase(dataDir, id).body().size() < maxBytes)
            QTest::newRow(qPrintable(id)) << id;
    }
}

/** The case's body split at every position in two pieces must decode like the whole body. */
template<typename Decoder>
void checkEveryTwoPieceSplit(const QString &dataDir, const QString &caseId)
{
    using namespace Qt::StringLiterals;
    const Fixtures::Case c = Fixtures::loadCase(dataDir, caseId);
    const Outcome whole = decode<Decoder>({c.body()});
    QCOMPARE(whole.result.text, c.intended()["text"_L1].toString());
    const QString reference = summary(whole);
    for (const QByteArrayList &split : Fixtures::everyTwoPieceSplit(c.body())) {
        const QString s = summary(decode<Decoder>(split));
        if (s != reference) {
            qWarning() << "split at" << split.first().size();
            QCOMPARE(s, reference);
        }
    }
}

} // namespace DecoderTesting

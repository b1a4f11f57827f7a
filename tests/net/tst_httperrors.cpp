// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "fixtures.h"
#include "httperrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);

/** How a fixture's intended error maps to Confab's kind, for `http` errors. */
ErrorKind expectedKind(const QJsonObject &error)
{
    const int status = error["status"_L1].toInt();
    const QString code = error["code"_L1].toString();
    const QString message = error["message"_L1].toString();
    switch (status) {
    case 400:
    case 422:
        if (code.contains("context_length"_L1) || message.contains("context length"_L1))
            return ErrorKind::ContextLength;
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 429:
        return ErrorKind::RateLimit;
    case 500:
    case 502:
        return ErrorKind::Server;
    case 503:
    case 529:
        return ErrorKind::Overloaded;
    default:
        return ErrorKind::Other;
    }
}

/** The wait a response asks for: retry-after-ms, retry-after, or Gemini's RetryInfo. */
double expectedRetryAfter(const Fixtures::HttpMessage &http)
{
    if (const QByteArray ms = http.header("retry-after-ms"); !ms.isEmpty())
        return ms.toDouble() / 1000.0;
    if (const QByteArray s = http.header("retry-after"); !s.isEmpty())
        return s.toDouble();
    const QJsonObject error = QJsonDocument::fromJson(http.body).object()["error"_L1].toObject();
    for (const auto &detail : error["details"_L1].toArray()) {
        const QString delay = detail.toObject()["retryDelay"_L1].toString();
        if (delay.endsWith(u's'))
            return delay.chopped(1).toDouble();
    }
    return -1;
}

void verifyGenericMessage(const StreamError &error, int status)
{
    QVERIFY2(!error.message.contains(u'<'), qPrintable(error.message));
    QVERIFY2(!error.message.contains("nginx"_L1), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY(error.message.size() < 200);
}
} // namespace

class TestHttpErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void nonJsonBodies_data();
    void nonJsonBodies();
    void kindForStatus_data();
    void kindForStatus();
    void errorObjects_data();
    void errorObjects();
    void retryHeaders();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestHttpErrors::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    int count = 0;
    for (const QString &id : Fixtures::listCases(kDataDir, {}, {Fixtures::Format::Http})) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        if (c.http.status < 400)
            continue;
        QTest::newRow(qPrintable(id)) << id;
        ++count;
    }
    QVERIFY(count >= 9);
}

void TestHttpErrors::fixtures()
{
    QFETCH(QString, caseId);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    const QJsonObject intended = c.intended()["error"_L1].toObject();
    QCOMPARE(intended["kind"_L1].toString(), u"http"_s);
    QCOMPARE(intended["status"_L1].toInt(), c.http.status);

    const StreamError error = HttpErrors::fromHttpResponse(
        c.http.status, c.http.body, c.http.header("retry-after-ms"), c.http.header("retry-after"));
    QCOMPARE(StreamNames::errorKind(error.kind), StreamNames::errorKind(expectedKind(intended)));
    QCOMPARE(error.httpStatus, c.http.status);
    if (intended["message"_L1].isString())
        QCOMPARE(error.message, intended["message"_L1].toString());
    else
        verifyGenericMessage(error, c.http.status);
    if (intended["code"_L1].isString())
        QCOMPARE(error.providerType, intended["code"_L1].toString());
    else if (intended["type"_L1].isString())
        QCOMPARE(error.providerType, intended["type"_L1].toString());
    QCOMPARE(error.retryAfterSeconds, expectedRetryAfter(c.http));
}

void TestHttpErrors::nonJsonBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");

    QTest::newRow("nginx 502")
        << 502
        << "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"_ba
        << u"server"_s;
    QTest::newRow("cloudflare 503")
        << 503
        << "<!DOCTYPE html><html><body><script>x()</script>Service Unavailable</body></html>"_ba
        << u"overloaded"_s;
    QTest::newRow("plain text 500") << 500 << "<b>Internal Server Error</b>\n"_ba << u"server"_s;
    QTest::newRow("empty 504") << 504 << QByteArray() << u"server"_s;
    QTest::newRow("truncated json 401") << 401 << R"({"error":{"message":"<oops)"_ba << u"auth"_s;
    QTest::newRow("json array 404") << 404 << R"(["<x>"])"_ba << u"not_found"_s;
    QTest::newRow("html 402") << 402 << "<p>Payment required</p>"_ba << u"other"_s;
}

void TestHttpErrors::nonJsonBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    const StreamError error = HttpErrors::fromHttpResponse(status, body);
    QCOMPARE(StreamNames::errorKind(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    verifyGenericMessage(error, status);
    QCOMPARE(error.retryAfterSeconds, -1.0);
}

void TestHttpErrors::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::newRow("400") << 400 << u"bad_request"_s;
    QTest::newRow("401") << 401 << u"auth"_s;
    QTest::newRow("402") << 402 << u"other"_s;
    QTest::newRow("403") << 403 << u"permission"_s;
    QTest::newRow("404") << 404 << u"not_found"_s;
    QTest::newRow("408") << 408 << u"timeout"_s;
    QTest::newRow("413") << 413 << u"bad_request"_s;
    QTest::newRow("422") << 422 << u"bad_request"_s;
    QTest::newRow("429") << 429 << u"rate_limit"_s;
    QTest::newRow("500") << 500 << u"server"_s;
    QTest::newRow("502") << 502 << u"server"_s;
    QTest::newRow("503") << 503 << u"overloaded"_s;
    QTest::newRow("504") << 504 << u"server"_s;
    QTest::newRow("529") << 529 << u"overloaded"_s;
    QTest::newRow("418") << 418 << u"other"_s;
}

void TestHttpErrors::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(QString, kind);
    QCOMPARE(StreamNames::errorKind(HttpErrors::kindForStatus(status)), kind);
}

void TestHttpErrors::errorObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");

    QTest::newRow("openai in-band server_error")
        << R"({"message":"The server had an error","type":"server_error","param":null,"code":null})"_ba
        << 0 << u"server"_s << 0 << u"server_error"_s << u"The server had an error"_s;
    QTest::newRow("anthropic overloaded in-band")
        << R"({"type":"overloaded_error","message":"Overloaded"})"_ba << 0 << u"overloaded"_s << 0
        << u"overloaded_error"_s << u"Overloaded"_s;
    QTest::newRow("gemini 503 in-band")
        << R"({"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"})"_ba
        << 0 << u"overloaded"_s << 503 << u"UNAVAILABLE"_s
        << u"The model is overloaded. Please try again later."_s;
    QTest::newRow("openrouter numeric code")
        << R"({"code":502,"message":"Upstream error"})"_ba << 0 << u"server"_s << 502 << u"502"_s
        << u"Upstream error"_s;
    QTest::newRow("llama.cpp context")
        << R"({"code":400,"message":"the request exceeds the available context size","type":"exceed_context_size_error","n_prompt_tokens":9000,"n_ctx":8192})"_ba
        << 400 << u"context_length"_s << 400 << u"exceed_context_size_error"_s
        << u"the request exceeds the available context size"_s;
    QTest::newRow("context length only in the message")
        << R"({"message":"This model's maximum context length is 8192 tokens.","type":"invalid_request_error"})"_ba
        << 400 << u"context_length"_s << 400 << u"invalid_request_error"_s
        << u"This model's maximum context length is 8192 tokens."_s;
    QTest::newRow("insufficient_quota keeps its type")
        << R"({"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"})"_ba
        << 429 << u"rate_limit"_s << 429 << u"insufficient_quota"_s
        << u"You exceeded your current quota."_s;
    QTest::newRow("deepseek 402")
        << R"({"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"})"_ba
        << 402 << u"other"_s << 402 << u"invalid_request_error"_s << u"Insufficient Balance"_s;
    QTest::newRow("gemini bad key is auth")
        << R"({"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]})"_ba
        << 400 << u"auth"_s << 400 << u"API_KEY_INVALID"_s
        << u"API key not valid. Please pass a valid API key."_s;
    QTest::newRow("anthropic 413")
        << R"({"type":"request_too_large","message":"Request exceeds the maximum allowed number of bytes."})"_ba
        << 413 << u"bad_request"_s << 413 << u"request_too_large"_s
        << u"Request exceeds the maximum allowed number of bytes."_s;
    QTest::newRow("anthropic 403")
        << R"({"type":"permission_error","message":"Your API key does not have permission."})"_ba
        << 403 << u"permission"_s << 403 << u"permission_error"_s
        << u"Your API key does not have permission."_s;
    QTest::newRow("openai model_not_found")
        << R"({"message":"The model `gpt-9` does not exist","type":"invalid_request_error","code":"model_not_found"})"_ba
        << 404 << u"not_found"_s << 404 << u"model_not_found"_s
        << u"The model `gpt-9` does not exist"_s;
}

void TestHttpErrors::errorObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, httpStatus);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);

    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    const StreamError error = HttpErrors::fromErrorObject(object, httpStatus);
    QCOMPARE(StreamNames::errorKind(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerType, type);
    QCOMPARE(error.message, message);

    // The same object as a whole HTTP body gives the same answer.
    if (httpStatus != 0) {
        const StreamError http = HttpErrors::fromHttpResponse(
            httpStatus, QJsonDocument(QJsonObject{{"error"_L1, object}}).toJson());
        QCOMPARE(StreamNames::errorKind(http.kind), kind);
        QCOMPARE(http.message, message);
    }
}

void TestHttpErrors::retryHeaders()
{
    const QByteArray body = R"({"error":{"message":"slow down","type":"rate_limit_error"}})"_ba;
    QCOMPARE(HttpErrors::fromHttpResponse(429, body, "1500", "7").retryAfterSeconds, 1.5);
    QCOMPARE(HttpErrors::fromHttpResponse(429, body, {}, "7").retryAfterSeconds, 7.0);
    QCOMPARE(HttpErrors::fromHttpResponse(429, body).retryAfterSeconds, -1.0);
    QCOMPARE(HttpErrors::fromHttpResponse(503, "<html>busy</html>", {}, "120").retryAfterSeconds,
             120.0);
}

void TestHttpErrors::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("ms");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    const auto exact = [](const char *name, QByteArray ms, QByteArray header, double value) {
        QTest::newRow(name) << ms << header << value << value;
    };
    exact("ms", "120", {}, 0.12);
    exact("ms wins over seconds", "200", "1", 0.2);
    exact("fractional ms", "1500.5", {}, 1.5005);
    exact("seconds", {}, "2", 2);
    exact("fractional seconds", {}, "1.5", 1.5);
    exact("seconds with spaces", {}, " 3 ", 3);
    exact("zero", {}, "0", 0);
    exact("garbage ms falls back to seconds", "soon", "7", 7);
    exact("negative ms falls back", "-5", "4", 4);
    exact("negative seconds", {}, "-3", -1);
    exact("garbage", {}, "soon", -1);
    exact("nan", {}, "nan", -1);
    exact("nothing", {}, {}, -1);
    exact("date in the past", {}, "Wed, 21 Oct 2015 07:28:00 GMT", 0);
    const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(30);
    QTest::newRow("date in 30 s")
        << QByteArray()
        << QLocale::c().toString(future, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() << 27.0
        << 31.0;
    exact("malformed date", {}, "Wed, 99 Oct 2015 07:28:00 GMT", -1);
}

void TestHttpErrors::parseRetryAfter()
{
    QFETCH(QByteArray, ms);
    QFETCH(QByteArray, header);
    QFETCH(double, min);
    QFETCH(double, max);
    const double value = HttpErrors::parseRetryAfter(ms, header);
    if (min == max)
        QCOMPARE(value, min);
    else
        QVERIFY2(value >= min && value <= max, qPrintable(QString::number(value)));
}

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"

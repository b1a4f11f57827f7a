// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// JsonScan, the decoders' fast path: it reads a strict subset of JSON, and what it reads it
// reads as QJsonDocument does (jsonscancheck.h, also a fuzz target); the rest it declines.

#include "jsonscan.h"
#include "jsonscancheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using T = JsonScan::Type;

class TestJsonScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQJsonDocument_data();
    void agreesWithQJsonDocument();
    void lookups();
    void lastOfTwoMembersCounts();
    void escapes();
    void declinedLookups();
    void depthLimit();
    void reusedForTheNextScan();
};

void TestJsonScan::agreesWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("scanned");  // in JsonScan's subset
    QTest::addColumn<bool>("qtParses"); // what QJsonDocument says, for the record

    // Read, and read alike.
    QTest::newRow("openai chunk")
        << R"({"id":"c1","object":"chat.completion.chunk","created":1754400000,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}]})"_ba
        << true << true;
    QTest::newRow("empty") << "{}"_ba << true << true;
    QTest::newRow("whitespace everywhere")
        << " \t\r\n{ \"a\" : [ ] , \"b\" :{ } ,\"c\":[ 1 , true,false , null ] }\n "_ba << true
        << true;
    QTest::newRow("escapes") << R"({"s":"q\"b\\s\/b\bf\fn\nr\rt\t\u00e9\u2028"})"_ba << true
                             << true;
    QTest::newRow("surrogate pair and lone surrogates")
        << R"({"pair":"\ud83d\ude00","high":"a\ud83d","low":"\ude00b"})"_ba << true << true;
    QTest::newRow("raw utf-8") << "{\"s\":\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"}"_ba << true
                               << true;
    QTest::newRow("noncharacter U+FFFF") << "{\"s\":\"\xEF\xBF\xBF\"}"_ba << true << true;
    QTest::newRow("raw control character") << "{\"s\":\"a\x01\x1f\"}"_ba << true << true;
    QTest::newRow("numbers")
        << R"({"a":0,"b":-0,"c":12.5,"d":-3.25,"e":123456789012345,"f":0.000000000000001})"_ba
        << true << true;
    QTest::newRow("utf-8 key") << "{\"k\xC3\xA9y\":1}"_ba << true << true;
    QTest::newRow("escaped key") << R"({"\u0074ype":"x"})"_ba << true << true;
    QTest::newRow("nested") << R"({"a":{"b":[{"c":[[],{}]}]}})"_ba << true << true;

    // Declined, though JSON: QJsonDocument decides.
    QTest::newRow("BOM") << "\xEF\xBB\xBF{}"_ba << false << true;
    QTest::newRow("top-level array") << "[1]"_ba << false << true;
    QTest::newRow("exponent") << R"({"a":1e5})"_ba << false << true;
    QTest::newRow("16 digits") << R"({"a":1234567890123456})"_ba << false << true;
    QTest::newRow("other escape") << R"({"a":"\a"})"_ba << false << true;
    QTest::newRow("no integer digits") << R"({"a":.5})"_ba << false << true;
    QTest::newRow("no fraction digits") << R"({"a":1.})"_ba << false << true;

    // Not JSON.
    QTest::newRow("trailing comma") << R"({"a":1,})"_ba << false << false;
    QTest::newRow("trailing comma in array") << R"({"a":[1,]})"_ba << false << false;
    QTest::newRow("garbage after") << R"({"a":1} x)"_ba << false << false;
    QTest::newRow("leading zero") << R"({"a":01})"_ba << false << false;
    QTest::newRow("short \\u") << R"({"a":"\u12"})"_ba << false << false;
    QTest::newRow("overlong") << "{\"a\":\"\xC0\x80\"}"_ba << false << false;
    QTest::newRow("overlong 3 bytes") << "{\"a\":\"\xE0\x80\x80\"}"_ba << false << false;
    QTest::newRow("utf-8 surrogate") << "{\"a\":\"\xED\xA0\x80\"}"_ba << false << false;
    QTest::newRow("beyond U+10FFFF") << "{\"a\":\"\xF4\x90\x80\x80\"}"_ba << false << false;
    QTest::newRow("cut sequence") << "{\"a\":\"\xE2\x82\"}"_ba << false << false;
    QTest::newRow("lone continuation") << "{\"a\":\"\x80\"}"_ba << false << false;
    QTest::newRow("0xFF") << "{\"a\":\"\xFF\"}"_ba << false << false;
    QTest::newRow("bad literal") << R"({"a":tru})"_ba << false << false;
    QTest::newRow("unterminated string") << R"({"a":"x)"_ba << false << false;
    QTest::newRow("unterminated object") << R"({"a":1)"_ba << false << false;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba << false << false;
    QTest::newRow("bare key") << R"({a:1})"_ba << false << false;
    QTest::newRow("missing comma") << R"({"a":1 "b":2})"_ba << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
}

void TestJsonScan::agreesWithQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, scanned);
    QFETCH(bool, qtParses);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, qtParses);
    JsonScan scan;
    QCOMPARE(scan.scan(json), scanned);
    const QString difference = JsonScanCheck::compare(json);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonScan::lookups()
{
    JsonScan json;
    QVERIFY(json.scan(R"({"n":null,"t":true,"i":-42,"f":1.5,"s":"x","a":[1,2],"o":{"k":"v"}})"));
    const int root = json.root();
    QCOMPARE(json.type(root), T::Object);
    QCOMPARE(json.count(root), 7);
    QVERIFY(json.is(json.member(root, "n"_L1), T::Null));
    QVERIFY(json.is(json.member(root, "t"_L1), T::True));
    QCOMPARE(json.integer(json.member(root, "i"_L1)), -42);
    QCOMPARE(json.raw(json.member(root, "f"_L1)), "1.5");
    QCOMPARE(json.string(json.member(root, "s"_L1)), u"x"_s);
    QVERIFY(json.equals(json.member(root, "s"_L1), "x"_L1));
    QVERIFY(!json.equals(json.member(root, "s"_L1), "xy"_L1));
    const int array = json.member(root, "a"_L1);
    QCOMPARE(json.count(array), 2);
    QCOMPARE(json.integer(json.first(array)), 1);
    QCOMPARE(json.integer(json.next(json.first(array))), 2);
    const int object = json.member(root, "o"_L1);
    QCOMPARE(json.string(json.member(object, "k"_L1)), u"v"_s);
    // Missing members, and lookups in something that is not an object.
    QCOMPARE(json.member(root, "missing"_L1), JsonScan::kNone);
    QCOMPARE(json.member(root, "k"_L1), JsonScan::kNone); // only direct members
    QCOMPARE(json.member(array, "k"_L1), JsonScan::kNone);
    QVERIFY(!json.is(JsonScan::kNone, T::Null));
    QVERIFY(!json.integer(json.member(root, "s"_L1)));
    QVERIFY(!json.declined());
}

void TestJsonScan::lastOfTwoMembersCounts()
{
    JsonScan json;
    QVERIFY(json.scan(R"({"a":"first","b":0,"a":"second"})"));
    QCOMPARE(json.string(json.member(json.root(), "a"_L1)), u"second"_s);
    QVERIFY(JsonScanCheck::compare(R"({"a":"first","b":0,"a":"second"})").isEmpty());
}

void TestJsonScan::escapes()
{
    JsonScan json;
    QVERIFY(json.scan(R"({"s":"a\nb\t\"c\"\\\/\u00e9\ud83d\ude00\ud83d","plain":"\u0041"})"));
    QCOMPARE(json.string(json.member(json.root(), "s"_L1)),
             u"a\nb\t\"c\"\\/\u00e9\U0001F600"_s + QChar(0xD83D));
    QCOMPARE(json.string(json.member(json.root(), "plain"_L1)), u"A"_s);
}

void TestJsonScan::declinedLookups()
{
    // What a lookup cannot answer exactly, it declines: the caller then uses QJsonDocument.
    JsonScan json;
    QVERIFY(json.scan(R"({"\u0061":1,"b":2})"));
    QCOMPARE(json.member(json.root(), "b"_L1), JsonScan::kNone);
    QVERIFY(json.declined());

    QVERIFY(json.scan(R"({"t":"cont\u0065nt"})"));
    QVERIFY(!json.declined()); // a new scan starts afresh
    QVERIFY(!json.equals(json.member(json.root(), "t"_L1), "content"_L1));
    QVERIFY(json.declined());

    QVERIFY(json.scan(R"({"i":0.0})"));
    QVERIFY(!json.integer(json.member(json.root(), "i"_L1)));
    QVERIFY(json.declined());
}

void TestJsonScan::depthLimit()
{
    const auto nested = [](int depth) -> QByteArray {
        return "{\"a\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
    };
    JsonScan json;
    QVERIFY(json.scan(nested(JsonScan::kMaxDepth)));
    QVERIFY(!json.scan(nested(JsonScan::kMaxDepth + 1)));
    QVERIFY(JsonScanCheck::compare(nested(JsonScan::kMaxDepth)).isEmpty());
}

void TestJsonScan::reusedForTheNextScan()
{
    JsonScan json;
    QVERIFY(json.scan(R"({"a":[1,2,3],"b":{"c":"d"}})"));
    QVERIFY(!json.scan(R"({"a":)"));
    QVERIFY(json.scan(R"({"x":"y"})"));
    QCOMPARE(json.count(json.root()), 1);
    QCOMPARE(json.string(json.member(json.root(), "x"_L1)), u"y"_s);
    QCOMPARE(json.member(json.root(), "a"_L1), JsonScan::kNone);
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"

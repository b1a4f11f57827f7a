// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Limits that keep hostile streams bounded: tool-call argument caps per call and per turn.
#include "anthropicwire.h"
#include "openaiwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray toolEvent(int index, const QString &fragment, const QString &name = {})
{
    QJsonObject function{{"arguments"_L1, fragment}};
    if (!name.isEmpty())
        function.insert("name"_L1, name);
    const QJsonObject call{{"index"_L1, index}, {"function"_L1, function}};
    const QJsonObject delta{{"tool_calls"_L1, QJsonArray{call}}};
    const QJsonObject chunk{
        {"choices"_L1, QJsonArray{QJsonObject{{"index"_L1, 0}, {"delta"_L1, delta}}}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}
} // namespace

class TestDecoderLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedToolCallIsRejected()
    {
        ResultBuilder builder;
        OpenAiDecoder decoder(&builder);
        const QString fragment(256 * 1024, u'x'); // 512 KiB as UTF-16
        decoder.feed(toolEvent(0, u"{\"a\":\""_s, u"run"_s));
        int fed = 0;
        while (!decoder.hasFailed() && fed < 64) {
            decoder.feed(toolEvent(0, fragment));
            ++fed;
        }
        QVERIFY(decoder.hasFailed());
        QCOMPARE(decoder.error().kind, ErrorKind::Protocol);
        QVERIFY(decoder.error().message.contains(u"run"_s));
        // It failed as soon as the call went over 4 MiB, and kept nothing beyond the cap.
        const qint64 opening = 2 * 6; // the first fragment, {"a":" as UTF-16
        QCOMPARE(fed,
                 int((StreamDecoder::kMaxToolArgumentBytes - opening) / (fragment.size() * 2)) + 1);
        QVERIFY(builder.result().toolCalls.at(0).arguments.size() * 2 <=
                StreamDecoder::kMaxToolArgumentBytes);
        const qint64 before = builder.result().deltas;
        decoder.feed(toolEvent(0, u"more"_s));
        QCOMPARE(builder.result().deltas, before); // nothing after the failure
    }

    void manyCallsShareTheTurnCap()
    {
        ResultBuilder builder;
        OpenAiDecoder decoder(&builder);
        const QString fragment(1024 * 1024, u'y'); // 2 MiB per fragment, under the per-call cap
        int index = 0;
        while (!decoder.hasFailed() && index < 32) {
            decoder.feed(toolEvent(index, fragment, u"tool%1"_s.arg(index)));
            ++index;
        }
        QVERIFY(decoder.hasFailed());
        QCOMPARE(decoder.error().kind, ErrorKind::Protocol);
        QCOMPARE(index, int(StreamDecoder::kMaxTurnToolArgumentBytes / (fragment.size() * 2)) + 1);
    }

    void anthropicToolInputIsCappedToo()
    {
        ResultBuilder builder;
        AnthropicDecoder decoder(&builder);
        decoder.feed(
            "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":"
            "\"tool_use\",\"id\":\"toolu_1\",\"name\":\"big\",\"input\":{}}}\n\n"_ba);
        const QByteArray fragment(512 * 1024, 'z');
        int fed = 0;
        while (!decoder.hasFailed() && fed < 64) {
            const QByteArray event =
                "data: {\"type\":\"content_block_delta\",\"index\":0,"
                "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"" +
                fragment + "\"}}\n\n";
            decoder.feed(event);
            ++fed;
        }
        QVERIFY(decoder.hasFailed());
        QCOMPARE(decoder.error().kind, ErrorKind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestDecoderLimits)
#include "tst_decoderlimits.moc"

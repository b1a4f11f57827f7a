// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The provider preset table: model addresses, complete presets, and the wire each preset makes.

#include "openaiwire.h"
#include "providerpresets.h"
#include "streamdecoder.h"
#include "wirerequesttesting.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WireRequestTesting;

class TestProviderPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputLimitOnlyWherePresetsNeedIt();
    void parseAddress_data();
    void parseAddress();
    void presetsAreComplete();
    void presetWires_data();
    void presetWires();
    void primaryAndCustomPresets();
};

void TestProviderPresets::parseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("preset"); // empty: none
    QTest::addColumn<QString>("model");
    QTest::newRow("openai/gpt-4o") << u"openai/gpt-4o"_s << u"openai"_s << u"gpt-4o"_s;
    QTest::newRow("anthropic") << u"anthropic/claude-sonnet-4-6"_s << u"anthropic"_s
                               << u"claude-sonnet-4-6"_s;
    QTest::newRow("ollama with a tag") << u"ollama/qwen3:8b"_s << u"ollama"_s << u"qwen3:8b"_s;
    QTest::newRow("only the first slash splits")
        << u"openrouter/meta-llama/llama-3.1-70b"_s << u"openrouter"_s
        << u"meta-llama/llama-3.1-70b"_s;
    QTest::newRow("unknown prefix keeps the whole string")
        << u"meta-llama/Llama-3"_s << QString() << u"meta-llama/Llama-3"_s;
    QTest::newRow("no slash") << u"gpt-4o"_s << QString() << u"gpt-4o"_s;
    QTest::newRow("leading slash") << u"/gpt-4o"_s << QString() << u"/gpt-4o"_s;
    QTest::newRow("preset ids are case-sensitive")
        << u"OpenAI/gpt-4o"_s << QString() << u"OpenAI/gpt-4o"_s;
    QTest::newRow("empty model after a preset") << u"gemini/"_s << u"gemini"_s << QString();
}

void TestProviderPresets::parseAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, preset);
    QFETCH(QString, model);
    const ProviderPresets::Address parsed = ProviderPresets::parseAddress(address);
    QCOMPARE(parsed.preset ? parsed.preset->id : QString(), preset);
    QCOMPARE(parsed.model, model);
}

void TestProviderPresets::presetsAreComplete()
{
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    QVERIFY(presets.size() >= 4);
    QSet<QString> ids;
    static const QRegularExpression idPattern(u"^[a-z0-9]+$"_s);
    static const QRegularExpression envPattern(u"^[A-Z][A-Z0-9_]*$"_s);
    for (const ProviderPreset &p : presets) {
        QVERIFY2(idPattern.match(p.id).hasMatch(), qPrintable(p.id));
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY2(!p.displayName.trimmed().isEmpty(), qPrintable(p.id));
        const QUrl url(p.defaultBaseUrl, QUrl::StrictMode);
        QVERIFY2(url.isValid() && !url.host().isEmpty(), qPrintable(p.id));
        QVERIFY2(url.scheme() == "https"_L1 || url.scheme() == "http"_L1, qPrintable(p.id));
        // Hosted services are reached over TLS; plain HTTP only for local servers.
        if (!p.capabilities.testFlag(ProviderPreset::LocalServer)) {
            QVERIFY2(url.scheme() == "https"_L1 || url.host() == "localhost"_L1, qPrintable(p.id));
            QVERIFY2(envPattern.match(p.apiKeyEnv).hasMatch(), qPrintable(p.id));
        }
        QCOMPARE(ProviderPresets::find(p.id), &p);
    }
    for (const char *required : {"openai", "anthropic", "gemini", "ollama"})
        QVERIFY2(ids.contains(QLatin1StringView(required)), required);
    QCOMPARE(ProviderPresets::find(u"nope"), nullptr);
    QVERIFY(!ids.contains(ProviderPresets::custom().id));
}

void TestProviderPresets::primaryAndCustomPresets()
{
    // The primary preset is the table's first (OpenAI): what a new setup starts with.
    const ProviderPreset &primary = ProviderPresets::primary();
    QCOMPARE(&primary, &ProviderPresets::all().first());
    QCOMPARE(primary.id, u"openai"_s);
    QCOMPARE(primary.defaultBaseUrl, u"https://api.openai.com/v1"_s);
    QCOMPARE(primary.apiKeyEnv, u"OPENAI_API_KEY"_s);
    QVERIFY(!primary.defaultModel.isEmpty());

    // A custom server: OpenAI-compatible, nothing assumed, not findable by id.
    const ProviderPreset &custom = ProviderPresets::custom();
    QCOMPARE(custom.wire, ProviderPreset::Wire::OpenAi);
    QVERIFY(custom.defaultBaseUrl.isEmpty());
    QVERIFY(custom.apiKeyEnv.isEmpty());
    QVERIFY(custom.defaultModel.isEmpty());
    QCOMPARE(int(custom.capabilities), 0);
    QCOMPARE(ProviderPresets::find(custom.id), nullptr);
    const auto wire = ProviderPresets::makeWire(custom);
    QVERIFY(std::dynamic_pointer_cast<const OpenAiWire>(wire));
    ChatRequest limited = minimalRequest();
    limited.maxTokens = 5;
    const QJsonObject body = bodyOf(*wire, limited);
    QCOMPARE(body["max_tokens"_L1].toInteger(), 5); // compatible servers: max_tokens
    QVERIFY(!body.contains("max_completion_tokens"_L1));
    QVERIFY(!bodyOf(*wire, minimalRequest()).contains("max_tokens"_L1));
}

void TestProviderPresets::presetWires_data()
{
    QTest::addColumn<QString>("id");
    for (const ProviderPreset &p : ProviderPresets::all())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestProviderPresets::presetWires()
{
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::find(id);
    QVERIFY(preset);
    const std::shared_ptr<const WireFormat> wire = ProviderPresets::makeWire(*preset);
    QVERIFY(wire);

    const QUrl base(preset->defaultBaseUrl);
    ChatRequest r = minimalRequest();
    r.maxTokens = 100;
    const QNetworkRequest request = wire->makeRequest(endpoint(preset->defaultBaseUrl), r);
    QCOMPARE(request.url().scheme(), base.scheme());
    QCOMPARE(request.url().host(), base.host());
    QCOMPARE(request.url().port(), base.port());
    QVERIFY(request.url().path().startsWith(base.path()));
    QVERIFY(!request.url().toString().contains(kKey));
    const QJsonObject body = bodyOf(*wire, r);
    QVERIFY(!body.isEmpty());

    QByteArray keyHeader;
    QByteArray keyValue = kKey.toUtf8();
    switch (preset->wire) {
    case ProviderPreset::Wire::OpenAi:
        QVERIFY(request.url().path().endsWith("/chat/completions"_L1));
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        // Only OpenAI itself wants max_completion_tokens.
        QCOMPARE(body.contains("max_completion_tokens"_L1), id == "openai"_L1);
        QCOMPARE(body.contains("max_tokens"_L1), id != "openai"_L1);
        keyHeader = "Authorization";
        keyValue = "Bearer " + keyValue;
        break;
    case ProviderPreset::Wire::Anthropic:
        QCOMPARE(request.url().path(), u"/v1/messages"_s);
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        keyHeader = "x-api-key";
        break;
    case ProviderPreset::Wire::Gemini:
        QCOMPARE(request.url().path(), u"/v1beta/models/m1:streamGenerateContent"_s);
        keyHeader = "x-goog-api-key";
        break;
    case ProviderPreset::Wire::Ollama:
        QCOMPARE(request.url().path(), u"/api/chat"_s);
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        keyHeader = "Authorization";
        keyValue = "Bearer " + keyValue;
        break;
    }
    QCOMPARE(request.rawHeader(keyHeader), keyValue);

    ResultBuilder builder;
    const std::unique_ptr<StreamDecoder> decoder = wire->makeDecoder(&builder);
    QVERIFY(decoder);
    const bool ndjson = preset->wire == ProviderPreset::Wire::Ollama;
    QVERIFY(wire->acceptsContentType(ndjson ? "application/x-ndjson"
                                            : "text/event-stream; charset=utf-8"));
    QVERIFY(!wire->acceptsContentType("text/html; charset=utf-8"));
}

void TestProviderPresets::outputLimitOnlyWherePresetsNeedIt()
{
    // llama.cpp fills its whole context without a limit (docs/WIRE-FORMATS.md §1): its preset sends
    // one.
    const auto llama = ProviderPresets::makeWire(*ProviderPresets::find(u"llamacpp"));
    QCOMPARE(bodyOf(*llama, minimalRequest())["max_tokens"_L1].toInteger(),
             ProviderPreset::kDefaultOutputLimit);
    ChatRequest limited = minimalRequest();
    limited.maxTokens = 77;
    QCOMPARE(bodyOf(*llama, limited)["max_tokens"_L1].toInteger(), 77);
    // Others send none unless asked.
    for (const QString &id : {u"openai"_s, u"vllm"_s, u"openrouter"_s}) {
        const auto wire = ProviderPresets::makeWire(*ProviderPresets::find(id));
        const QJsonObject body = bodyOf(*wire, minimalRequest());
        QVERIFY2(!body.contains("max_tokens"_L1) && !body.contains("max_completion_tokens"_L1),
                 qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// Attachments on the wire: each format's request body for a question with an image, a PDF and a
// text file, compared with the recorded body in tests/data/wire-attachments/ (set
// CONFAB_RECORD=1 to write them anew, then read the diff); the limits each format and preset
// states; a refusal of an attachment as a typed error.

#include "anthropicwire.h"
#include "attachmentwire.h"
#include "geminiwire.h"
#include "httperrors.h"
#include "ollamawire.h"
#include "openaiwire.h"
#include "providerpresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDir = QStringLiteral(CONFAB_TEST_DATA_DIR "/wire-attachments/");

/** Small stand-ins for encoded files: the wire formats never look inside. */
ContentPart image()
{
    return {ContentPart::Kind::Image,
            "image/jpeg",
            QByteArray("\xff\xd8\xff\xe0JPEG", 8),
            u"photo.jpg"_s,
            {}};
}

ContentPart pdf()
{
    return {ContentPart::Kind::Document, "application/pdf", "%PDF-1.4 tiny", u"report.pdf"_s, {}};
}

ContentPart textFile()
{
    return {ContentPart::Kind::Text,
            "text/x-c++src",
            {},
            u"main.cpp"_s,
            u"int main() { return 0; } // ``` inside\n"_s};
}

/** A question with all three kinds, an answer, and a follow-up without attachments. */
ChatRequest request(bool withPdf = true)
{
    ChatRequest r;
    r.model = u"m1"_s;
    ChatMessage question;
    question.role = ChatMessage::Role::User;
    question.content = u"What is in these?"_s;
    question.parts = {image(), textFile()};
    if (withPdf)
        question.parts.insert(1, pdf());
    ChatMessage answer;
    answer.role = ChatMessage::Role::Assistant;
    answer.content = u"A photo, a report and a program."_s;
    ChatMessage followUp;
    followUp.role = ChatMessage::Role::User;
    followUp.content = u"Thanks"_s;
    r.messages = {question, answer, followUp};
    return r;
}

QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return doc.object();
}

/** Compares @p body with the recorded file @p name (or records it with CONFAB_RECORD=1). */
void compareRecorded(const QByteArray &body, const QString &name)
{
    QFile file(kDir + name);
    const QJsonObject actual = parse(body);
    QVERIFY(!actual.isEmpty());
    if (qEnvironmentVariableIsSet("CONFAB_RECORD")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject expected = parse(file.readAll());
    QCOMPARE(QJsonDocument(actual).toJson(QJsonDocument::Indented),
             QJsonDocument(expected).toJson(QJsonDocument::Indented));
}
} // namespace

class TestWireAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAi()
    {
        OpenAiWire wire;
        compareRecorded(wire.makeBody(request()), u"openai.json"_s);
    }

    void anthropic()
    {
        AnthropicWire wire;
        compareRecorded(wire.makeBody(request()), u"anthropic.json"_s);
    }

    void gemini()
    {
        GeminiWire wire;
        compareRecorded(wire.makeBody(request()), u"gemini.json"_s);
    }

    void ollama()
    {
        // No PDF reading: the caller sends a PDF's text as a Text part instead.
        ContentPart pdfText{ContentPart::Kind::Text,
                            "application/pdf",
                            {},
                            u"report.pdf"_s,
                            u"Quarterly report\nPage two"_s};
        ChatRequest r = request(false);
        r.messages[0].parts.insert(1, pdfText);
        OllamaWire wire;
        compareRecorded(wire.makeBody(r), u"ollama.json"_s);
    }

    void partsDecodeToTheSameBytes()
    {
        // Whatever the splicing does, the payload a provider decodes is the file, byte for byte,
        // also for a large one and several of them in any key order.
        QByteArray big(3 * 1024 * 1024 + 1, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) >> 3);
        ChatRequest r = request();
        r.messages[0].parts[0].data = big;
        r.messages[2].parts = {{ContentPart::Kind::Image, "image/png", "second", u"b.png"_s, {}}};

        const QJsonObject openAi = parse(OpenAiWire().makeBody(r));
        const QJsonArray first = openAi["messages"_L1][0]["content"_L1].toArray();
        QCOMPARE(first[0]["image_url"_L1]["url"_L1].toString(),
                 u"data:image/jpeg;base64,"_s + QString::fromLatin1(big.toBase64()));
        QCOMPARE(first[1]["file"_L1]["file_data"_L1].toString(),
                 u"data:application/pdf;base64,"_s + QString::fromLatin1(pdf().data.toBase64()));
        QCOMPARE(openAi["messages"_L1][2]["content"_L1][0]["image_url"_L1]["url"_L1].toString(),
                 u"data:image/png;base64,c2Vjb25k"_s);

        const QJsonObject gemini = parse(GeminiWire().makeBody(r));
        QCOMPARE(QByteArray::fromBase64(
                     gemini["contents"_L1][0]["parts"_L1][0]["inlineData"_L1]["data"_L1]
                         .toString()
                         .toLatin1()),
                 big);
        const QJsonObject ollama = parse(OllamaWire().makeBody(r));
        QCOMPARE(
            QByteArray::fromBase64(ollama["messages"_L1][0]["images"_L1][0].toString().toLatin1()),
            big);
        QCOMPARE(ollama["messages"_L1][2]["images"_L1][0].toString(), u"c2Vjb25k"_s);
    }

    void placeholdersInUserTextStayText()
    {
        // A question that looks like a placeholder is not replaced by anything.
        AttachmentWire::Blobs blobs;
        const QString token = blobs.add("payload");
        ChatRequest r = request();
        r.messages[2].content = token;
        const QJsonObject body = parse(OpenAiWire().makeBody(r));
        QCOMPARE(body["messages"_L1][2]["content"_L1].toString(), token);
    }

    void withoutAttachmentsContentStaysAString()
    {
        ChatRequest r = request();
        r.messages[0].parts.clear();
        const QJsonObject body = parse(OpenAiWire().makeBody(r));
        QVERIFY(body["messages"_L1][0]["content"_L1].isString());
        const QJsonObject ollama = parse(OllamaWire().makeBody(r));
        QVERIFY(!ollama["messages"_L1][0].toObject().contains("images"_L1));
        QCOMPARE(ollama["messages"_L1][0]["content"_L1].toString(), u"What is in these?"_s);
    }

    void fenceOutlastsBackticksInside()
    {
        QCOMPARE(AttachmentWire::fencedText(u"a.md"_s, u"x"_s), u"a.md\n```\nx\n```"_s);
        QCOMPARE(AttachmentWire::fencedText(u"a.md"_s, u"````\ncode\n````\n"_s),
                 u"a.md\n`````\n````\ncode\n````\n`````"_s);
    }

    void limitsPerFormatAndPreset()
    {
        using Support = AttachmentLimits::Support;
        const auto limitsOf = [](const QString &id) {
            return ProviderPresets::makeWire(*ProviderPresets::find(id))->attachmentLimits();
        };
        const AttachmentLimits anthropic = limitsOf(u"anthropic"_s);
        QCOMPARE(anthropic.images, Support::Yes);
        QCOMPARE(anthropic.documents, Support::Yes);
        QCOMPARE(anthropic.maxImageEdge, 1568);
        QVERIFY(anthropic.maxImageBytes * 4 / 3 <= 5 * 1024 * 1024); // 5 MB of base64
        const AttachmentLimits openai = limitsOf(u"openai"_s);
        QCOMPARE(openai.documents, Support::Yes);
        QCOMPARE(openai.images, Support::Unknown);
        QCOMPARE(openai.maxImageBytes, 20LL * 1024 * 1024);
        QCOMPARE(limitsOf(u"openrouter"_s).documents, Support::Yes);
        QCOMPARE(limitsOf(u"groq"_s).documents, Support::No);
        QCOMPARE(limitsOf(u"llamacpp"_s).documents, Support::No);
        QCOMPARE(limitsOf(u"deepseek"_s).images, Support::No);
        const AttachmentLimits gemini = limitsOf(u"gemini"_s);
        QCOMPARE(gemini.documents, Support::Yes);
        QVERIFY(gemini.maxRequestBytes * 4 / 3 <= 20 * 1024 * 1024);
        const AttachmentLimits ollama = limitsOf(u"ollama"_s);
        QCOMPARE(ollama.documents, Support::No);
        QCOMPARE(ollama.images, Support::Unknown);
    }

    void refusalOfAnAttachmentIsTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("llama.cpp without mmproj")
            << 500
            << QByteArray(R"({"error":{"code":500,"message":"image input is not supported - )"
                          R"(hint: if this is unexpected, you may need to provide the mmproj",)"
                          R"("type":"server_error"}})")
            << ErrorKind::Server; // a 5xx is the server's fault, whatever it says
        QTest::newRow("openai text model")
            << 400
            << QByteArray(
                   R"({"error":{"message":"Invalid content type. image_url is only supported )"
                   R"(by certain models.","type":"invalid_request_error","param":)"
                   R"("messages.[0].content.[0].type","code":null}})")
            << ErrorKind::Attachment;
        QTest::newRow("anthropic too large")
            << 400
            << QByteArray(
                   R"({"type":"error","error":{"type":"invalid_request_error","message":)"
                   R"("messages.0.content.0.image.source.base64: image exceeds 5 MB maximum"}})")
            << ErrorKind::Attachment;
        QTest::newRow("ollama") << 400 << QByteArray(R"({"error":"model does not support images"})")
                                << ErrorKind::Attachment;
        QTest::newRow("request too large")
            << 413 << QByteArray("<html>too large</html>") << ErrorKind::Attachment;
        QTest::newRow("unrelated 400")
            << 400
            << QByteArray(R"({"error":{"message":"temperature must be at most 2","type":)"
                          R"("invalid_request_error"}})")
            << ErrorKind::BadRequest;
        QTest::newRow("auth") << 401
                              << QByteArray(R"({"error":{"message":"bad key for image models"}})")
                              << ErrorKind::Auth;
    }

    void refusalOfAnAttachmentIsTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        StreamError error = HttpErrors::fromHttpResponse(status, body);
        const ErrorKind before = error.kind;
        HttpErrors::refineForAttachments(error);
        QCOMPARE(error.kind, kind);
        if (kind == ErrorKind::Attachment)
            QVERIFY(before != ErrorKind::Attachment); // only for requests with attachments
    }
};

QTEST_GUILESS_MAIN(TestWireAttachments)
#include "tst_wireattachments.moc"

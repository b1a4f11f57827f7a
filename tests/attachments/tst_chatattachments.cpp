// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// Attachments through ChatController against a loopback server: chips read on a worker thread
// with their size as sent; the question goes with its image (downscaled for the provider), PDF
// (as a document or as text, switchable) and text file; a model that reads no images is told
// before sending; a provider's refusal is a typed error with a way forward; Stop works while
// attachments are encoded; older attachments that no longer fit a request become notes.

#include "anthropicwire.h"
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "chatcontroller.h"
#include "conversationstore.h"
#include "imagingcodec.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "openaiwire.h"
#include "testimages.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using Support = AttachmentLimits::Support;

namespace {
LoopbackServer::Response okAnswer()
{
    return LoopbackServer::Response::sse(
        {R"({"choices":[{"index":0,"delta":{"content":"Seen."},"finish_reason":null}]})"_ba,
         R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"_ba, "[DONE]"_ba},
        1);
}
} // namespace

class TestChatAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    AttachmentFiles *m_files = nullptr;
    ImagingCodec m_codec;
    AttachmentEncoder *m_encoder = nullptr;
    ConversationStore *m_store = nullptr;
    ChatController *m_chat = nullptr;
    int m_db = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return path;
    }

    void target(std::shared_ptr<const WireFormat> wire)
    {
        ChatTarget t;
        t.wire = std::move(wire);
        t.endpoint.baseUrl = m_server->url(u"/v1");
        t.model = u"test-model"_s;
        t.limits.maxRetries = 0;
        m_chat->setTarget(t);
    }

    std::shared_ptr<const WireFormat> openAi(Support images, Support documents)
    {
        OpenAiWire::Options options;
        options.images = images;
        options.documents = documents;
        return std::make_shared<OpenAiWire>(options);
    }

    /** Adds @p paths as chips and waits until they are read (and, with @p measured, their
     * sizes as sent are known). */
    bool attach(const QStringList &paths, bool measured = true)
    {
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        PendingAttachments *pending = m_chat->attachments();
        const int before = pending->rowCount();
        pending->addFiles(urls);
        const auto settled = [&] {
            if (pending->isBusy())
                return false;
            if (!measured)
                return true;
            for (int row = before; row < pending->rowCount(); ++row) {
                const QModelIndex i = pending->index(row);
                if (i.data(PendingAttachments::StateRole).toInt() ==
                        int(PendingAttachments::State::Ready) &&
                    i.data(PendingAttachments::SentBytesRole).toLongLong() < 0)
                    return false;
            }
            return true;
        };
        return QTest::qWaitFor(settled, 10000);
    }

    QJsonArray lastUserContent()
    {
        const QJsonArray messages =
            m_server->requests().constLast().json().value("messages"_L1).toArray();
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            if (messages.at(i)["role"_L1] == "user"_L1)
                return messages.at(i)["content"_L1].toArray();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackServer(this);
        m_network = NetworkAccess::createManager(this);
        m_files = new AttachmentFiles(m_dir.filePath(u"attachments"_s));
        m_encoder = new AttachmentEncoder(m_files, &m_codec);
        m_store = new ConversationStore(this);
        m_store->setAttachmentFiles(m_files);
        QVERIFY(m_store->open(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_db))));
        m_chat = new ChatController(m_network, this);
        m_chat->setStore(m_store);
        m_chat->setAttachmentServices(m_files, &m_codec, m_encoder);
        target(openAi(Support::Unknown, Support::Yes));
    }

    void cleanup()
    {
        delete m_chat;
        QThreadPool::globalInstance()->waitForDone();
        delete m_store;
        delete m_encoder;
        delete m_files;
        delete m_network;
        delete m_server;
    }

    void questionGoesWithItsAttachments()
    {
        const QString photo =
            write(u"photo.jpg"_s, TestImages::encode(TestImages::photo(3000, 2000), "jpeg"));
        const QString report = write(u"report.pdf"_s, TestImages::pdf("Quarterly", "Revenue"));
        const QString code = write(u"main.cpp"_s, "int main() {}\n");
        QAbstractItemModelTester tester(m_chat->attachments(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach({photo, report, code}));
        PendingAttachments *pending = m_chat->attachments();
        QCOMPARE(pending->rowCount(), 3);
        QVERIFY(pending->documentsSupported());
        // The photo's size as sent: re-encoded at 2048 px, not the file's.
        const qint64 sent = pending->index(0).data(PendingAttachments::SentBytesRole).toLongLong();
        QVERIFY(sent > 0);

        m_server->enqueue(okAnswer());
        QSignalSpy finished(m_chat, &ChatController::answerFinished);
        QVERIFY(m_chat->send(u"What is in these?"_s));
        QCOMPARE(pending->rowCount(), 0); // the chips went with the question
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_chat->messages()->message(1).state, Message::State::Complete);

        const QJsonArray content = lastUserContent();
        QCOMPARE(content.size(), 4);
        const QString url = content[0]["image_url"_L1]["url"_L1].toString();
        QVERIFY(url.startsWith(u"data:image/jpeg;base64,"_s));
        const QImage sentImage =
            QImage::fromData(QByteArray::fromBase64(url.sliced(url.indexOf(u',') + 1).toLatin1()));
        QCOMPARE(sentImage.size(), QSize(2048, 1365));
        QCOMPARE(QByteArray::fromBase64(url.sliced(url.indexOf(u',') + 1).toLatin1()).size(), sent);
        QCOMPARE(content[1]["type"_L1].toString(), u"file"_s);
        QCOMPARE(content[1]["file"_L1]["filename"_L1].toString(), u"report.pdf"_s);
        QCOMPARE(content[2]["text"_L1].toString(), u"main.cpp\n```\nint main() {}\n```"_s);
        QCOMPARE(content[3]["text"_L1].toString(), u"What is in these?"_s);

        // Kept with the question, in the model and in the store.
        const QList<Attachment> kept = m_chat->messages()->message(0).attachments;
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(0).width, 3000);
        QCOMPARE(m_store->message(m_chat->messages()->message(0).id)->attachments, kept);
        const QVariantList role =
            m_chat->messages()->index(0).data(MessageModel::AttachmentsRole).toList();
        QCOMPARE(role.size(), 3);
        QCOMPARE(role.at(0).toMap().value(u"sha256"_s).toString(), kept.at(0).sha256);

        // The next turn sends them again, from the stored files, without encoding again.
        m_server->enqueue(okAnswer());
        QVERIFY(m_chat->send(u"And now?"_s));
        QTRY_COMPARE(finished.count(), 2);
        const QJsonArray messages =
            m_server->requests().constLast().json().value("messages"_L1).toArray();
        QCOMPARE(messages[0]["content"_L1][0]["image_url"_L1]["url"_L1].toString(), url);
        QVERIFY(messages[2]["content"_L1].isString());
    }

    void pdfGoesAsTextWhereAskedOrNotRead()
    {
        const QString report = write(u"r.pdf"_s, TestImages::pdf("Quarterly", "Revenue"));
        QVERIFY(attach({report}));
        m_chat->attachments()->setPdfAsText(0, true);
        m_server->enqueue(okAnswer());
        QSignalSpy finished(m_chat, &ChatController::answerFinished);
        QVERIFY(m_chat->send(u"Summarise"_s));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(lastUserContent()[0]["type"_L1].toString(), u"text"_s);
        QVERIFY(lastUserContent()[0]["text"_L1].toString().contains(u"Quarterly"_s));

        // A server that reads no PDFs gets the text whatever the chip says.
        m_chat->newConversation();
        target(openAi(Support::Unknown, Support::No));
        QVERIFY(attach({report}));
        QVERIFY(!m_chat->attachments()->documentsSupported());
        m_server->enqueue(okAnswer());
        QVERIFY(m_chat->send(u"Summarise"_s));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(lastUserContent()[0]["text"_L1].toString(),
                 u"r.pdf\n```\nQuarterly\nRevenue\n```"_s);
    }

    void aModelThatReadsNoImagesIsToldBeforeSending()
    {
        target(openAi(Support::No, Support::No));
        const QString photo =
            write(u"p.png"_s, TestImages::encode(TestImages::photo(64, 64), "png"));
        const QString notes = write(u"n.txt"_s, "notes\n");
        QVERIFY(attach({photo, notes}, false));
        QVERIFY(m_chat->attachmentNotice().contains(u"test-model"_s));
        const int requests = m_server->requestCount();
        QVERIFY(!m_chat->send(u"Look"_s));
        QCOMPARE(m_server->requestCount(), requests);
        QCOMPARE(m_chat->messages()->rowCount(), 0);

        m_server->enqueue(okAnswer());
        QSignalSpy finished(m_chat, &ChatController::answerFinished);
        QVERIFY(m_chat->sendWithoutImages(u"Look"_s));
        QTRY_COMPARE(finished.count(), 1);
        const QJsonArray content = lastUserContent();
        QCOMPARE(content.size(), 2); // the text file and the question
        QCOMPARE(m_chat->messages()->message(0).attachments.size(), 1);
        QVERIFY(m_chat->attachmentNotice().isEmpty());
    }

    void aRefusalNamesTheAttachmentsAndOffersToSendWithout()
    {
        const QString photo =
            write(u"p.png"_s, TestImages::encode(TestImages::photo(64, 64), "png"));
        QVERIFY(attach({photo}));
        m_server->enqueue(LoopbackServer::Response::full(
            400, R"({"error":{"message":"Invalid content type. image_url is only supported by )"
                 R"(certain models.","type":"invalid_request_error"}})"_ba));
        QSignalSpy finished(m_chat, &ChatController::answerFinished);
        QVERIFY(m_chat->send(u"Look"_s));
        QTRY_COMPARE(finished.count(), 1);
        const Message &failed = m_chat->messages()->message(1);
        QCOMPARE(failed.state, Message::State::Failed);
        QCOMPARE(failed.errorKind, Failure::Kind::Attachment);

        m_server->enqueue(okAnswer());
        QVERIFY(m_chat->resendWithoutAttachments(1));
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(m_server->requests().constLast().json()["messages"_L1][0]["content"_L1].isString());
        // A new version of the question, without them; the first stays as a branch.
        QCOMPARE(m_chat->messages()->message(0).attachments.size(), 0);
        QCOMPARE(m_chat->messages()->index(0).data(MessageModel::SiblingCountRole).toInt(), 2);
    }

    void editingKeepsOrDropsAttachments()
    {
        const QString a = write(u"a.txt"_s, "first\n");
        const QString b = write(u"b.txt"_s, "second\n");
        QVERIFY(attach({a, b}));
        m_server->enqueue(okAnswer());
        QSignalSpy finished(m_chat, &ChatController::answerFinished);
        QVERIFY(m_chat->send(u"Compare"_s));
        QTRY_COMPARE(finished.count(), 1);
        const QList<Attachment> original = m_chat->messages()->message(0).attachments;
        m_server->enqueue(okAnswer());
        QVERIFY(m_chat->editAndResend(0, u"Compare again"_s, {original.at(0).sha256}));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(m_chat->messages()->message(0).attachments, QList<Attachment>{original.at(1)});
        // The first version keeps both.
        m_chat->switchBranch(0, -1);
        QCOMPARE(m_chat->messages()->message(0).attachments, original);
    }

    void stopWhileEncodingSendsNothing()
    {
        const QString photo =
            write(u"big.jpg"_s, TestImages::encode(TestImages::photo(4000, 3000), "jpeg"));
        QVERIFY(attach({photo}));
        m_encoder->clearCache(); // so the send has to encode
        target(std::make_shared<AnthropicWire>());
        const int requests = m_server->requestCount();
        QVERIFY(m_chat->send(u"Look"_s));
        QVERIFY(m_chat->isBusy());
        m_chat->stop();
        QVERIFY(!m_chat->isBusy());
        QCOMPARE(m_chat->messages()->message(1).state, Message::State::Stopped);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(m_server->requestCount(), requests);
    }

    void olderAttachmentsBecomeNotesPastTheRequestLimits()
    {
        AttachmentLimits limits;
        limits.images = Support::Yes;
        limits.maxImageEdge = 256;
        limits.maxRequestBytes = 60000;
        limits.maxImages = 2;
        QList<QList<Attachment>> messages;
        for (int i = 0; i < 4; ++i) {
            QImage image = TestImages::photo(400, 300);
            image.setPixel(i, 0, qRgb(i, 0, 0)); // four different files
            const QByteArray png = TestImages::encode(image, "jpeg");
            Attachment a;
            a.sha256 = m_files->store(png);
            a.name = u"photo%1.jpg"_s.arg(i);
            a.mimeType = u"image/jpeg"_s;
            a.size = png.size();
            messages.append({a});
        }
        QList<QList<ContentPart>> parts;
        QCOMPARE(m_encoder->encodeRequest(messages, limits, &parts),
                 AttachmentEnums::Problem::None);
        QCOMPARE(parts.size(), 4);
        // The newest two go; the older ones are named in a note instead.
        QCOMPARE(parts.at(3).first().kind, ContentPart::Kind::Image);
        QCOMPARE(parts.at(2).first().kind, ContentPart::Kind::Image);
        QCOMPARE(parts.at(1).first().kind, ContentPart::Kind::Text);
        QCOMPARE(parts.at(1).first().name, u"photo1.jpg"_s);
        QVERIFY(parts.at(0).first().text.contains(u"not sent"_s));
        // A missing file is a problem of the newest message (it cannot go at all).
        messages.last().first().sha256 = QString(64, u'0');
        QCOMPARE(m_encoder->encodeRequest(messages, limits, &parts),
                 AttachmentEnums::Problem::Missing);
    }
};

QTEST_GUILESS_MAIN(TestChatAttachments)
#include "tst_chatattachments.moc"

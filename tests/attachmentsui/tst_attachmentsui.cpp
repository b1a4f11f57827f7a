// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of attachments in the chat page: paste, drop and pick add chips, chips are
// removed by button and by keyboard, a question goes with them, its bubble shows the thumbnail
// and opens the larger view. Against a loopback OpenAI-compatible server.
#include "../attachments/testimages.h"
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "attachmentimageprovider.h"
#include "chatcontroller.h"
#include "imagingcodec.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** What the QML test can see and script. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ChatController *chat READ chat CONSTANT)
    Q_PROPERTY(QUrl photo READ photo CONSTANT)
    Q_PROPERTY(QUrl report READ report CONSTANT)
    Q_PROPERTY(QUrl notes READ notes CONSTANT)

public:
    TestEnvironment()
        : m_network(NetworkAccess::createManager(this))
        , m_files(m_dir.filePath(u"attachments"_s))
        , m_encoder(&m_files, &m_codec)
        , m_chat(m_network, this)
    {
        ChatTarget target;
        OpenAiWire::Options options;
        options.documents = AttachmentLimits::Support::Yes;
        target.wire = std::make_shared<OpenAiWire>(options);
        target.endpoint.baseUrl = m_server.url(u"/v1");
        target.model = u"ui-test-model"_s;
        target.limits.maxRetries = 0;
        m_chat.setTarget(target);
        m_chat.setAttachmentServices(&m_files, &m_codec, &m_encoder);
        m_photo = write(u"photo.jpg"_s, TestImages::encode(TestImages::photo(1200, 800), "jpeg"));
        m_report = write(u"report.pdf"_s, TestImages::pdf("Quarterly report", "Revenue grew"));
        m_notes = write(u"notes.md"_s, "# Notes\n");
    }

    ChatController *chat() { return &m_chat; }
    QUrl photo() const { return m_photo; }
    QUrl report() const { return m_report; }
    QUrl notes() const { return m_notes; }
    AttachmentFiles *files() { return &m_files; }

    Q_INVOKABLE void putFilesOnClipboard(const QList<QUrl> &urls)
    {
        auto *data = new QMimeData;
        data->setUrls(urls);
        QGuiApplication::clipboard()->setMimeData(data);
    }
    Q_INVOKABLE void putImageOnClipboard()
    {
        auto *data = new QMimeData;
        data->setImageData(TestImages::photo(300, 200));
        QGuiApplication::clipboard()->setMimeData(data);
    }
    Q_INVOKABLE void putTextOnClipboard(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
    }
    Q_INVOKABLE void queueAnswer()
    {
        m_server.enqueue(LoopbackServer::Response::sse(
            {R"({"choices":[{"index":0,"delta":{"content":"Seen."},"finish_reason":null}]})"_ba,
             R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"_ba, "[DONE]"_ba},
            1));
    }
    /** The types of the parts of the last request's last user message ("image_url", …). */
    Q_INVOKABLE QStringList lastPartTypes() const
    {
        QStringList types;
        const QJsonArray messages =
            m_server.requests().constLast().json().value("messages"_L1).toArray();
        for (const auto &part : messages.last()["content"_L1].toArray())
            types.append(part["type"_L1].toString());
        return types;
    }
    Q_INVOKABLE int requestCount() const { return m_server.requestCount(); }

    /** Drops @p urls on the middle of @p item as a file manager does: drag enter, move, drop
     * events to its window, delivered like real ones. */
    Q_INVOKABLE void dropFiles(QQuickItem *item, const QList<QUrl> &urls)
    {
        QMimeData data;
        data.setUrls(urls);
        const QPointF at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QWindow *window = item->window();
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &enter);
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &move);
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &drop);
    }

private:
    QUrl write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return QUrl::fromLocalFile(file.fileName());
    }

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QNetworkAccessManager *m_network;
    AttachmentFiles m_files;
    ImagingCodec m_codec;
    AttachmentEncoder m_encoder;
    ChatController m_chat;
    QUrl m_photo;
    QUrl m_report;
    QUrl m_notes;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_environment = std::make_unique<TestEnvironment>();
        engine->addImageProvider(u"attachments"_s,
                                 new AttachmentImageProvider(m_environment->files()));
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "TestEnv", m_environment.get());
    }
    /** Reading and encoding on the pool use the environment: done before it goes. */
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

private:
    std::unique_ptr<TestEnvironment> m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(attachmentsui, Setup)
#include "tst_attachmentsui.moc"

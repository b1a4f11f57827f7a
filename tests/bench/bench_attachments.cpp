// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// bench_attachments: prints what attachments cost.
//   1. Attaching a 12-megapixel JPEG (4000 × 3000, made in code): reading, checking, the
//      thumbnail and storing it (what the composer does), then encoding it for each provider
//      (decode + downscale + re-encode, the send-time work; median of 5 with a cold cache),
//      with the bytes sent (the file, and as base64 in the body).
//   2. Opening a conversation of 50 questions, each with an image, against the same without
//      images: the store's read and the message model's reset (what ChatController does), and
//      decoding the 50 thumbnails from disk on the thread pool (what the view's image provider
//      does, off the GUI thread).
// Usage: bench_attachments
#include "../attachments/testimages.h"
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "attachmentintake.h"
#include "attachmentrules.h"
#include "conversationstore.h"
#include "imagingcodec.h"
#include "messagemodel.h"
#include "providerpresets.h"
#include "wireformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double medianMs(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/** A conversation of @p count questions (each with @p images[i] if given) and answers. */
qint64 makeConversation(ConversationStore &store, int count, const QList<Attachment> &images)
{
    const qint64 c = store.createConversation({});
    qint64 parent = 0;
    for (int i = 0; i < count; ++i) {
        Message q;
        q.conversationId = c;
        q.parentId = parent;
        q.text = u"What is in picture %1?"_s.arg(i);
        if (!images.isEmpty())
            q.attachments = {images.at(i)};
        parent = store.appendMessage(q);
        Message a;
        a.conversationId = c;
        a.parentId = parent;
        a.author = Message::Author::Assistant;
        a.text = u"A picture with some colours in it, and a few words about it."_s;
        parent = store.appendMessage(a);
    }
    return c;
}

double openMs(ConversationStore &store, qint64 id)
{
    QList<double> times;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<Conversation> c = store.loadConversation(id);
        MessageModel model;
        model.reset(c->messages, c->info.activeLeafId);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianMs(times);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    AttachmentFiles files(dir.filePath(u"attachments"_s));
    ImagingCodec codec;
    AttachmentEncoder encoder(&files, &codec);

    // 1. A 12-megapixel photo.
    const QByteArray jpeg = TestImages::encode(TestImages::photo(4000, 3000), "jpeg", 92);
    const QString path = dir.filePath(u"photo.jpg"_s);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(jpeg);
    out.close();
    std::printf("12-megapixel JPEG, 4000 x 3000, %lld bytes\n",
                static_cast<long long>(jpeg.size()));

    QList<double> attachTimes;
    Attachment attachment;
    for (int run = 0; run < 5; ++run) {
        AttachmentFiles fresh(dir.filePath(u"attach-%1"_s.arg(run)));
        QElapsedTimer timer;
        timer.start();
        const AttachmentIntake::Result result = AttachmentIntake::fromFile(path, fresh, codec);
        attachTimes.append(double(timer.nsecsElapsed()) / 1e6);
        attachment = result.attachment;
    }
    std::printf("attach (read, check, thumbnail, store): %.0f ms median of 5\n",
                medianMs(attachTimes));
    files.store(jpeg);

    std::printf("\n%-10s %8s %12s %14s %14s %10s\n", "provider", "edge", "sent size", "bytes",
                "base64 bytes", "encode ms");
    for (const char *id : {"openai", "anthropic", "gemini", "ollama"}) {
        const ProviderPreset *preset = ProviderPresets::find(QString::fromLatin1(id));
        const AttachmentLimits limits = ProviderPresets::makeWire(*preset)->attachmentLimits();
        QList<double> times;
        AttachmentEncoder::Part part;
        for (int run = 0; run < 5; ++run) {
            encoder.clearCache();
            QElapsedTimer timer;
            timer.start();
            part = encoder.encode(attachment, limits);
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const QImage sent = QImage::fromData(part.part.data);
        std::printf("%-10s %8d %12s %14lld %14lld %10.0f\n", id, limits.maxImageEdge,
                    qPrintable(u"%1x%2"_s.arg(sent.width()).arg(sent.height())),
                    static_cast<long long>(part.part.data.size()),
                    static_cast<long long>((part.part.data.size() + 2) / 3 * 4), medianMs(times));
    }
    // A later turn sends the same image again: from the cache.
    const AttachmentLimits anthropic =
        ProviderPresets::makeWire(*ProviderPresets::find(u"anthropic"_s))->attachmentLimits();
    encoder.encode(attachment, anthropic);
    QElapsedTimer cached;
    cached.start();
    encoder.encode(attachment, anthropic);
    std::printf("the same again from the cache (a later turn): %.2f ms\n",
                double(cached.nsecsElapsed()) / 1e6);

    // 2. A conversation with 50 images.
    constexpr int kImages = 50;
    QList<Attachment> images;
    for (int i = 0; i < kImages; ++i) {
        QImage image = TestImages::photo(1600, 1200);
        image.setPixel(0, 0, qRgb(i, i, i));
        const QByteArray bytes = TestImages::encode(image, "jpeg", 88);
        const AttachmentIntake::Result r =
            AttachmentIntake::fromBytes(bytes, u"photo%1.jpg"_s.arg(i), files, codec);
        images.append(r.attachment);
    }
    ConversationStore store;
    store.setAttachmentFiles(&files);
    store.open(dir.filePath(u"history.sqlite"_s));
    const qint64 plain = makeConversation(store, kImages, {});
    const qint64 withImages = makeConversation(store, kImages, images);
    std::printf("\nopen a conversation of %d questions and answers (store read + model reset, "
                "median of 7):\n  without images %.2f ms\n  with an image each %.2f ms\n",
                kImages, openMs(store, plain), openMs(store, withImages));

    QElapsedTimer thumbs;
    thumbs.start();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QList<QImage> decoded(kImages);
    for (int i = 0; i < kImages; ++i) {
        pool.start([&, i] {
            decoded[i] = ImagingCodec::decodeFile(files.thumbnailPath(images.at(i).sha256),
                                                  AttachmentRules::kThumbnailEdge);
        });
    }
    pool.waitForDone();
    const qint64 thumbBytes = [&] {
        qint64 total = 0;
        for (const Attachment &a : images)
            total += QFileInfo(files.thumbnailPath(a.sha256)).size();
        return total;
    }();
    std::printf("decode the %d thumbnails from disk on 2 pool threads: %.0f ms (%lld KB of "
                "thumbnails; the GUI thread does none of it)\n",
                kImages, double(thumbs.nsecsElapsed()) / 1e6,
                static_cast<long long>(thumbBytes / 1024));
    return 0;
}

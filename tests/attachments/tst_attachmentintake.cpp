// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// Reading files to attach with the real codec: images, PDFs and text accepted and described;
// hostile inputs (truncated PNG and JPEG, a decompression bomb, a huge GIF, a file that changes
// while it is read, one that cannot be read) each refused with a clear, typed problem, nothing
// stored for them and memory bounded; metadata stripped and EXIF orientation kept.

#include "attachmentfiles.h"
#include "attachmentintake.h"
#include "attachmentrules.h"
#include "imagingcodec.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Problem = AttachmentEnums::Problem;

namespace {
/** Peak resident memory of this process so far, in MB. */
long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}
} // namespace

class TestAttachmentIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ImagingCodec m_codec;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

    AttachmentIntake::Result attach(const QString &name, const QByteArray &bytes,
                                    AttachmentFiles &files)
    {
        return AttachmentIntake::fromFile(write(name, bytes), files, m_codec);
    }

private Q_SLOTS:
    void imagePdfAndTextAreAccepted()
    {
        AttachmentFiles files(m_dir.filePath(u"store-ok"_s));
        const QByteArray jpeg = TestImages::encode(TestImages::photo(640, 480), "jpeg");
        const auto image = attach(u"photo.jpg"_s, jpeg, files);
        QVERIFY(image.ok());
        QCOMPARE(image.attachment.mimeType, u"image/jpeg"_s);
        QCOMPARE(image.attachment.width, 640);
        QCOMPARE(image.attachment.height, 480);
        QCOMPARE(image.attachment.size, jpeg.size());
        QCOMPARE(image.attachment.sha256, AttachmentFiles::hashOf(jpeg));
        QVERIFY(files.contains(image.attachment.sha256));
        // The thumbnail is made once, small, and readable.
        QImageReader thumbnail(files.thumbnailPath(image.attachment.sha256));
        QCOMPARE(thumbnail.size(), QSize(320, 240));

        const auto pdf =
            attach(u"report.pdf"_s, TestImages::pdf("Quarterly report", "Revenue grew"), files);
        QVERIFY(pdf.ok());
        QCOMPARE(pdf.attachment.mimeType, u"application/pdf"_s);
        QCOMPARE(pdf.attachment.kind(), Attachment::Kind::Pdf);

        const auto code = attach(u"main.cpp"_s, "int main() { return 0; }\n", files);
        QVERIFY(code.ok());
        QCOMPARE(code.attachment.kind(), Attachment::Kind::Text);
        QVERIFY(code.attachment.mimeType.startsWith(u"text/"_s));

        // A PNG named .jpg is what its bytes say.
        const auto png =
            attach(u"misnamed.jpg"_s, TestImages::encode(TestImages::photo(20, 10), "png"), files);
        QCOMPARE(png.attachment.mimeType, u"image/png"_s);
    }

    void sameBytesAreStoredOnce()
    {
        AttachmentFiles files(m_dir.filePath(u"store-dedupe"_s));
        const QByteArray jpeg = TestImages::encode(TestImages::photo(64, 48), "jpeg");
        const auto a = attach(u"a.jpg"_s, jpeg, files);
        const auto b = attach(u"copy of a.jpg"_s, jpeg, files);
        QCOMPARE(a.attachment.sha256, b.attachment.sha256);
        QCOMPARE(files.storedHashes(), QStringList{a.attachment.sha256});
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Problem>("problem");
        const QByteArray png = TestImages::encode(TestImages::photo(400, 300), "png");
        const QByteArray jpeg = TestImages::encode(TestImages::photo(400, 300), "jpeg");
        QTest::newRow("truncated PNG")
            << u"cut.png"_s << png.first(png.size() / 2) << Problem::Damaged;
        QTest::newRow("truncated JPEG")
            << u"cut.jpg"_s << jpeg.first(jpeg.size() / 2) << Problem::Damaged;
        QTest::newRow("PNG header only") << u"header.png"_s << png.first(40) << Problem::Damaged;
        QTest::newRow("50,000 x 50,000 PNG")
            << u"bomb.png"_s << TestImages::pngBomb(50000) << Problem::TooManyPixels;
        QTest::newRow("10,000 x 10,000 PNG")
            << u"big.png"_s << TestImages::pngBomb(10000) << Problem::TooManyPixels;
        QTest::newRow("65,535 x 65,535 GIF")
            << u"huge.gif"_s << TestImages::hugeGif() << Problem::TooManyPixels;
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << Problem::Empty;
        QTest::newRow("binary") << u"program.bin"_s
                                << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0",
                                              9)
                                << Problem::Unsupported;
        QTest::newRow("latin-1 text")
            << u"old.txt"_s << QByteArray("caf\xe9 cr\xe8me") << Problem::Unsupported;
        QTest::newRow("text over the limit")
            << u"huge.log"_s << QByteArray(AttachmentRules::kMaxTextBytes + 1, 'a')
            << Problem::TooLarge;
    }

    void hostileInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(Problem, problem);
        AttachmentFiles files(m_dir.filePath(u"store-hostile"_s));
        const long before = peakRssMb();
        const auto result = attach(name, bytes, files);
        QCOMPARE(result.problem, problem);
        QCOMPARE(result.attachment.name, name);
        QVERIFY(result.attachment.sha256.isEmpty());
        QVERIFY(files.storedHashes().isEmpty()); // nothing kept of a refused file
        // The refusal came before the pixels: no large allocation happened.
        QVERIFY2(peakRssMb() - before < 64, qPrintable(u"%1 MB"_s.arg(peakRssMb() - before)));
        // Said in words that name the file.
        QVERIFY(AttachmentIntake::describe(problem, name).contains(name) ||
                problem == Problem::TooMany);
    }

    void aFileThatChangesWhileReadIsRefused()
    {
        AttachmentFiles files(m_dir.filePath(u"store-changed"_s));
        const QString path = write(u"growing.txt"_s, "first part\n");
        const auto result = AttachmentIntake::fromFile(path, files, m_codec, [&path] {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("second part, written while Confab read the first\n");
        });
        QCOMPARE(result.problem, Problem::Changed);
        QVERIFY(files.storedHashes().isEmpty());
        // Once it is complete it attaches.
        QVERIFY(AttachmentIntake::fromFile(path, files, m_codec).ok());
    }

    void unreadableFilesAreRefused()
    {
        AttachmentFiles files(m_dir.filePath(u"store-unreadable"_s));
        QCOMPARE(
            AttachmentIntake::fromFile(m_dir.filePath(u"missing.png"_s), files, m_codec).problem,
            Problem::Unreadable);
        QDir(m_dir.path()).mkdir(u"a folder"_s);
        QCOMPARE(AttachmentIntake::fromFile(m_dir.filePath(u"a folder"_s), files, m_codec).problem,
                 Problem::Unreadable);
        const QString secret = write(u"secret.txt"_s, "not yours\n");
        QFile::setPermissions(secret, QFileDevice::Permissions{});
        if (::geteuid() == 0)
            QSKIP("root reads any file: the permission case needs an ordinary user");
        QCOMPARE(AttachmentIntake::fromFile(secret, files, m_codec).problem, Problem::Unreadable);
    }

    void exifOrientationIsAppliedAndMetadataDropped()
    {
        // A 60 × 40 photo stored sideways with orientation 6 (rotate 90° clockwise to view).
        const QByteArray jpeg =
            TestImages::jpegWithExif(TestImages::photo(60, 40), 6, "SECRET-GPS-48.85N");
        AttachmentFiles files(m_dir.filePath(u"store-exif"_s));
        const auto result = attach(u"sideways.jpg"_s, jpeg, files);
        QVERIFY(result.ok());
        QCOMPARE(QSize(result.attachment.width, result.attachment.height), QSize(40, 60));
        const auto encoded = m_codec.encodeImage(jpeg, 2048, 1 << 20);
        QCOMPARE(encoded.size, QSize(40, 60));
        QVERIFY(!encoded.data.contains("SECRET"));
        QVERIFY(!encoded.data.contains("Exif"));
        // The stored original is the user's file, unchanged; only what is sent is re-encoded.
        QCOMPARE(files.read(result.attachment.sha256, 1 << 20), std::optional(jpeg));

        QImage withText = TestImages::photo(30, 30);
        withText.setText(u"Comment"_s, u"SECRET-NOTE"_s);
        const QByteArray png = TestImages::encode(withText, "png");
        QVERIFY(png.contains("SECRET-NOTE"));
        const auto clean = m_codec.encodeImage(png, 2048, 1 << 20);
        QVERIFY(!clean.data.isEmpty());
        QVERIFY(!clean.data.contains("SECRET"));
    }

    void downscaledToEachLimit()
    {
        // 12 megapixels, as a phone takes them.
        const QByteArray jpeg = TestImages::encode(TestImages::photo(4000, 3000), "jpeg", 92);
        const struct
        {
            int edge;
            qint64 bytes;
        } limits[] = {{1568, 3932160}, {2048, 20 << 20}, {3072, 14 << 20}, {512, 40000}};
        for (const auto &limit : limits) {
            const auto encoded = m_codec.encodeImage(jpeg, limit.edge, limit.bytes);
            QCOMPARE(encoded.problem, Problem::None);
            QCOMPARE(encoded.mimeType, QByteArray("image/jpeg"));
            QVERIFY(encoded.data.size() <= limit.bytes);
            QVERIFY(std::max(encoded.size.width(), encoded.size.height()) <= limit.edge);
            QCOMPARE(QImage::fromData(encoded.data).size(), encoded.size);
        }
        // A small one stays at its size; an impossible budget is a clear problem.
        QCOMPARE(m_codec.encodeImage(jpeg, 100000, 20 << 20).size, QSize(4000, 3000));
        QCOMPARE(m_codec.encodeImage(jpeg, 1568, 10).problem, Problem::TooLarge);
    }

    void transparencyStaysPng()
    {
        QImage image(200, 100, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const auto encoded = m_codec.encodeImage(TestImages::encode(image, "png"), 1568, 5 << 20);
        QCOMPARE(encoded.mimeType, QByteArray("image/png"));
        QVERIFY(QImage::fromData(encoded.data).hasAlphaChannel());
    }

    void pdfText()
    {
        const auto text =
            m_codec.pdfText(TestImages::pdf("Quarterly report", "Revenue grew"), 1000);
        QCOMPARE(text.problem, Problem::None);
        QCOMPARE(text.pages, 1);
        QVERIFY(text.text.contains(u"Quarterly report"_s));
        QVERIFY(text.text.contains(u"Revenue grew"_s));
        QCOMPARE(m_codec.pdfText("%PDF-1.4 nothing else", 1000).problem, Problem::Damaged);
        QCOMPARE(m_codec.pdfText(TestImages::pdf("Quarterly report", "x"), 9).text.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentIntake)
#include "tst_attachmentintake.moc"

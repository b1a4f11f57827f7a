// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// The floor of any client built on QNetworkAccessManager: POST, read every byte as it arrives,
// discard it. bench_stream runs it beside confab-cli and curl, so the figures show how much of
// confab-cli's cost is Qt's HTTP stack and how much is Confab's own decoding and output.
// Usage: bench_qnam_floor URL
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QString::fromLocal8Bit(argv[1])));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = network.post(request, "{\"stream\":true}"_ba);
    qint64 bytes = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, &app,
                     [&bytes, reply] { bytes += reply->readAll().size(); });
    QObject::connect(reply, &QNetworkReply::finished, &app, [&bytes, reply] {
        QCoreApplication::exit(reply->error() == QNetworkReply::NoError && bytes > 0 ? 0 : 1);
    });
    const int code = app.exec();
    delete reply;
    return code;
}

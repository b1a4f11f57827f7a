// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Network settings applied at runtime: a manual proxy (with loopback servers reached directly)
// and an extra certificate authority, against loopback servers (one of them TLS).
#include "appsettings.h"
#include "loopbackserver.h"
#include "modellist.h"
#include "networkaccess.h"
#include "networkconfigurator.h"
#include "networksettings.h"
#include "openaiwire.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kTlsDir = QStringLiteral(CONFAB_TEST_DATA_DIR) + u"/tls/"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** An HTTPS server on 127.0.0.1 that answers every request with one model list. */
class TlsServer : public QObject
{
public:
    TlsServer()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(readFile(kTlsDir + u"server.pem"_s)));
        configuration.setPrivateKey(QSslKey(readFile(kTlsDir + u"server.key"_s), QSsl::Rsa));
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return; // small GETs arrive in one piece on loopback
                    const QByteArray body = R"({"data":[{"id":"tls-model"}]})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    bool isValid() const
    {
        return m_server.isListening() && !m_server.sslConfiguration().privateKey().isNull();
    }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())); }

private:
    QSslServer m_server;
};
} // namespace

class TestNetworkConfigurator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void manualProxyCarriesRemoteRequests();
    void extraCertificateAuthorityAppliesAtOnce();
    void unreadableCaFileIsExplained();

private:
    ModelListResult fetch(const QUrl &baseUrl);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
    AppSettings *m_settings = nullptr;
    NetworkSettings *m_networkSettings = nullptr;
};

void TestNetworkConfigurator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_owner = std::make_unique<QObject>();
    m_network = NetworkAccess::createManager(m_owner.get());
    m_settings = new AppSettings(m_dir->filePath(u"Confab.conf"_s), m_owner.get());
    m_networkSettings = new NetworkSettings(m_settings->file(), m_owner.get());
}

void TestNetworkConfigurator::cleanup()
{
    m_networkSettings->setCaCertificateFile({}); // the CA list is process-wide
    m_owner.reset();
    m_dir.reset();
}

ModelListResult TestNetworkConfigurator::fetch(const QUrl &baseUrl)
{
    ModelListLimits limits;
    limits.timeoutMs = 5'000;
    ModelListRequest request(m_network, std::make_shared<OpenAiWire>(), {baseUrl, {}, {}}, limits);
    QSignalSpy finished(&request, &ModelListRequest::finished);
    request.start();
    if (!finished.wait(10'000))
        return {};
    return finished.first().at(0).value<ModelListResult>();
}

void TestNetworkConfigurator::manualProxyCarriesRemoteRequests()
{
    LoopbackServer proxy;
    proxy.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"data":[{"id":"via-proxy"}]})"_ba);
    });
    LoopbackServer local;
    local.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"data":[{"id":"direct"}]})"_ba);
    });
    NetworkConfigurator configurator(m_networkSettings, m_network);
    m_networkSettings->setProxyMode(NetworkSettings::ProxyMode::ManualProxy);
    m_networkSettings->setProxyHost(u"127.0.0.1"_s);
    m_networkSettings->setProxyPort(proxy.port());

    ModelListResult result = fetch(QUrl(u"http://models.example.test/v1"_s));
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(result.models.first().id, u"via-proxy"_s);
    QCOMPARE(proxy.requestCount(), 1);
    // An HTTP proxy gets the absolute URL.
    QCOMPARE(proxy.requests().first().target, "http://models.example.test/v1/models"_ba);

    // Servers on this machine are reached directly.
    result = fetch(local.url(u"/v1"));
    QCOMPARE(result.models.first().id, u"direct"_s);
    QCOMPARE(proxy.requestCount(), 1);
    QCOMPARE(local.requestCount(), 1);

    // Back to no proxy: the proxy sees nothing more, even for a remote name.
    m_networkSettings->setProxyMode(NetworkSettings::ProxyMode::NoProxy);
    result = fetch(QUrl(u"http://models.example.test/v1"_s));
    QVERIFY(!result.succeeded());
    QCOMPARE(proxy.requestCount(), 1);
}

void TestNetworkConfigurator::extraCertificateAuthorityAppliesAtOnce()
{
    TlsServer server;
    QVERIFY(server.isValid());
    NetworkConfigurator configurator(m_networkSettings, m_network);

    ModelListResult result = fetch(server.url());
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QVERIFY2(result.error.message.contains(u"secure connection"_s),
             qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(u"Network settings"_s));

    m_networkSettings->setCaCertificateFile(kTlsDir + u"ca.pem"_s);
    QCOMPARE(configurator.caError(), QString());
    result = fetch(server.url());
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(result.models.first().id, u"tls-model"_s);

    m_networkSettings->setCaCertificateFile({});
    result = fetch(server.url());
    QCOMPARE(result.error.kind, ErrorKind::Network);
}

void TestNetworkConfigurator::unreadableCaFileIsExplained()
{
    NetworkConfigurator configurator(m_networkSettings, m_network);
    QSignalSpy changed(&configurator, &NetworkConfigurator::caErrorChanged);
    const QString notACertificate = m_dir->filePath(u"notes.txt"_s);
    QFile file(notACertificate);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();
    m_networkSettings->setCaCertificateFile(notACertificate);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(configurator.caError().contains(u"holds no certificate"_s),
             qPrintable(configurator.caError()));
    m_networkSettings->setCaCertificateFile(m_dir->filePath(u"missing.pem"_s));
    QVERIFY(configurator.caError().startsWith(u"Could not read"_s));
    m_networkSettings->setCaCertificateFile({});
    QCOMPARE(configurator.caError(), QString());
}

QTEST_GUILESS_MAIN(TestNetworkConfigurator)
#include "tst_networkconfigurator.moc"

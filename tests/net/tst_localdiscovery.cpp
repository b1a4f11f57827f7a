// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// LocalDiscovery against loopback servers started by the test.
#include "localdiscovery.h"
#include "loopbackserver.h"
#include "networkaccess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

class TestLocalDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultProbesAreTheLocalPresets();
    void findsServersThatAnswerWithAModelList();
    void probesRunConcurrently();
    void abortStopsEverything();
    void restartFromItsOwnSignals();

private:
    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
};

void TestLocalDiscovery::init()
{
    m_owner = std::make_unique<QObject>();
    m_network = NetworkAccess::createManager(m_owner.get());
}

void TestLocalDiscovery::cleanup()
{
    m_owner.reset();
}

void TestLocalDiscovery::defaultProbesAreTheLocalPresets()
{
    QHash<QString, int> ports;
    for (const LocalDiscovery::Probe &probe : LocalDiscovery::defaultProbes())
        ports.insert(probe.presetId, probe.baseUrl.port());
    const QHash<QString, int> expected{
        {u"ollama"_s, 11434}, {u"llamacpp"_s, 8080}, {u"lmstudio"_s, 1234}, {u"vllm"_s, 8000}};
    QCOMPARE(ports, expected);
    for (const LocalDiscovery::Probe &probe : LocalDiscovery::defaultProbes())
        QCOMPARE(probe.baseUrl.host(), u"localhost"_s);
}

void TestLocalDiscovery::findsServersThatAnswerWithAModelList()
{
    LoopbackServer ollama;
    ollama.setFallback([](const LoopbackServer::Request &request) {
        return request.path() == "/api/tags"
                   ? Response::full(200, R"({"models":[{"name":"llama3.2:latest"}]})"_ba)
                   : Response::full(404, "404 page not found"_ba, "text/plain"_ba);
    });
    LoopbackServer llamaCpp;
    llamaCpp.setFallback([](const LoopbackServer::Request &request) {
        return request.path() == "/v1/models"
                   ? Response::full(200, R"({"object":"list","data":[{"id":"qwen.gguf"}]})"_ba)
                   : Response::full(404, "{}"_ba);
    });
    LoopbackServer unrelated; // some other web server on a well-known port
    unrelated.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, "<html>Welcome to nginx</html>"_ba, "text/html"_ba);
    });
    quint16 closedPort = 0;
    {
        LoopbackServer closed;
        closedPort = closed.port();
    }

    const QList<LocalDiscovery::Probe> probes{
        {u"ollama"_s, ollama.url()},
        {u"llamacpp"_s, llamaCpp.url(u"/v1")},
        {u"vllm"_s, unrelated.url(u"/v1")},
        {u"lmstudio"_s, QUrl(u"http://127.0.0.1:%1/v1"_s.arg(closedPort))},
    };
    LocalDiscovery discovery(m_network, probes, 5'000);
    QSignalSpy found(&discovery, &LocalDiscovery::serverFound);
    QSignalSpy finished(&discovery, &LocalDiscovery::finished);
    discovery.start();
    QVERIFY(discovery.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QVERIFY(!discovery.isRunning());
    QCOMPARE(found.count(), 2);

    const QList<LocalServer> servers = discovery.servers();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers.at(0).presetId, u"ollama"_s);
    QCOMPARE(servers.at(0).baseUrl, ollama.url());
    QCOMPARE(servers.at(0).models.size(), 1);
    QCOMPARE(servers.at(0).models.first().id, u"llama3.2:latest"_s);
    QCOMPARE(servers.at(1).presetId, u"llamacpp"_s);
    QCOMPARE(servers.at(1).models.first().id, u"qwen.gguf"_s);
    QCOMPARE(unrelated.requestCount(), 1);
    QCOMPARE(unrelated.requests().first().target, "/v1/models"_ba);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestLocalDiscovery::probesRunConcurrently()
{
    // Three servers that accept and never answer: every one is asked before any probe ends.
    std::vector<std::unique_ptr<LoopbackServer>> silent;
    QList<LocalDiscovery::Probe> probes;
    for (int i = 0; i < 3; ++i) {
        silent.push_back(std::make_unique<LoopbackServer>());
        Response stall = Response::stream({}, "application/json"_ba);
        stall.end = Response::End::Stall;
        silent.back()->enqueue(stall);
        probes.append({u"vllm"_s, silent.back()->url(u"/v1")});
    }
    LocalDiscovery discovery(m_network, probes, 3'000);
    QSignalSpy finished(&discovery, &LocalDiscovery::finished);
    discovery.start();
    QTRY_VERIFY(std::all_of(silent.begin(), silent.end(),
                            [](const auto &server) { return server->requestCount() == 1; }));
    QVERIFY(discovery.isRunning());
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QVERIFY(discovery.servers().isEmpty());
}

void TestLocalDiscovery::abortStopsEverything()
{
    LoopbackServer server;
    Response slow = Response::full(200, R"({"models":[]})"_ba);
    slow.headDelayMs = 300;
    server.enqueue(slow);
    // A short timeout: a timer that survived the abort would fire during the wait below.
    constexpr int kTimeoutMs = 600;
    LocalDiscovery discovery(m_network, {{u"ollama"_s, server.url()}}, kTimeoutMs);
    QSignalSpy found(&discovery, &LocalDiscovery::serverFound);
    QSignalSpy finished(&discovery, &LocalDiscovery::finished);
    discovery.start();
    QTRY_COMPARE(server.requestCount(), 1);
    discovery.abort();
    QVERIFY(!discovery.isRunning());
    QTRY_COMPARE(server.disconnectCount(), 1);
    // Absence can only be shown by waiting: past both the answer's delay and the timeout.
    QTest::qWait(kTimeoutMs + 200);
    QCOMPARE(found.count(), 0);
    QCOMPARE(finished.count(), 0);
}

void TestLocalDiscovery::restartFromItsOwnSignals()
{
    // A listener that searches again when the search ends, or when a server is found (a page
    // created anew, say), restarts it from inside the signal of a probe that is still emitting:
    // the probe must outlive its own signal (under ASan, a use after free otherwise).
    LoopbackServer server;
    server.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"models":[{"name":"llama3.2:latest"}]})"_ba);
    });
    LocalDiscovery discovery(m_network, {{u"ollama"_s, server.url()}}, 3'000);
    int restarts = 0;
    connect(&discovery, &LocalDiscovery::serverFound, &discovery, [&] {
        if (restarts < 3) {
            ++restarts;
            discovery.abort();
            discovery.start();
        }
    });
    QSignalSpy finished(&discovery, &LocalDiscovery::finished);
    connect(&discovery, &LocalDiscovery::finished, &discovery, [&] {
        if (finished.count() < 3)
            discovery.start();
    });
    discovery.start();
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(restarts, 3);
    QCOMPARE(discovery.servers().size(), 1);
    QCOMPARE(server.requestCount(), 6);
}

QTEST_GUILESS_MAIN(TestLocalDiscovery)
#include "tst_localdiscovery.moc"

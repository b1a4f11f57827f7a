// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "localdiscovery.h"

#include "providerpresets.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDiscovery, "confab.net.discovery", QtWarningMsg)

QList<LocalDiscovery::Probe> LocalDiscovery::defaultProbes()
{
    QList<Probe> probes;
    for (const ProviderPreset &preset : ProviderPresets::all()) {
        if (preset.capabilities.testFlag(ProviderPreset::LocalServer))
            probes.append({preset.id, QUrl(preset.defaultBaseUrl)});
    }
    return probes;
}

LocalDiscovery::LocalDiscovery(QNetworkAccessManager *network, QList<Probe> probes, int timeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_probes(std::move(probes))
    , m_timeoutMs(timeoutMs)
{}

LocalDiscovery::~LocalDiscovery()
{
    for (const auto &request : m_requests)
        request->abort(); // then deleted with the vector: no signal can be on its way
}

void LocalDiscovery::retireRequests()
{
    for (auto &request : m_requests) {
        request->abort();
        // Deleted once back in the event loop (it may be emitting right now), or with this
        // object if that comes first (an application quitting with a search just restarted).
        ModelListRequest *retired = request.release();
        retired->setParent(this);
        retired->deleteLater();
    }
    m_requests.clear();
}

void LocalDiscovery::start()
{
    if (isRunning())
        return;
    retireRequests();
    const int run = ++m_run;
    m_found = QList<std::optional<LocalServer>>(m_probes.size());
    m_pending = int(m_probes.size());
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &LocalDiscovery::finished, Qt::QueuedConnection);
        return;
    }
    ModelListLimits limits;
    limits.timeoutMs = m_timeoutMs;
    limits.maxPages = 1;
    for (int i = 0; i < m_probes.size(); ++i) {
        const ProviderPreset *preset = ProviderPresets::find(m_probes.at(i).presetId);
        ProviderEndpoint endpoint;
        endpoint.baseUrl = m_probes.at(i).baseUrl;
        auto request = std::make_unique<ModelListRequest>(
            m_network, ProviderPresets::makeWire(preset ? *preset : ProviderPresets::custom()),
            endpoint, limits);
        connect(request.get(), &ModelListRequest::finished, this,
                [this, run, i](const ModelListResult &result) { onProbeFinished(run, i, result); });
        m_requests.push_back(std::move(request));
    }
    // Started after all are built, so a probe that fails at once cannot end the search early.
    for (const auto &request : m_requests)
        request->start();
}

void LocalDiscovery::abort()
{
    m_pending = 0;
    ++m_run;
    retireRequests();
}

QList<LocalServer> LocalDiscovery::servers() const
{
    QList<LocalServer> result;
    for (const auto &server : m_found) {
        if (server)
            result.append(*server);
    }
    return result;
}

void LocalDiscovery::onProbeFinished(int run, int index, const ModelListResult &result)
{
    if (run != m_run || m_pending == 0)
        return;
    const Probe &probe = m_probes.at(index);
    if (result.succeeded()) {
        const LocalServer server{probe.presetId, probe.baseUrl, result.models};
        m_found[index] = server;
        qCDebug(lcDiscovery) << "found" << probe.presetId << "at" << probe.baseUrl;
        Q_EMIT serverFound(server);
        if (run != m_run || m_pending == 0)
            return; // a slot aborted or restarted the search
    }
    if (--m_pending == 0)
        Q_EMIT finished();
}

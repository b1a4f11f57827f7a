// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "modellist.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

/** A model server found running on this machine. */
struct LocalServer
{
    QString presetId; /**< the preset it answers as: "ollama", "llamacpp", … */
    QUrl baseUrl;
    QList<ModelInfo> models;
};

/**
 * @brief Looks for model servers on loopback: all probes at once, each with a short timeout.
 *
 * A probe succeeds when its address answers with a model list in the preset's wire format
 * (Ollama `/api/tags`, the OpenAI-compatible servers `/v1/models`); anything else — refused,
 * silent, an unrelated web server — is not a find. Emits serverFound() per find (in probe
 * order is not guaranteed) and then finished() once.
 */
class LocalDiscovery : public QObject
{
    Q_OBJECT

public:
    struct Probe
    {
        QString presetId;
        QUrl baseUrl;
    };

    /** Every preset marked as a local server, at its default address. */
    static QList<Probe> defaultProbes();

    LocalDiscovery(QNetworkAccessManager *network, QList<Probe> probes = defaultProbes(),
                   int timeoutMs = 2'000, QObject *parent = nullptr);
    ~LocalDiscovery() override;

    void start();
    /** Stops all probes; no signal follows. */
    void abort();

    bool isRunning() const { return m_pending > 0; }
    /** The servers found so far, in probe order. */
    QList<LocalServer> servers() const;

Q_SIGNALS:
    void serverFound(const LocalServer &server);
    void finished();

private:
    void onProbeFinished(int run, int index, const ModelListResult &result);
    /** Aborts the current probes and deletes them once they have returned to the event loop:
     * start() and abort() may be called from inside a probe's own signal. */
    void retireRequests();

    QNetworkAccessManager *m_network;
    QList<Probe> m_probes;
    int m_timeoutMs;
    std::vector<std::unique_ptr<ModelListRequest>> m_requests;
    QList<std::optional<LocalServer>> m_found;
    int m_pending = 0;
    int m_run = 0; // start() and abort() begin a new run; answers of older runs are dropped
};

Q_DECLARE_METATYPE(LocalServer)

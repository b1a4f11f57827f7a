// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QUrl;

/**
 * @brief Whether this machine is online, so the UI can say "offline" once instead of failing
 * request by request.
 *
 * Uses QNetworkInformation when a backend loads (on Debian: NetworkManager over D-Bus, or
 * GLib's network monitor); `monitored` is then true and changes arrive as the OS sees them.
 * Without a backend it can only infer: a "host not found" or "network unreachable" for a
 * non-loopback host marks it offline, and any answer from a non-loopback server marks it
 * online again — so the state changes only when a request is made.
 * Loopback servers (Ollama, llama.cpp, …) keep working offline; callers skip the check for them.
 */
class NetworkStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged FINAL)
    /** The operating system reports reachability (a QNetworkInformation backend loaded). */
    Q_PROPERTY(bool monitored READ isMonitored CONSTANT FINAL)
    Q_PROPERTY(QString backendName READ backendName CONSTANT FINAL)

public:
    enum class Source { System, InferenceOnly };

    explicit NetworkStatus(Source source = Source::System, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    bool isMonitored() const { return m_monitored; }
    QString backendName() const { return m_backendName; }

    /**
     * The outcome of a request to @p url: @p networkError is a QNetworkReply::NetworkError
     * (NoError when the server answered, whatever its HTTP status).
     */
    void reportOutcome(const QUrl &url, int networkError);

    /** True for localhost, 127.0.0.0/8 and ::1. */
    static bool isLoopback(const QUrl &url);

Q_SIGNALS:
    void onlineChanged();

private:
    void setOnline(bool online);

    bool m_online = true;
    bool m_monitored = false;
    QString m_backendName;
};

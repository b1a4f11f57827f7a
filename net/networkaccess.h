// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QObject;
class QUrl;

namespace NetworkAccess {
/**
 * @brief The one QNetworkAccessManager for provider traffic.
 *
 * Uses the system proxy, never follows redirects on its own (streams verify each hop), keeps
 * HSTS, and has no cache.
 */
QNetworkAccessManager *createManager(QObject *parent);

/** True when @p target has the scheme, host and port of @p origin. */
bool isSameOrigin(const QUrl &origin, const QUrl &target);

/**
 * Sets what every provider request needs: each redirect hop is verified by the caller (see
 * allowSameOriginRedirect), and nothing is read from or written to a cache.
 */
void prepareRequest(QNetworkRequest &request);

/**
 * The handler for QNetworkReply::redirected: a hop to the same origin is allowed (the reply
 * follows it); a hop to another origin is not, because the request carries the API key. Returns
 * whether the redirect was allowed; when it was not, the caller fails the request.
 */
bool allowSameOriginRedirect(QNetworkReply *reply, const QUrl &target);

/**
 * Lets go of @p reply for good: @p receiver hears nothing more from it, it is aborted if it is
 * still running (the server sees the connection close) and deleted later. Null is allowed.
 */
void discardReply(QNetworkReply *reply, const QObject *receiver);

/** How provider traffic reaches the internet. */
struct ProxySettings
{
    enum class Mode {
        System, /**< the desktop's proxy settings and http(s)_proxy / no_proxy (the default) */
        None,   /**< direct connections */
        Manual, /**< host and port below; loopback servers are still reached directly */
    };
    Mode mode = Mode::System;
    bool socks5 = false; /**< SOCKS5 instead of an HTTP proxy */
    QString host;
    quint16 port = 0;
};

/** Applies @p proxy to @p manager from its next connection on (pooled ones are dropped). */
void applyProxy(QNetworkAccessManager *manager, const ProxySettings &proxy);

/**
 * The certificates in a PEM or DER file. On failure returns none and @p error says why in
 * plain words.
 */
QList<QSslCertificate> loadCertificates(const QString &path, QString *error);

/**
 * Trusts the system's certificate authorities plus @p extra for every new TLS connection
 * (the process-wide default configuration; the QML engine's network access is local-only), and
 * drops @p manager's pooled connections so the change applies at once. An empty list restores
 * the system's set.
 */
void setExtraCaCertificates(QNetworkAccessManager *manager, const QList<QSslCertificate> &extra);
} // namespace NetworkAccess

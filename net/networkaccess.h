// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

class QNetworkAccessManager;
class QNetworkReply;
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
} // namespace NetworkAccess

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "linkpolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

bool LinkPolicy::isOpenable(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    // QUrl lowercases the scheme while parsing; compare case-insensitively all the same so the
    // policy never depends on that detail.
    const QString scheme = url.scheme();
    const bool webScheme = scheme.compare("http"_L1, Qt::CaseInsensitive) == 0 ||
                           scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
    return webScheme && !url.host().isEmpty();
}

QString LinkPolicy::displayUrl(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return {};
    // FullyEncoded: ACE (punycode) host, so homoglyph hosts are visible; userinfo is kept, so
    // "https://good.example@evil.example" shows the real host; non-ASCII and bidi controls in
    // path, query and fragment are percent-encoded, so they cannot reorder what the user reads.
    return url.toString(QUrl::FullyEncoded);
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "wireformat.h"

QUrl WireFormat::appendPath(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QStringView tail = path;
    while (tail.startsWith(u'/'))
        tail = tail.sliced(1);
    url.setPath(basePath + u'/' + tail);
    return url;
}

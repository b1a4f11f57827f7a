// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "wireformat.h"

using namespace Qt::StringLiterals;

void WireFormat::addHeaders(QNetworkRequest &request, const ProviderEndpoint &endpoint) const
{
    addApiHeaders(request, endpoint.apiKey);
    for (const auto &[name, value] : endpoint.extraHeaders)
        request.setRawHeader(name, value);
}

QNetworkRequest WireFormat::makeModelListRequest(const ProviderEndpoint &endpoint,
                                                 const QString &pageToken) const
{
    QNetworkRequest request(modelListUrl(endpoint.baseUrl, pageToken));
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    addHeaders(request, endpoint);
    return request;
}

void WireFormat::sortModelList(QList<ModelInfo> &) const {}

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

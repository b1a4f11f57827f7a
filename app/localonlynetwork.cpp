// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "localonlynetwork.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
class LocalOnlyManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        if (LocalOnlyNetworkFactory::isAllowed(request.url()))
            return QNetworkAccessManager::createRequest(op, request, data);
        // An empty URL fails at once with "Protocol is unknown"; nothing leaves the machine.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl());
        return QNetworkAccessManager::createRequest(op, refused, data);
    }
};
} // namespace

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    auto *manager = new LocalOnlyManager(parent);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return manager;
}

bool LocalOnlyNetworkFactory::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == "qrc"_L1 || scheme == "file"_L1 || scheme == "data"_L1;
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "links.h"

#include "linkpolicy.h"

#include <QDesktopServices>
#include <QUrl>

Links::Links(QObject *parent)
    : QObject(parent)
{}

bool Links::isOpenable(const QString &url) const
{
    return LinkPolicy::isOpenable(QUrl(url, QUrl::StrictMode));
}

QString Links::displayUrl(const QString &url) const
{
    return LinkPolicy::displayUrl(QUrl(url, QUrl::StrictMode));
}

bool Links::open(const QString &url) const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!LinkPolicy::isOpenable(parsed))
        return false;
    return QDesktopServices::openUrl(parsed);
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QtQml/qqml.h>

/** @brief The system clipboard for QML: copy a message, a code block, a snippet. */
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Clipboard(QObject *parent = nullptr);

    Q_INVOKABLE void copyText(const QString &text) const;
    /** Files (copied in a file manager) or an image are on the clipboard: a paste attaches. */
    Q_INVOKABLE bool hasAttachment() const;
    /** Local files are on the clipboard. */
    Q_INVOKABLE bool hasFiles() const { return !fileUrls().isEmpty(); }
    /** The local files on the clipboard. */
    Q_INVOKABLE QList<QUrl> fileUrls() const;
    /** The image on the clipboard as PNG bytes; empty when there is none. */
    Q_INVOKABLE QByteArray imagePng() const;
};

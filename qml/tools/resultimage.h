// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqml.h>

/**
 * @brief An image from a tool result (base64), decoded under limits and drawn scaled to fit.
 *
 * Tool output is untrusted: the bytes are decoded with QImageReader under an allocation limit
 * (kAllocationLimitMb) and a size limit (kMaxSide pixels a side), in the format the MIME type
 * names only; anything else leaves status Error with a reason, and nothing is drawn. Nothing
 * is ever fetched.
 */
class ResultImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    /** The image as base64 (as the MCP result carries it). */
    Q_PROPERTY(QString data READ data WRITE setData NOTIFY dataChanged FINAL)
    Q_PROPERTY(QString mimeType READ mimeType WRITE setMimeType NOTIFY dataChanged FINAL)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged FINAL)
    /** Why it is not shown, for people; empty when it is. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged FINAL)
    /** The decoded size in pixels (0×0 when not decoded). */
    Q_PROPERTY(QSize sourceSize READ sourceSize NOTIFY statusChanged FINAL)

public:
    enum class Status { Null, Ready, Error };
    Q_ENUM(Status)

    static constexpr int kAllocationLimitMb = 64;
    static constexpr int kMaxSide = 8192;
    static constexpr qsizetype kMaxBase64 = 32 * 1024 * 1024;

    explicit ResultImage(QQuickItem *parent = nullptr);

    QString data() const { return m_data; }
    void setData(const QString &data);
    QString mimeType() const { return m_mimeType; }
    void setMimeType(const QString &mimeType);
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QSize sourceSize() const { return m_image.size(); }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void dataChanged();
    void statusChanged();

private:
    void decode();

    QString m_data;
    QString m_mimeType;
    QImage m_image;
    Status m_status = Status::Null;
    QString m_error;
};

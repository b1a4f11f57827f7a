// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "inlineicons.h"

#include <QIcon>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickImageProvider>

using namespace Qt::StringLiterals;

namespace {

const QString kProvider = u"confabicon"_s;
const QString kImageMark = u"\U0001F5BC"_s;

/** Themed icons, tinted: "<size>/<rrggbb>/<name>"; drawn at twice the size for sharp output
 * at 200 % scale. */
class ThemeIconProvider : public QQuickImageProvider
{
public:
    ThemeIconProvider()
        : QQuickImageProvider(QQuickImageProvider::Pixmap)
    {}

    QPixmap requestPixmap(const QString &id, QSize *size, const QSize &requestedSize) override
    {
        const QStringList parts = id.split(u'/');
        const int logical = parts.value(0).toInt();
        const int side = requestedSize.isValid()
                             ? qMax(requestedSize.width(), requestedSize.height())
                             : 2 * qBound(8, logical, 64);
        QPixmap pixmap = QIcon::fromTheme(parts.value(2)).pixmap(side, side);
        if (pixmap.isNull()) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), QColor(u'#' + parts.value(1)));
        painter.end();
        if (size)
            *size = pixmap.size();
        return pixmap;
    }
};

} // namespace

InlineIcons::InlineIcons(QObject *parent)
    : QObject(parent)
{}

InlineIcons *InlineIcons::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    if (!engine->imageProvider(kProvider))
        engine->addImageProvider(kProvider, new ThemeIconProvider);
    return new InlineIcons(nullptr);
}

QString InlineIcons::withIcons(const QString &html, const QColor &color, int size) const
{
    if (!html.contains(kImageMark))
        return html;
    const QString img =
        u"<img src=\"image://%1/%2/%3/image-x-generic\" width=\"%2\" height=\"%2\" />"_s
            .arg(kProvider)
            .arg(size)
            .arg(color.name().mid(1)); // no '#': it would start the URL's fragment
    QString out = html;
    out.replace(kImageMark, img);
    return out;
}

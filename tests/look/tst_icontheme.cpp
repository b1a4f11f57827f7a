// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// How icon.name finds an icon (app/icontheme.h): the desktop's theme first, Confab's bundled
// theme for what the desktop's lacks, and Confab's alone where the platform names no theme.
#include "icontheme.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Opaque pixels and the colour of the last one, in @p icon drawn at 24 × 24.
struct Ink
{
    int pixels = 0;
    QColor color;
};

Ink inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                ++ink.pixels;
                ink.color = c;
            }
        }
    }
    return ink;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestIconTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void platformWithoutThemeGetsConfabs();
    void desktopThemeComesFirst();
    void everyBundledIconDraws();
    void namesTheInterfaceUsesAreBundled();

private:
    QStringList m_defaultSearchPaths;
};

void TestIconTheme::init()
{
    static const QStringList defaults = QIcon::themeSearchPaths();
    m_defaultSearchPaths = defaults;
    QIcon::setThemeSearchPaths(defaults);
    QIcon::setThemeName(QString());
    QIcon::setFallbackThemeName(QString());
}

void TestIconTheme::platformWithoutThemeGetsConfabs()
{
    // The offscreen platform names no theme, like a bare X server: Qt 6.4 then finds nothing,
    // not even in a fallback theme.
    QCOMPARE(QIcon::themeName(), QString());
    QVERIFY(QIcon::fromTheme(u"edit-copy"_s).isNull());
    IconTheme::install();
    QCOMPARE(QIcon::themeName(), u"confab"_s);
    QCOMPARE(QIcon::fallbackThemeName(), u"confab"_s);
    QVERIFY(QIcon::themeSearchPaths().contains(u":/icons"_s));
    QVERIFY(!QIcon::fromTheme(u"edit-copy"_s).isNull());
    QVERIFY(inkOf(QIcon::fromTheme(u"edit-copy"_s)).pixels > 20);
    QVERIFY(QIcon::fromTheme(u"no-such-icon-anywhere"_s).isNull());
}

void TestIconTheme::desktopThemeComesFirst()
{
    // A desktop theme with one icon, drawn red, that inherits hicolor like Breeze and Adwaita.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"desktop/index.theme"_s),
                      "[Icon Theme]\nName=Desktop\nInherits=hicolor\n"
                      "Directories=scalable/actions\n\n[scalable/actions]\nSize=24\nMinSize=8\n"
                      "MaxSize=512\nType=Scalable\nContext=Actions\n"));
    QVERIFY(writeFile(dir.filePath(u"desktop/scalable/actions/edit-copy.svg"_s),
                      R"(<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">)"
                      R"(<rect x="2" y="2" width="20" height="20" fill="#ff0000"/></svg>)"));
    // The platform names it and searches only its own folders, as on a desktop.
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(u"desktop"_s);
    IconTheme::install();
    QCOMPARE(QIcon::themeName(), u"desktop"_s);
    QCOMPARE(QIcon::themeSearchPaths(), QStringList({dir.path(), u":/icons"_s}));

    const Ink desktopCopy = inkOf(QIcon::fromTheme(u"edit-copy"_s));
    QCOMPARE(desktopCopy.pixels, 20 * 20);
    QCOMPARE(desktopCopy.color, QColor(Qt::red));
    // What the desktop theme lacks comes from Confab's (Lucide's strokes, drawn black).
    const Ink ours = inkOf(QIcon::fromTheme(u"window-pin"_s));
    QVERIFY(ours.pixels > 20);
    QVERIFY(ours.pixels < 20 * 20);
    QCOMPARE(ours.color.rgb(), QColor(Qt::black).rgb());
}

void TestIconTheme::everyBundledIconDraws()
{
    IconTheme::install();
    const QStringList names = IconTheme::bundledNames();
    QVERIFY(names.size() >= 70);
    for (const QString &name : names) {
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        const Ink ink = inkOf(icon);
        QVERIFY2(ink.pixels > 10, qPrintable(name));
        QVERIFY2(ink.pixels < 24 * 24 * 3 / 4, qPrintable(name)); // line art, not a blot
    }
}

void TestIconTheme::namesTheInterfaceUsesAreBundled()
{
    // Every action the issue names, under the freedesktop name the pages will use.
    const QStringList wanted{
        u"document-new"_s,
        u"preferences-system"_s,
        u"sidebar-show"_s,
        u"document-open-recent"_s,
        u"edit-find"_s,
        u"document-send"_s,
        u"mail-send"_s,
        u"media-playback-stop"_s,
        u"edit-copy"_s,
        u"document-edit"_s,
        u"view-refresh"_s,
        u"edit-delete"_s,
        u"media-playback-start"_s,
        u"go-previous"_s,
        u"go-next"_s,
        u"open-menu"_s,
        u"application-menu"_s,
        u"view-more"_s,
        u"window-close"_s,
        u"list-add"_s,
        u"mail-attachment"_s,
        u"image-x-generic"_s,
        u"text-x-generic"_s,
        u"tools"_s,
        u"object-select"_s,
        u"dialog-warning"_s,
        u"dialog-error"_s,
        u"dialog-information"_s,
        u"help-contents"_s,
        u"help-about"_s,
        u"pan-down"_s,
        u"pan-up"_s,
        u"pan-start"_s,
        u"pan-end"_s,
        u"window-pin"_s,
        u"document-export"_s,
        u"document-import"_s,
        u"download"_s,
        u"view-visible"_s,
        u"view-hidden"_s,
        u"dialog-password"_s,
        u"network-server"_s,
        u"applications-internet"_s,
        u"weather-clear"_s,
        u"weather-clear-night"_s,
        u"insert-link"_s,
        u"go-down"_s,
        u"go-bottom"_s,
        u"input-keyboard"_s,
        u"preferences-desktop-locale"_s,
    };
    const QStringList names = IconTheme::bundledNames();
    for (const QString &name : wanted)
        QVERIFY2(names.contains(name), qPrintable(name));
}

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"

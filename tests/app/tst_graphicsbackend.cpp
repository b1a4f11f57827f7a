// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// How the window is drawn: who decides, and when the software renderer is chosen.
#include "graphicsbackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using GraphicsBackend::Choice;

class TestGraphicsBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void softwareRasterizers_data();
    void softwareRasterizers();
    void whoDecides();
    void probeOnlyWhenNothingElseDecides();
    void childProbe();
    void resultWhenFinished();
    void cachedRenderer();
};

void TestGraphicsBackend::softwareRasterizers_data()
{
    QTest::addColumn<QString>("renderer");
    QTest::addColumn<bool>("software");
    QTest::newRow("llvmpipe") << u"llvmpipe (LLVM 15.0.6, 256 bits)"_s << true;
    QTest::newRow("softpipe") << u"softpipe"_s << true;
    QTest::newRow("swrast") << u"Mesa X11 swrast"_s << true;
    QTest::newRow("SwiftShader") << u"Google SwiftShader"_s << true;
    QTest::newRow("Intel") << u"Mesa Intel(R) UHD Graphics 620 (KBL GT2)"_s << false;
    QTest::newRow("AMD") << u"AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.6)"_s << false;
    QTest::newRow("NVIDIA") << u"NVIDIA GeForce RTX 3060/PCIe/SSE2"_s << false;
    QTest::newRow("virgl") << u"virgl (Intel(R) Iris(R) Xe Graphics)"_s << false;
}

void TestGraphicsBackend::softwareRasterizers()
{
    QFETCH(QString, renderer);
    QFETCH(bool, software);
    QCOMPARE(GraphicsBackend::isSoftwareRasterizer(renderer), software);
}

void TestGraphicsBackend::whoDecides()
{
    int probes = 0;
    const auto probe = [&probes](const QString &renderer) {
        return [&probes, renderer] {
            ++probes;
            return renderer;
        };
    };
    const QProcessEnvironment none;

    // Automatic: the probe decides.
    auto d = GraphicsBackend::decide(Choice::Automatic, none, u"xcb"_s, probe(u"llvmpipe"_s));
    QVERIFY(d.software);
    QCOMPARE(d.source, u"probe"_s);
    QCOMPARE(d.glRenderer, u"llvmpipe"_s);
    d = GraphicsBackend::decide(Choice::Automatic, none, u"wayland"_s, probe(u"AMD Radeon"_s));
    QVERIFY(!d.software);
    d = GraphicsBackend::decide(Choice::Automatic, none, u"xcb"_s, probe({}));
    QVERIFY(d.software); // no OpenGL context at all
    QCOMPARE(probes, 3);

    // Offscreen draws in software anyway: no probe.
    d = GraphicsBackend::decide(Choice::Automatic, none, u"offscreen"_s, probe(u"AMD"_s));
    QVERIFY(d.software);
    QCOMPARE(d.source, u"platform"_s);

    // The setting, then CONFAB_GRAPHICS, then Qt's own variable win, without a probe.
    d = GraphicsBackend::decide(Choice::Hardware, none, u"xcb"_s, probe(u"llvmpipe"_s));
    QVERIFY(!d.software);
    QCOMPARE(d.source, u"setting"_s);
    QProcessEnvironment env;
    env.insert(u"CONFAB_GRAPHICS"_s, u"Software"_s);
    d = GraphicsBackend::decide(Choice::Hardware, env, u"xcb"_s, probe(u"AMD"_s));
    QVERIFY(d.software);
    QCOMPARE(d.source, u"environment"_s);
    env.insert(u"QT_QUICK_BACKEND"_s, u"rhi"_s);
    d = GraphicsBackend::decide(Choice::Software, env, u"xcb"_s, probe(u"llvmpipe"_s));
    QVERIFY(!d.software);
    QCOMPARE(d.source, u"environment"_s);
    QCOMPARE(probes, 3);
}

void TestGraphicsBackend::probeOnlyWhenNothingElseDecides()
{
    QProcessEnvironment none;
    QVERIFY(GraphicsBackend::needsProbe(Choice::Automatic, none, u"xcb"_s));
    QVERIFY(GraphicsBackend::needsProbe(Choice::Automatic, none, u"wayland"_s));
    QVERIFY(!GraphicsBackend::needsProbe(Choice::Automatic, none, u"offscreen"_s));
    QVERIFY(!GraphicsBackend::needsProbe(Choice::Software, none, u"xcb"_s));
    QVERIFY(!GraphicsBackend::needsProbe(Choice::Hardware, none, u"xcb"_s));
    QProcessEnvironment env;
    env.insert(u"CONFAB_GRAPHICS"_s, u"hardware"_s);
    QVERIFY(!GraphicsBackend::needsProbe(Choice::Automatic, env, u"xcb"_s));
    env.clear();
    env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    QVERIFY(!GraphicsBackend::needsProbe(Choice::Automatic, env, u"xcb"_s));
}

void TestGraphicsBackend::childProbe()
{
    const QString sh = u"/bin/sh"_s;
    {
        // The first line of what the child prints, once it has exited; also when it finished
        // long before the result is asked for.
        GraphicsBackend::GlRendererProbe probe;
        probe.start(sh, {u"-c"_s, u"echo 'llvmpipe (LLVM 15.0.6, 256 bits)'; echo more"_s});
        QTest::qWait(200);
        QCOMPARE(probe.result(), u"llvmpipe (LLVM 15.0.6, 256 bits)"_s);
    }
    {
        GraphicsBackend::GlRendererProbe probe;
        probe.start(sh, {u"-c"_s, u"echo 'AMD Radeon RX 6600'"_s});
        QCOMPARE(probe.result(), u"AMD Radeon RX 6600"_s);
    }
    {
        // No context could be made (the child says so with its exit code), or the child died.
        GraphicsBackend::GlRendererProbe probe;
        probe.start(sh, {u"-c"_s, u"echo; exit 1"_s});
        QCOMPARE(probe.result(), QString());
        GraphicsBackend::GlRendererProbe killed;
        killed.start(sh, {u"-c"_s, u"echo llvmpipe; kill -9 $$"_s});
        QCOMPARE(killed.result(), QString());
    }
    {
        // A child that hangs (a broken driver) is given up on, and killed.
        GraphicsBackend::GlRendererProbe probe;
        probe.start(sh, {u"-c"_s, u"sleep 30; echo late"_s});
        QElapsedTimer waited;
        waited.start();
        QCOMPARE(probe.result(200), QString());
        QVERIFY(waited.elapsed() < 5000);
    }
    {
        GraphicsBackend::GlRendererProbe missing;
        missing.start(u"/nonexistent/confab"_s, {});
        QCOMPARE(missing.result(), QString());
        GraphicsBackend::GlRendererProbe never; // not started: no probe
        QCOMPARE(never.result(), QString());
    }
}

void TestGraphicsBackend::resultWhenFinished()
{
    // Told once the child has finished, and result() still has it afterwards (the output is
    // read once).
    GraphicsBackend::GlRendererProbe probe;
    probe.start(u"/bin/sh"_s, {u"-c"_s, u"echo 'Mesa Intel(R) UHD Graphics 620'"_s});
    QString told;
    int calls = 0;
    probe.whenFinished([&](const QString &renderer) {
        told = renderer;
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(told, u"Mesa Intel(R) UHD Graphics 620"_s);
    QCOMPARE(probe.result(), told);
    // Asked after it finished: told at once.
    probe.whenFinished([&](const QString &renderer) { told = renderer + u"!"_s; });
    QCOMPARE(told, u"Mesa Intel(R) UHD Graphics 620!"_s);
    GraphicsBackend::GlRendererProbe never;
    never.whenFinished([&](const QString &) { ++calls; });
    QCOMPARE(calls, 1);
}

void TestGraphicsBackend::cachedRenderer()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"cache/opengl-renderer"_s);
    QCOMPARE(GraphicsBackend::readCachedGlRenderer(file, u"xcb"_s), std::nullopt);
    QVERIFY(GraphicsBackend::writeCachedGlRenderer(file, u"xcb"_s, u"llvmpipe (LLVM 15)"_s));
    QCOMPARE(GraphicsBackend::readCachedGlRenderer(file, u"xcb"_s), u"llvmpipe (LLVM 15)"_s);
    // Probed on another platform (a Wayland session, say): not used.
    QCOMPARE(GraphicsBackend::readCachedGlRenderer(file, u"wayland"_s), std::nullopt);
    // No context could be made: kept as such, and it is not the same as nothing kept.
    QVERIFY(GraphicsBackend::writeCachedGlRenderer(file, u"xcb"_s, QString()));
    QCOMPARE(GraphicsBackend::readCachedGlRenderer(file, u"xcb"_s), QString());
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("nonsense");
    garbage.close();
    QCOMPARE(GraphicsBackend::readCachedGlRenderer(file, u"xcb"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestGraphicsBackend)
#include "tst_graphicsbackend.moc"

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "graphicsbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace GraphicsBackend {

bool isSoftwareRasterizer(const QString &glRenderer)
{
    const QString renderer = glRenderer.toLower();
    for (const auto name : {"llvmpipe"_L1, "softpipe"_L1, "swrast"_L1, "software rasterizer"_L1,
                            "swiftshader"_L1, "microsoft basic render"_L1}) {
        if (renderer.contains(name))
            return true;
    }
    return false;
}

bool needsProbe(Choice setting, const QProcessEnvironment &env, const QString &platformName)
{
    bool probed = false;
    decide(setting, env, platformName, [&probed] {
        probed = true;
        return QString();
    });
    return probed;
}

Decision decide(Choice setting, const QProcessEnvironment &env, const QString &platformName,
                const std::function<QString()> &probeGlRenderer)
{
    Decision decision;
    if (const QString qt = env.value(u"QT_QUICK_BACKEND"_s); !qt.isEmpty()) {
        decision.software = qt == "software"_L1;
        decision.source = u"environment"_s;
        return decision;
    }
    const QString forced = env.value(u"CONFAB_GRAPHICS"_s).trimmed().toLower();
    if (forced == "software"_L1 || forced == "hardware"_L1) {
        decision.software = forced == "software"_L1;
        decision.source = u"environment"_s;
        return decision;
    }
    if (setting != Choice::Automatic) {
        decision.software = setting == Choice::Software;
        decision.source = u"setting"_s;
        return decision;
    }
    if (platformName == "offscreen"_L1 || platformName == "minimal"_L1) {
        decision.software = true;
        decision.source = u"platform"_s;
        return decision;
    }
    decision.glRenderer = probeGlRenderer();
    decision.software = decision.glRenderer.isEmpty() || isSoftwareRasterizer(decision.glRenderer);
    decision.source = u"probe"_s;
    return decision;
}

QString probeGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *renderer =
        reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString name = renderer ? QString::fromUtf8(renderer) : QString();
    context.doneCurrent();
    return name;
}

int printGlRenderer()
{
    const QString renderer = probeGlRenderer();
    std::printf("%s\n", renderer.toUtf8().constData());
    std::fflush(stdout);
    return renderer.isEmpty() ? 1 : 0;
}

GlRendererProbe::~GlRendererProbe()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void GlRendererProbe::start(const QString &program, const QStringList &arguments)
{
    m_started = true;
    m_process.setStandardErrorFile(QProcess::nullDevice()); // driver chatter
    m_process.start(program, arguments, QIODevice::ReadOnly);
}

QString GlRendererProbe::result(int timeoutMs)
{
    if (!m_started)
        return {};
    // (waitForFinished() is false for a child that has finished already.)
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(1000);
        return {};
    }
    return finishedResult();
}

QString GlRendererProbe::finishedResult()
{
    if (m_result) // read once: the output is consumed
        return *m_result;
    m_result = QString();
    if (m_process.error() == QProcess::FailedToStart ||
        m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return *m_result;
    const QByteArray out = m_process.readAllStandardOutput();
    m_result = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
    return *m_result;
}

void GlRendererProbe::whenFinished(std::function<void(const QString &)> done)
{
    if (!m_started)
        return;
    if (m_process.state() == QProcess::NotRunning) {
        done(finishedResult());
        return;
    }
    QObject::connect(&m_process, &QProcess::finished, &m_process,
                     [this, done = std::move(done)] { done(finishedResult()); });
}

namespace {
// The first line of the cache file: where the renderer was probed.
QString cacheKey(const QString &platformName)
{
    return platformName + u' ' + QString::fromLatin1(qVersion());
}
} // namespace

std::optional<QString> readCachedGlRenderer(const QString &file, const QString &platformName)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(in.read(4096)).split(u'\n');
    if (lines.size() < 2 || lines.at(0) != cacheKey(platformName))
        return std::nullopt;
    return lines.at(1).trimmed();
}

bool writeCachedGlRenderer(const QString &file, const QString &platformName,
                           const QString &renderer)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    out.write((cacheKey(platformName) + u'\n' + renderer.simplified() + u'\n').toUtf8());
    return out.commit();
}

void apply(const Decision &decision)
{
    if (decision.source == "environment"_L1 && qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        return; // Qt reads its own variable
    QQuickWindow::setGraphicsApi(decision.software ? QSGRendererInterface::Software
                                                   : QSGRendererInterface::OpenGL);
}

} // namespace GraphicsBackend

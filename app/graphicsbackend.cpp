// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "graphicsbackend.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

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

void apply(const Decision &decision)
{
    if (decision.source == "environment"_L1 && qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        return; // Qt reads its own variable
    QQuickWindow::setGraphicsApi(decision.software ? QSGRendererInterface::Software
                                                   : QSGRendererInterface::OpenGL);
}

} // namespace GraphicsBackend

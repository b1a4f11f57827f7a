// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <functional>

/**
 * @brief Which Qt Quick scene graph draws the window: the GPU's (OpenGL), or Qt Quick's software
 * renderer, which repaints only what changed.
 *
 * Without a GPU (virtual machines, remote desktops, Mesa's llvmpipe) OpenGL rasterises the whole
 * window in software on every frame, which costs more than a core while an answer streams; the
 * software renderer draws the same window for a fraction of that. So, unless the user chose, the
 * software renderer is used exactly when the OpenGL driver is a software rasteriser.
 */
namespace GraphicsBackend {

enum class Choice { Automatic, Hardware, Software };

struct Decision
{
    bool software = false;
    /** The OpenGL renderer string that was probed; empty when there was no probe. */
    QString glRenderer;
    /** What decided: "environment", "setting", "probe" or "platform". */
    QString source;
};

/** llvmpipe, softpipe, swrast and the like: OpenGL drawn by the CPU. */
bool isSoftwareRasterizer(const QString &glRenderer);

/**
 * Decides for @p setting and @p env: QT_QUICK_BACKEND (Qt's own variable) wins, then
 * CONFAB_GRAPHICS=software|hardware, then the setting; Automatic asks @p probeGlRenderer (only
 * then) and chooses software for a software rasteriser or when no OpenGL context can be made.
 * @p platformName is the Qt platform plugin ("offscreen" always draws in software).
 */
Decision decide(Choice setting, const QProcessEnvironment &env, const QString &platformName,
                const std::function<QString()> &probeGlRenderer);

/** The OpenGL renderer string from a throwaway context; empty if none can be made. */
QString probeGlRenderer();

/** Applies @p decision to every Qt Quick window created afterwards. */
void apply(const Decision &decision);

} // namespace GraphicsBackend

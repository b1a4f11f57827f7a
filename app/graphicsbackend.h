// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

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

/** True when decide() for these would ask the probe: nothing else decides. */
bool needsProbe(Choice setting, const QProcessEnvironment &env, const QString &platformName);

/** The OpenGL renderer string from a throwaway context; empty if none can be made. */
QString probeGlRenderer();

/** The option that makes Confab print probeGlRenderer() and exit (GlRendererProbe's child). */
inline constexpr char kProbeOption[] = "--probe-opengl-renderer";

/** Prints probeGlRenderer() and a newline on stdout; 0 if a context could be made, else 1. */
int printGlRenderer();

/**
 * @brief probeGlRenderer() in a child process, started early and read when the decision is due.
 *
 * Making an OpenGL context loads the driver into the process for good: with Mesa's llvmpipe that
 * is ~55 MB resident that stays after the context is gone, in a process that then draws with
 * Qt Quick's software renderer. A child (Confab itself, run with kProbeOption) keeps it out, and
 * it runs while the app opens its settings and history.
 */
class GlRendererProbe
{
public:
    GlRendererProbe() = default;
    ~GlRendererProbe();
    GlRendererProbe(const GlRendererProbe &) = delete;
    GlRendererProbe &operator=(const GlRendererProbe &) = delete;

    /** Runs @p program with @p arguments; it prints the renderer on its first line. */
    void start(const QString &program, const QStringList &arguments);
    /**
     * The renderer the child printed, once it has exited successfully; empty when it could not
     * run, failed, or took longer than @p timeoutMs (then it is killed).
     */
    QString result(int timeoutMs = 5000);
    /** Calls @p done with the result once the child has finished (never if it was not started). */
    void whenFinished(std::function<void(const QString &)> done);

private:
    /** The result of a child that is no longer running. */
    QString finishedResult();

    QProcess m_process;
    bool m_started = false;
    std::optional<QString> m_result;
};

/**
 * The renderer an earlier start probed on platform @p platformName (with this Qt), kept in
 * @p file; nothing when there is none or it was probed elsewhere. An empty string means no
 * OpenGL context could be made.
 */
std::optional<QString> readCachedGlRenderer(const QString &file, const QString &platformName);
/** Keeps @p renderer for readCachedGlRenderer(); false if @p file cannot be written. */
bool writeCachedGlRenderer(const QString &file, const QString &platformName,
                           const QString &renderer);

/** Applies @p decision to every Qt Quick window created afterwards. */
void apply(const Decision &decision);

} // namespace GraphicsBackend

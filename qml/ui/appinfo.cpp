// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "appinfo.h"

#include <QFile>

using namespace Qt::StringLiterals;

AppInfo::AppInfo(const QString &version, bool softwareRendering, const QString &source,
                 const QString &glRenderer, QObject *parent)
    : QObject(parent)
    , m_version(version)
    , m_software(softwareRendering)
    , m_source(source)
    , m_glRenderer(glRenderer)
{}

QString AppInfo::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

QString AppInfo::renderingDescription() const
{
    if (m_source == "probe"_L1) {
        if (!m_software)
            return tr("Drawn by the graphics card (OpenGL: %1).").arg(m_glRenderer);
        if (m_glRenderer.isEmpty())
            return tr("Drawn by Qt Quick's software renderer: no OpenGL driver could be used.");
        return tr("Drawn by Qt Quick's software renderer, because OpenGL here (%1) is drawn by "
                  "the processor, not a graphics card.")
            .arg(m_glRenderer);
    }
    if (m_source == "setting"_L1) {
        return m_software ? tr("Drawn by Qt Quick's software renderer, as chosen in Settings.")
                          : tr("Drawn by the graphics card (OpenGL), as chosen in Settings.");
    }
    if (m_source == "environment"_L1) {
        return m_software ? tr("Drawn by Qt Quick's software renderer, as the environment asks.")
                          : tr("Drawn by the graphics card (OpenGL), as the environment asks.");
    }
    return tr("Drawn by Qt Quick's software renderer (no display).");
}

QString AppInfo::iconLicense()
{
    QFile file(u":/icons/LICENSE-lucide.txt"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

QString AppInfo::homepage()
{
    return u"https://github.com/confabchat/confab"_s;
}

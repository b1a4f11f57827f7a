// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqml.h>

/**
 * @brief What the About box tells: the version, and how the window is drawn and why.
 *
 * Filled in once by app/ at start-up.
 */
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString version READ version CONSTANT FINAL)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT FINAL)
    /** True when Qt Quick's software renderer draws the window. */
    Q_PROPERTY(bool softwareRendering READ softwareRendering CONSTANT FINAL)
    /** One sentence for the About box: which renderer, and why it was chosen. */
    Q_PROPERTY(QString renderingDescription READ renderingDescription CONSTANT FINAL)
    /** The bundled icons' licence text (resources/icons/LICENSE-lucide.txt). */
    Q_PROPERTY(QString iconLicense READ iconLicense CONSTANT FINAL)
    /** The project's home page, shown as it is before it is opened. */
    Q_PROPERTY(QString homepage READ homepage CONSTANT FINAL)

public:
    /** @p source is what decided ("environment", "setting", "probe", "platform"); @p glRenderer
     * the probed OpenGL renderer, if any. */
    AppInfo(const QString &version, bool softwareRendering, const QString &source,
            const QString &glRenderer, QObject *parent = nullptr);

    QString version() const { return m_version; }
    QString qtVersion() const;
    bool softwareRendering() const { return m_software; }
    QString renderingDescription() const;
    static QString iconLicense();
    static QString homepage();

private:
    QString m_version;
    bool m_software;
    QString m_source;
    QString m_glRenderer;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * @brief Where `icon.name` finds its icons: the desktop's icon theme first (Breeze, Adwaita, …),
 * then Confab's own, compiled in (resources/icons/confab, Lucide icons under freedesktop names).
 *
 * Qt looks a name up in the platform's theme and the themes it inherits, then in the fallback
 * theme. Where the platform names no theme at all (the offscreen platform, a bare X server)
 * Qt 6.4 finds nothing, not even in the fallback theme, so Confab's theme becomes the theme.
 */
namespace IconTheme {

/** The bundled theme's name ("confab"), and where its index.theme lives in the resources. */
inline constexpr char16_t kName[] = u"confab";
inline constexpr char16_t kSearchPath[] = u":/icons";

/** Sets Qt's icon lookup up as described; call once, after the QGuiApplication exists. */
void install();

/** The freedesktop names the bundled theme provides, sorted (for tests and the About box). */
QStringList bundledNames();

} // namespace IconTheme

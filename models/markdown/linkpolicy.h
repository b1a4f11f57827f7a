// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

class QUrl;

/**
 * @brief Decides which links from untrusted content may be opened, and how to show them first.
 *
 * Only `http` and `https` URLs with a non-empty host are openable; `javascript:`, `file:`,
 * `data:`, `mailto:`, custom schemes and relative URLs never are. The scheme is compared
 * case-insensitively. The caller must show displayUrl() to the user (hover + confirmation)
 * before opening, so that userinfo tricks (`https://good.example@evil.example`) and IDN
 * homoglyphs (shown as punycode) are visible.
 */
class LinkPolicy
{
public:
    LinkPolicy() = delete;

    /** @brief True only for a valid http/https URL with a non-empty host. */
    [[nodiscard]] static bool isOpenable(const QUrl &url);

    /**
     * @brief The URL exactly as the user must see it before opening it.
     *
     * Fully encoded: the host in ACE (punycode) form, userinfo kept, non-ASCII and control
     * characters (including bidi overrides) percent-encoded. Empty for an empty or invalid URL
     * (neither is ever openable).
     */
    [[nodiscard]] static QString displayUrl(const QUrl &url);
};

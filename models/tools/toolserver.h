// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * @brief One configured MCP server as the settings file keeps it. Holds no secret: the values
 * of its environment variables and HTTP headers live in the keychain (ToolServerSecrets).
 */
struct ToolServer
{
    QString id; /**< stable, made when the server is added */
    QString name;
    Mcp::Transport transport = Mcp::Transport::Stdio;
    // stdio
    QString command; /**< a path, or a name looked up in PATH */
    QStringList arguments;
    QStringList environmentNames; /**< the variables set for it; values in the keychain */
    QString workingDirectory;     /**< empty: Confab's */
    // Streamable HTTP
    QUrl url;
    QStringList headerNames; /**< the headers sent; values in the keychain */
    /** Used at all: launched when Confab needs it (never before the user confirmed the launch,
     * see ToolLaunch::fingerprint()). New and imported servers are not enabled. */
    bool enabled = false;
    /** Every tool runs without asking. Never the default. */
    bool trusted = false;
    QStringList disabledTools; /**< tools the model is never offered */
    int timeoutSeconds = 120;  /**< per call */

    /** The command line (stdio) or the URL (HTTP), for people. */
    QString summary() const;
    QJsonObject toJson() const;
    static ToolServer fromJson(const QJsonObject &json);
    bool operator==(const ToolServer &) const = default;
};

/** @brief What a server's configuration keeps in the keychain. */
struct ToolServerSecrets
{
    QMap<QString, QString> environment;
    QMap<QString, QString> headers;
    /** ToolLaunch::fingerprint() of the launch the user last confirmed (empty: never confirmed). */
    QByteArray confirmedLaunch;
    /** What that launch was, to show what changed since (header values left out). */
    QString confirmedDescription;

    QJsonObject toJson() const;
    static ToolServerSecrets fromJson(const QJsonObject &json);
    bool operator==(const ToolServerSecrets &) const = default;
};

namespace ToolLaunch {
/** The protocol layer's configuration for @p server with @p secrets filled in. */
McpServerConfig mcpConfig(const ToolServer &server, const ToolServerSecrets &secrets);
/**
 * SHA-256 (hex) of what decides what runs or where data goes: the transport, the command, its
 * arguments, environment and working folder, or the URL and headers. Any change asks the user
 * to confirm the launch again.
 */
QByteArray fingerprint(const ToolServer &server, const ToolServerSecrets &secrets);
/** A new id for a server. */
QString newServerId();
} // namespace ToolLaunch

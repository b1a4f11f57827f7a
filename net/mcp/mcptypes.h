// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

/** The one logging category of the MCP client. It never carries header values or tool
 * arguments (see the note in mcpclient.h). */
Q_DECLARE_LOGGING_CATEGORY(lcMcp)

/**
 * @brief Typed state of the Model Context Protocol client (protocol layer, no GUI).
 *
 * The enums travel from the client through models to QML as they are; strings exist only at
 * the wire.
 */
namespace Mcp {
Q_NAMESPACE

/** How the server is reached. */
enum class Transport {
    Stdio, /**< a child process speaking newline-delimited JSON-RPC on stdin/stdout */
    Http,  /**< Streamable HTTP at one endpoint URL */
};
Q_ENUM_NS(Transport)

/** Lifecycle of a McpClient. */
enum class State {
    Idle,       /**< not started */
    Connecting, /**< starting the process or probing the server, then the handshake */
    Ready,      /**< the handshake is done; requests may be sent */
    Closing,    /**< close() was called; waiting for the server to go */
    Closed,     /**< closed on purpose; connectToServer() starts afresh */
    Failed,     /**< the connection failed; McpClient::error() says why */
};
Q_ENUM_NS(State)

/** Which generation of the protocol the server speaks (the specification's "era"). */
enum class Era {
    Unknown,
    Legacy, /**< 2025-11-25 and earlier: initialize handshake, sessions on HTTP */
    Modern, /**< 2026-07-28 and later: stateless, per-request _meta */
};
Q_ENUM_NS(Era)

/** What the client tries when it connects. */
enum class ProtocolPreference {
    Auto,       /**< probe for 2026-07-28, fall back to the initialize handshake */
    LegacyOnly, /**< initialize handshake only (2025-11-25 down to 2024-11-05) */
    ModernOnly, /**< 2026-07-28 only */
};
Q_ENUM_NS(ProtocolPreference)

/** Typed failure kinds. A request ends with exactly one outcome: a result or one of these. */
enum class ErrorKind {
    None,
    FailedToStart,   /**< the server process could not be started (not found, not executable) */
    ProcessExited,   /**< the server process exited or crashed */
    Network,         /**< connection refused, reset, DNS, TLS, a broken stream */
    Http,            /**< an HTTP status the protocol does not explain (5xx, 404 …) */
    Auth,            /**< HTTP 401 or 403: the server wants credentials */
    Redirect,        /**< a redirect to another origin was refused (headers may carry secrets) */
    Timeout,         /**< no answer within the request's time limit */
    Protocol,        /**< the server broke the protocol: not JSON, not JSON-RPC, bad shapes */
    MessageTooLarge, /**< one message exceeded McpClientOptions::maxMessageBytes */
    Rpc,             /**< the server answered with a JSON-RPC error (code, message, data) */
    VersionMismatch, /**< no protocol version both sides speak */
    SessionExpired,  /**< the HTTP session ended and re-initializing did not help */
    InputRequired,   /**< the server asks for input (elicitation, sampling) Confab cannot give */
    Cancelled,       /**< cancelled by the caller */
    Closed,          /**< the connection was closed while the request was pending */
    NotConnected,    /**< a request was made while the client was not Ready */
};
Q_ENUM_NS(ErrorKind)

/** The kind of one content block of a tool result. */
enum class ContentType {
    Text,
    Image,
    Audio,
    ResourceLink,
    Resource, /**< an embedded resource: text or a base64 blob */
    Unknown,  /**< a type this client does not know; the block is kept in raw */
};
Q_ENUM_NS(ContentType)

/** Where a line of a server's log comes from. */
enum class LogSource {
    Stderr,       /**< the stdio server's standard error */
    Notification, /**< notifications/message */
};
Q_ENUM_NS(LogSource)

/** Characters that can hide instructions from a person reading a tool description. */
enum class HiddenKind {
    ZeroWidth,   /**< U+200B–U+200D, U+2060, U+FEFF, U+180E */
    BidiControl, /**< U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 */
    Tag,         /**< U+E0000–U+E007F: invisible copies of ASCII ("ASCII smuggling") */
    Invisible,   /**< other invisible format characters: U+00AD, U+034F, U+2061–U+2064,
                      U+FFF9–U+FFFB, Hangul fillers, variation selectors U+E0100–U+E01EF */
    Control,     /**< C0/C1 control characters other than tab, line feed and carriage return */
};
Q_ENUM_NS(HiddenKind)
} // namespace Mcp

/** Protocol constants. */
namespace McpProtocol {
inline constexpr QLatin1StringView kModern2026{"2026-07-28"};
inline constexpr QLatin1StringView kLegacy20251125{"2025-11-25"};
inline constexpr QLatin1StringView kLegacy20250618{"2025-06-18"};
inline constexpr QLatin1StringView kLegacy20250326{"2025-03-26"};
inline constexpr QLatin1StringView kLegacy20241105{"2024-11-05"};
/** The legacy versions this client accepts from initialize, newest first. */
QStringList legacyVersions();
/** The modern versions this client speaks, newest first. */
QStringList modernVersions();

// JSON-RPC and MCP error codes.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kHeaderMismatch = -32020;
inline constexpr int kMissingRequiredClientCapability = -32021;
inline constexpr int kUnsupportedProtocolVersion = -32022;
/** True for the 2026-07-28 errors that identify a modern server (versioning rules). */
bool isModernErrorCode(int code);
} // namespace McpProtocol

/** @brief A typed error with what the UI needs to explain it. */
struct McpError
{
    Mcp::ErrorKind kind = Mcp::ErrorKind::None;
    int code = 0;       /**< JSON-RPC error code for Rpc (and modern errors); 0 otherwise */
    int httpStatus = 0; /**< the HTTP status when one was involved */
    QString message;    /**< translated, for people; names the way forward where there is one */
    QString detail;     /**< the server's own message or stderr tail (untrusted text) */
    QJsonValue data;    /**< the JSON-RPC error's data member, if any */

    bool isError() const { return kind != Mcp::ErrorKind::None; }
    static McpError make(Mcp::ErrorKind kind, const QString &message, const QString &detail = {})
    {
        McpError e;
        e.kind = kind;
        e.message = message;
        e.detail = detail;
        return e;
    }
};

/** What the user configured for one server. Headers and environment may hold secrets: they
 * are never logged, and phase 2 fills them from the keychain. */
struct McpServerConfig
{
    Mcp::Transport transport = Mcp::Transport::Stdio;
    QString name; /**< for people and logs */
    // stdio
    QString program; /**< a path, or a name looked up in the child's PATH */
    QStringList arguments;
    /** Added to the child's minimal environment (see StdioTransport::baseEnvironment). */
    QMap<QString, QString> environment;
    QString workingDirectory; /**< empty: the client's */
    // Streamable HTTP
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/** Limits and knobs of a McpClient. */
struct McpClientOptions
{
    Mcp::ProtocolPreference protocol = Mcp::ProtocolPreference::Auto;
    int requestTimeoutMs = 120'000;    /**< default per-request limit (tools/call, tools/list) */
    int handshakeTimeoutMs = 30'000;   /**< initialize / server/discover */
    int discoverProbeTimeoutMs = 5000; /**< stdio: no answer to server/discover → legacy */
    /** Progress notifications restart a call's timeout, up to this much in total. */
    qint64 maxCallDurationMs = 30 * 60'000;
    qsizetype maxMessageBytes = 32 * 1024 * 1024; /**< one JSON-RPC message (line, body, event) */
    int shutdownGraceMs = 2000; /**< stdio: wait after closing stdin, then after SIGTERM */
    int maxToolPages = 100;     /**< tools/list pages before giving up (cursor loops) */
    int logLines = 1000;        /**< server log lines kept (stderr, notifications/message) */
    bool autoListTools = true;  /**< list the tools once Ready, and again on list_changed */
    QString clientName = QStringLiteral("Confab");
    QString clientVersion = QStringLiteral("0.1.0");
};

/** Who the server says it is, and what it offers. */
struct McpServerInfo
{
    QString name;
    QString title;
    QString version;
    QString instructions; /**< untrusted text from the server */
    QString protocolVersion;
    QJsonObject capabilities;
    bool toolsListChanged() const
    {
        return capabilities.value(QLatin1StringView("tools"))
            .toObject()
            .value(QLatin1StringView("listChanged"))
            .toBool();
    }
};

/** One tool as tools/list describes it. All text is untrusted. */
struct McpTool
{
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject outputSchema; /**< empty when the tool declares none */
    QJsonObject annotations;  /**< hints only, never permissions */
    QJsonObject raw;          /**< the definition as received (icons, execution, _meta …) */

    /** The name people see: the title, else annotations.title, else the name. */
    QString displayName() const;
    /** An annotation hint (readOnlyHint, destructiveHint, idempotentHint, openWorldHint). */
    bool hint(QLatin1StringView key, bool fallback) const;
    /** execution.taskSupport is "required": a plain tools/call will fail. */
    bool requiresTask() const;
    /** Parses one entry of tools/list; false (and @p why) when it has no usable name or a
     * schema that is not an object. */
    static bool fromJson(const QJsonObject &json, McpTool *tool, QString *why);
};

/** One content block of a tool result. */
struct McpContent
{
    Mcp::ContentType type = Mcp::ContentType::Unknown;
    QString text;     /**< text; an embedded text resource's text */
    QByteArray data;  /**< base64 as received: image, audio, an embedded blob resource */
    QString mimeType; /**< image, audio, resource_link, resource */
    QString uri;      /**< resource_link, resource */
    QString name;     /**< resource_link */
    QString title;    /**< resource_link */
    QString description;
    QJsonObject annotations;
    QJsonObject raw; /**< the block as received */

    static McpContent fromJson(const QJsonObject &json);
    static McpContent makeText(const QString &text);
    QJsonObject toJson() const { return raw; }
};

/** What a tool result looks like after the character cap for the model. */
struct McpModelView
{
    /** Text blocks cut to the budget; images, audio and links kept; a last text block says
     * what was cut. */
    QList<McpContent> content;
    bool truncated = false;
    qsizetype fullChars = 0; /**< text characters in the whole result */
    qsizetype keptChars = 0; /**< text characters kept (the note not counted) */
};

/** A tools/call result. The full result is kept for people; forModel() is what a model gets. */
struct McpToolResult
{
    QList<McpContent> content;
    QJsonValue structuredContent; /**< undefined when absent; any JSON value in 2026-07-28 */
    bool isError = false;
    QJsonObject raw; /**< the result as received */

    static McpToolResult fromJson(const QJsonObject &json);
    /** The result as received (for `confab-cli mcp call` and history). */
    QJsonObject toJson() const { return raw; }
    /** Text characters of all text blocks (or of structuredContent when there is no text). */
    qsizetype textChars() const;
    /**
     * The view for the model: at most @p maxChars characters of text (text blocks and embedded
     * text resources; structuredContent as compact JSON when no block carries text). Binary
     * blocks are kept as they are (each wire format has its own image limits).
     */
    McpModelView forModel(qsizetype maxChars = kDefaultModelChars) const;

    static constexpr qsizetype kDefaultModelChars = 150'000;
};

/** A progress notification for a call. total < 0 when the server gave none. */
struct McpProgress
{
    double progress = 0;
    double total = -1;
    QString message;
};

/** One line of a server's log (stderr, or notifications/message). */
struct McpLogLine
{
    Mcp::LogSource source = Mcp::LogSource::Stderr;
    QString text;           /**< untrusted; cut to McpServerLog::kMaxLineChars */
    QString level;          /**< notifications/message level; empty for stderr */
    qint64 timestampMs = 0; /**< since the epoch */
};

Q_DECLARE_METATYPE(McpError)
Q_DECLARE_METATYPE(McpTool)
Q_DECLARE_METATYPE(McpToolResult)
Q_DECLARE_METATYPE(McpProgress)
Q_DECLARE_METATYPE(McpLogLine)

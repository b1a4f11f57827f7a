// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "stdiotransport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
constexpr qsizetype kMaxStderrLine = 4096;
constexpr int kStderrTail = 5;

QString preview(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(80));
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    return bytes.size() > 80 ? text + u'…' : text;
}
} // namespace

StdioTransport::StdioTransport(const McpServerConfig &config, const McpClientOptions &options,
                               QObject *parent)
    : McpTransport(parent)
    , m_config(config)
    , m_options(options)
    , m_framer(options.maxMessageBytes)
{
    m_shutdownTimer.setSingleShot(true);
    connect(&m_shutdownTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        if (m_shutdownStep == 1) {
            qCInfo(lcMcp) << "server" << m_config.name << "still running; sending SIGTERM";
            m_shutdownStep = 2;
            m_process.terminate();
            m_shutdownTimer.start(m_options.shutdownGraceMs);
        } else {
            qCInfo(lcMcp) << "server" << m_config.name << "still running; killing it";
            m_process.kill();
        }
    });
    connect(&m_process, &QProcess::started, this, &StdioTransport::onStarted);
    connect(&m_process, &QProcess::errorOccurred, this, &StdioTransport::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &StdioTransport::onFinished);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &StdioTransport::onStderr);
}

StdioTransport::~StdioTransport()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QProcessEnvironment StdioTransport::baseEnvironment(const QProcessEnvironment &system)
{
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LC_ALL",
                             "LC_CTYPE", "TZ", "TMPDIR", "XDG_RUNTIME_DIR"}) {
        const QString key = QLatin1StringView(name);
        if (system.contains(key))
            env.insert(key, system.value(key));
    }
    if (!env.contains(u"PATH"_s))
        env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    return env;
}

QProcessEnvironment StdioTransport::childEnvironment(const McpServerConfig &config)
{
    QProcessEnvironment env = baseEnvironment();
    for (auto it = config.environment.cbegin(); it != config.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

void StdioTransport::open()
{
    if (m_open || m_process.state() != QProcess::NotRunning)
        return;
    const QProcessEnvironment env = childEnvironment(m_config);
    QString program = m_config.program;
    if (!program.contains(u'/')) {
        // Looked up in the child's PATH, which may differ from ours.
        program = QStandardPaths::findExecutable(
            m_config.program, env.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts));
        if (program.isEmpty()) {
            failWith(McpError::make(
                Mcp::ErrorKind::FailedToStart,
                tr("Cannot find the program \"%1\" in the server's PATH.").arg(m_config.program),
                env.value(u"PATH"_s)));
            return;
        }
    }
    m_process.setProcessEnvironment(env);
    m_process.setProgram(program);
    m_process.setArguments(m_config.arguments);
    if (!m_config.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(m_config.workingDirectory);
#ifdef Q_OS_LINUX
    // The server goes when Confab goes, even after a crash.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    qCInfo(lcMcp) << "starting server" << m_config.name << "(" << QDir::toNativeSeparators(program)
                  << "with" << m_config.arguments.size() << "arguments)";
    m_process.start(QIODevice::ReadWrite);
}

void StdioTransport::onStarted()
{
    m_open = true;
    qCInfo(lcMcp) << "server" << m_config.name << "started, pid" << m_process.processId();
    Q_EMIT opened();
}

bool StdioTransport::isOpen() const
{
    return m_open && !m_closing;
}

void StdioTransport::send(const McpOutgoing &message)
{
    if (!m_open || m_closing || m_process.state() != QProcess::Running)
        return; // closed() follows (or came already); the session fails the request
    // The body is compact JSON: no raw newline can be in it.
    m_process.write(message.body + '\n');
}

void StdioTransport::cancelRequest(const QJsonValue &id, const QString &reason)
{
    QJsonObject params{{"requestId"_L1, id}};
    if (!reason.isEmpty())
        params.insert("reason"_L1, reason);
    McpOutgoing out;
    out.kind = McpOutgoing::Kind::Notification;
    out.method = u"notifications/cancelled"_s;
    out.body =
        QJsonDocument(
            QJsonObject{{"jsonrpc"_L1, "2.0"_L1}, {"method"_L1, out.method}, {"params"_L1, params}})
            .toJson(QJsonDocument::Compact);
    send(out);
}

void StdioTransport::close()
{
    if (m_closedEmitted || m_closing)
        return;
    m_closing = true;
    if (m_process.state() == QProcess::NotRunning) {
        finishClosed();
        return;
    }
    qCInfo(lcMcp) << "closing server" << m_config.name;
    m_process.closeWriteChannel(); // servers exit on end of input
    m_shutdownStep = 1;
    m_shutdownTimer.start(m_options.shutdownGraceMs);
}

void StdioTransport::failWith(const McpError &error)
{
    if (m_closedEmitted)
        return;
    qCWarning(lcMcp) << "server" << m_config.name << "failed:" << error.kind << error.message;
    m_pendingError = error;
    m_closing = true;
    if (m_process.state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(this, &StdioTransport::finishClosed, Qt::QueuedConnection);
        return;
    }
    m_process.closeWriteChannel();
    m_process.terminate();
    m_shutdownStep = 2;
    m_shutdownTimer.start(m_options.shutdownGraceMs);
}

void StdioTransport::finishClosed()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_open = false;
    m_shutdownTimer.stop();
    Q_EMIT closed(m_pendingError);
}

void StdioTransport::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exits arrive through finished()
    m_pendingError = McpError::make(
        Mcp::ErrorKind::FailedToStart,
        tr("Could not start the server \"%1\": %2").arg(m_config.program, m_process.errorString()));
    qCWarning(lcMcp) << "server" << m_config.name << "failed to start";
    finishClosed();
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onStdout(); // what it wrote before it went
    onStderr();
    if (!m_stderrLine.isEmpty())
        emitStderrLine(std::exchange(m_stderrLine, {}));
    qCInfo(lcMcp) << "server" << m_config.name << "exited, code" << exitCode
                  << (status == QProcess::CrashExit ? "(crashed)" : "");
    if (!m_closing && !m_pendingError.isError()) {
        const QString message =
            status == QProcess::CrashExit
                ? tr("The server stopped unexpectedly (it crashed or was killed).")
                : tr("The server exited (code %1).").arg(exitCode);
        m_pendingError = McpError::make(Mcp::ErrorKind::ProcessExited, message, stderrTail());
    }
    finishClosed();
}

void StdioTransport::onStdout()
{
    while (!m_closedEmitted && !m_pendingError.isError() && m_process.bytesAvailable() > 0) {
        m_framer.append(m_process.read(kReadChunk));
        McpLineFramer::Item item;
        while (!m_closedEmitted && !m_pendingError.isError() && m_framer.next(&item)) {
            if (item.kind == McpLineFramer::Item::Kind::Line) {
                handleLine(item.line);
                continue;
            }
            McpError error =
                McpError::make(Mcp::ErrorKind::MessageTooLarge,
                               tr("The server sent a message of %1 MB; the limit is %2 MB.")
                                   .arg(QString::number(double(item.bytes) / (1024 * 1024), 'f', 1))
                                   .arg(m_options.maxMessageBytes / (1024 * 1024)));
            qCWarning(lcMcp) << "skipped a message of" << item.bytes << "bytes";
            if (!item.id.isUndefined())
                Q_EMIT requestFailed(item.id, error);
        }
    }
}

void StdioTransport::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
        failWith(McpError::make(Mcp::ErrorKind::Protocol,
                                tr("The server wrote something that is not JSON-RPC on its "
                                   "standard output; it must write only MCP messages there."),
                                preview(line)));
        return;
    }
    if (doc.isObject()) {
        Q_EMIT messageReceived(doc.object());
        return;
    }
    const QJsonArray batch = doc.array(); // 2025-03-26 allowed batches
    for (const QJsonValue &message : batch) {
        if (m_closedEmitted)
            return;
        if (message.isObject())
            Q_EMIT messageReceived(message.toObject());
    }
}

void StdioTransport::onStderr()
{
    // QProcess reads at most what the pipe holds per notification, so this stays small.
    const QByteArray chunk = m_process.readAllStandardError();
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype newline = chunk.indexOf('\n', start);
        const qsizetype end = newline < 0 ? chunk.size() : newline;
        if (!m_stderrSkipping) {
            const qsizetype room = kMaxStderrLine - m_stderrLine.size();
            m_stderrLine.append(chunk.constData() + start, std::min(room, end - start));
            if (end - start > room) {
                emitStderrLine(std::exchange(m_stderrLine, {}) + "…");
                m_stderrSkipping = true; // the rest of this line is dropped
            }
        }
        if (newline < 0)
            break;
        if (!m_stderrSkipping && !m_stderrLine.isEmpty())
            emitStderrLine(std::exchange(m_stderrLine, {}));
        m_stderrLine.clear();
        m_stderrSkipping = false;
        start = newline + 1;
    }
}

void StdioTransport::emitStderrLine(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    m_lastStderr.append(text);
    if (m_lastStderr.size() > kStderrTail)
        m_lastStderr.removeFirst();
    Q_EMIT logLine(text);
}

QString StdioTransport::stderrTail() const
{
    return m_lastStderr.join(u'\n');
}

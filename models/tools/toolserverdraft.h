// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "toolserver.h"

#include <QObject>
#include <QPointer>

class ToolServers;

/**
 * @brief The server being added or edited on the Tools page, as the form shows it: arguments
 * one per line, environment variables as NAME=value lines, headers as "Name: value" lines.
 * save() checks it and hands it to ToolServers (a changed launch is confirmed again there).
 */
class ToolServerDraft : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isNew READ isNew NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY draftChanged FINAL)
    /** Mcp::Transport as an int: 0 stdio, 1 HTTP. */
    Q_PROPERTY(int transport MEMBER m_transport NOTIFY draftChanged FINAL)
    /** The server is reached over HTTP (else it is a program on stdio). */
    Q_PROPERTY(bool http READ isHttp WRITE setHttp NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString command MEMBER m_command NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString argumentsText MEMBER m_arguments NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString environmentText MEMBER m_environment NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString workingDirectory MEMBER m_workingDirectory NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString url MEMBER m_url NOTIFY draftChanged FINAL)
    Q_PROPERTY(QString headersText MEMBER m_headers NOTIFY draftChanged FINAL)
    Q_PROPERTY(int timeoutSeconds MEMBER m_timeoutSeconds NOTIFY draftChanged FINAL)
    /** Why save() refused, for people; empty otherwise. */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    explicit ToolServerDraft(ToolServers *servers, QObject *parent = nullptr);

    bool isNew() const { return m_id.isEmpty(); }
    bool isHttp() const { return m_transport == int(Mcp::Transport::Http); }
    void setHttp(bool http)
    {
        m_transport = int(http ? Mcp::Transport::Http : Mcp::Transport::Stdio);
        Q_EMIT draftChanged();
    }
    QString error() const { return m_error; }

    /** An empty stdio server. */
    Q_INVOKABLE void startNew();
    /** @p serverId's configuration; its secrets fill in once they are read. */
    Q_INVOKABLE bool edit(const QString &serverId);
    /** Checks the form and adds or updates the server (a new one is enabled: its launch is
     * confirmed before it runs). False, with error(), when something is wrong. */
    Q_INVOKABLE bool save();

    /** NAME=value (or "Name: value" with @p separator ':') lines; @p error names the first bad
     * line. Blank lines are skipped. */
    static QMap<QString, QString> parsePairs(const QString &text, QChar separator, bool headerNames,
                                             QString *error);

Q_SIGNALS:
    void draftChanged();
    void errorChanged();

private:
    void fill(const ToolServer &server, const ToolServerSecrets &secrets);
    void setError(const QString &error);

    QPointer<ToolServers> m_servers;
    QString m_id;
    ToolServer m_base; // what the edited server had (enabled, trusted, disabled tools)
    QString m_name;
    int m_transport = 0;
    QString m_command;
    QString m_arguments;
    QString m_environment;
    QString m_workingDirectory;
    QString m_url;
    QString m_headers;
    int m_timeoutSeconds = 120;
    QString m_error;
};

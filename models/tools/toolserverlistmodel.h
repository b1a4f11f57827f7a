// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "toolserver.h"

#include <QAbstractListModel>
#include <QList>

/** Where a configured server is: typed through the roles into QML (ToolServer.Ready …). */
namespace ToolServerEnums {
Q_NAMESPACE
enum class State {
    Off,               /**< not enabled: never launched */
    NeedsConfirmation, /**< enabled, but what it runs (or where it connects) is not confirmed */
    Stopped,           /**< enabled and confirmed, not running */
    Starting,          /**< launching or connecting, then the handshake */
    Ready,             /**< its tools are listed and can be offered */
    Failed,            /**< it could not start or stopped working; errorMessage says why */
};
Q_ENUM_NS(State)
} // namespace ToolServerEnums

/**
 * @brief The configured MCP servers, one row each, with where each one is. Knows nothing of
 * persistence or processes: ToolServers keeps it up to date.
 */
class ToolServerListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    using State = ToolServerEnums::State;

    enum Roles {
        ServerIdRole = Qt::UserRole + 1, /**< QString */
        NameRole,                        /**< QString */
        TransportRole,                   /**< int, Mcp::Transport */
        SummaryRole,                     /**< QString: the command line or the URL */
        EnabledRole,                     /**< bool */
        TrustedRole,                     /**< bool: every tool runs without asking */
        StateRole,                       /**< int, ToolServerEnums::State */
        ErrorMessageRole,                /**< QString: why it failed */
        ToolCountRole,                   /**< int: tools it lists (0 until Ready) */
        AttentionRole, /**< QString: tools changed since approved or hide text; empty if not */
    };
    Q_ENUM(Roles)

    /** One row. */
    struct Row
    {
        ToolServer server;
        State state = State::Off;
        QString errorMessage;
        int toolCount = 0;
        QString attention;
    };

    explicit ToolServerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Row> &rows() const { return m_rows; }
    /** The row of @p serverId, or -1. */
    Q_INVOKABLE int indexOf(const QString &serverId) const;
    const Row *find(const QString &serverId) const;

    void reset(const QList<ToolServer> &servers);
    void append(const ToolServer &server);
    void update(const ToolServer &server);
    void remove(const QString &serverId);
    void setStatus(const QString &serverId, State state, const QString &errorMessage = {});
    void setTools(const QString &serverId, int count, const QString &attention);

Q_SIGNALS:
    void countChanged();

private:
    void changed(int row, const QList<int> &roles);

    QList<Row> m_rows;
};

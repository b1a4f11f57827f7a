// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ToolServers;

/**
 * @brief Which servers' tools the model may see in one conversation: one row per enabled
 * server, offered or not.
 *
 * A new conversation offers every enabled server; once the user changes that, the
 * conversation keeps its own list (stored with it, see readFrom() and writeTo()).
 */
class ToolSelection : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    /** Servers whose tools are offered, of those listed. */
    Q_PROPERTY(int offeredCount READ offeredCount NOTIFY offeredCountChanged FINAL)

public:
    enum Roles {
        ServerIdRole = Qt::UserRole + 1, /**< QString */
        NameRole,                        /**< QString */
        ServerStateRole,                 /**< int, ToolServerEnums::State */
        ToolCountRole,                   /**< int */
        OfferedRole,                     /**< bool: the model sees its tools here */
    };
    Q_ENUM(Roles)

    explicit ToolSelection(ToolServers *servers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The servers chosen, or nothing for "every enabled server". */
    std::optional<QStringList> selection() const { return m_selection; }
    void setSelection(const std::optional<QStringList> &selection);
    /** The user offers (or withholds) @p serverId's tools in this conversation. */
    Q_INVOKABLE void setOffered(const QString &serverId, bool offered);
    int offeredCount() const;

    /** The selection kept in a conversation's parameters ("toolServers"), if any. */
    static std::optional<QStringList> readFrom(const QJsonObject &params);
    /** Adds @p selection to @p params (removes the key for "every enabled server"). */
    static void writeTo(QJsonObject &params, const std::optional<QStringList> &selection);

Q_SIGNALS:
    void countChanged();
    /** The selection changed (by the user, or a new one was set). */
    void selectionChanged();
    void offeredCountChanged();

private:
    void rebuild();
    bool isOffered(const QString &serverId) const;

    QPointer<ToolServers> m_servers;
    QList<int> m_rows; // rows of the server list that are enabled
    std::optional<QStringList> m_selection;
};

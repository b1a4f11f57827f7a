// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QAbstractListModel>
#include <QList>

/**
 * @brief The tools of one server as the Tools page shows them: each with its description,
 * whether the model may see it, whether it runs without asking, whether it changed since it
 * was approved (and how), and hidden text found in it. All text is the server's: untrusted.
 */
class ToolListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Roles {
        NameRole = Qt::UserRole + 1, /**< QString: the tool's name on its server */
        TitleRole,                   /**< QString: its display name */
        DescriptionRole,             /**< QString */
        EnabledRole,                 /**< bool: offered to the model */
        AlwaysRole,                  /**< bool: runs without asking (approved "always") */
        ChangedRole,                 /**< bool: differs from the definition last approved */
        ChangesRole,                 /**< QString: a line diff of the change */
        WarningsRole,                /**< QString: hidden characters found, one per line */
        ReadOnlyHintRole,            /**< bool: the server says it changes nothing (a hint) */
        DestructiveHintRole,         /**< bool: the server says it may destroy (a hint) */
        OpenWorldHintRole,           /**< bool: the server says it reaches outside (a hint) */
        NeedsTasksRole,              /**< bool: needs MCP tasks, which Confab does not speak */
    };
    Q_ENUM(Roles)

    /** One row. */
    struct Row
    {
        McpTool tool;
        bool enabled = true;
        bool always = false;
        bool changed = false;
        QString changes;
        QString warnings;
    };

    explicit ToolListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>

/**
 * @brief The provider presets to add a provider from, then "Other OpenAI-compatible server" (an
 * empty presetId). Read from the preset table; constant.
 */
class PresetListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT FINAL)

public:
    enum Roles {
        PresetIdRole = Qt::UserRole + 1, /**< empty for the custom endpoint */
        NameRole,
        BaseUrlRole,  /**< the default base URL; empty for custom */
        NeedsKeyRole, /**< hosted services need an API key */
        KeyEnvVarRole,
        IsLocalRole,
        DescriptionRole, /**< one translated line: what the preset connects to */
    };
    Q_ENUM(Roles)

    explicit PresetListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /** The row of @p presetId (the custom row for an unknown id). */
    Q_INVOKABLE int indexOf(const QString &presetId) const;
    /** One translated line about @p presetId (empty: the custom endpoint). */
    static QString description(const QString &presetId);
};

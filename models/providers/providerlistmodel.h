// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providerconfig.h"

#include <QAbstractListModel>

#include <optional>

/**
 * @brief The configured providers, in the order the user added them.
 *
 * Knows nothing of persistence: ProviderRepository loads it and saves it after each changed().
 */
class ProviderListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Roles {
        ProviderIdRole = Qt::UserRole + 1, /**< the stable id */
        NameRole,                          /**< display name */
        PresetIdRole,                      /**< empty for a custom endpoint */
        PresetNameRole,                    /**< "OpenAI", … or "Custom (OpenAI-compatible)" */
        BaseUrlRole,                       /**< the effective base URL */
        DefaultModelRole,
        KeyModeRole,   /**< ApiKeys::Mode as int */
        IsLocalRole,   /**< the preset is a server on this machine */
        IsDefaultRole, /**< the default provider for new conversations */
    };
    Q_ENUM(Roles)

    explicit ProviderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_configs.size()); }
    const QList<ProviderConfig> &configs() const { return m_configs; }
    std::optional<ProviderConfig> config(const QString &id) const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE QString nameOf(const QString &id) const;

    /** Appends @p config; an empty or taken id is replaced by nextId(). Returns the id. */
    QString add(ProviderConfig config);
    /** A free id for a provider of @p presetId: "openai", "openai-2", … ("custom" for none). */
    QString nextId(const QString &presetId) const;
    /** Replaces the provider with @p config.id; false if there is none. */
    bool update(const ProviderConfig &config);
    /** Removes the provider (not its key: see ProviderService::removeProvider). */
    Q_INVOKABLE bool remove(const QString &id);

    /** Replaces every provider (loading, importing). */
    void reset(const QList<ProviderConfig> &configs);
    /** The provider that new conversations use (IsDefaultRole). */
    void setDefaultId(const QString &id);
    QString defaultId() const { return m_defaultId; }

    static QString presetName(const QString &presetId);

Q_SIGNALS:
    void countChanged();
    /** A provider was added, updated or removed (not emitted by reset()). */
    void changed();
    void providerChanged(const QString &id);
    void providerRemoved(const QString &id);

private:
    QList<ProviderConfig> m_configs;
    QString m_defaultId;
};

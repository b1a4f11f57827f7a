// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "modellist.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

class QNetworkAccessManager;

/**
 * @brief The models of one provider: fetched asynchronously, cached on disk, searchable.
 *
 * The cache is a JSON file of model ids and names (never a key or a URL's user info). A fetch
 * keeps the rows it has until the new list arrives; a failed fetch keeps them too and sets
 * errorMessage. The filter matches every whitespace-separated word against id and name,
 * ignoring case.
 */
class ModelListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    /** Models before filtering. */
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged FINAL)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged FINAL)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged FINAL)
    /** The last fetch's error in plain words; empty after a success. */
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged FINAL)
    /** StreamNames::errorKind of the last error ("auth", "network", …); empty after a success. */
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorChanged FINAL)
    /** When the list was fetched (also from the cache); invalid if never. */
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY countChanged FINAL)

public:
    enum Roles {
        ModelIdRole = Qt::UserRole + 1, /**< what requests send */
        DisplayNameRole,                /**< the provider's name for it; may be empty */
        ContextLengthRole,              /**< input tokens; -1 if unknown */
    };
    Q_ENUM(Roles)

    explicit ModelListModel(QObject *parent = nullptr);
    ~ModelListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_visible.size()); }
    int totalCount() const { return int(m_models.size()); }
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool isLoading() const { return !m_request.isNull(); }
    QString errorMessage() const { return m_error.message; }
    QString errorKind() const { return StreamNames::errorKind(m_error.kind); }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    const QList<ModelInfo> &models() const { return m_models; }
    /** The QNetworkReply::NetworkError of the last fetch; 0 when the server answered. */
    int lastNetworkError() const { return m_lastNetworkError; }

    /** Where the list is cached; loads it if it exists. Empty: no cache. */
    void setCacheFile(const QString &path);
    QString cacheFile() const { return m_cacheFile; }
    /** The base URL the current list was fetched from (without user info). */
    QString sourceBaseUrl() const { return m_cachedBaseUrl; }

    /** Fetches the list (cancelling a running fetch). */
    void fetch(QNetworkAccessManager *network, std::shared_ptr<const WireFormat> wire,
               const ProviderEndpoint &endpoint, ModelListLimits limits = {});
    /** Replaces the list (e.g. with what local discovery found) and caches it. */
    void setModels(const QList<ModelInfo> &models);
    /** Reports a failure that happened before a fetch could start (e.g. no key). */
    void setError(const StreamError &error);
    /** Forgets the list and its cache file. */
    void clear();

    /** Asks the owner to fetch again (refreshRequested()). */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE bool contains(const QString &modelId) const;
    /** The model id of visible row @p row, or empty. */
    Q_INVOKABLE QString modelIdAt(int row) const;
    /** The visible row of @p modelId, or -1 (filtered out, or not listed). */
    Q_INVOKABLE int rowOf(const QString &modelId) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();
    void loadingChanged();
    void errorChanged();
    void refreshRequested();
    /** A fetch ended; @p succeeded tells how. */
    void fetchFinished(bool succeeded);

private:
    void onFinished(const ModelListResult &result);
    void applyFilter();
    bool matches(const ModelInfo &model) const;
    void writeCache() const;
    void readCache();

    QList<ModelInfo> m_models;
    QList<int> m_visible; // indexes into m_models
    QString m_filter;
    QStringList m_filterWords;
    StreamError m_error;
    QDateTime m_fetchedAt;
    QString m_cacheFile;
    QString m_cachedBaseUrl;
    QString m_fetchBaseUrl;
    QPointer<ModelListRequest> m_request;
    int m_lastNetworkError = 0;
};

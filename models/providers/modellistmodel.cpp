// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "modellistmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ModelListModel::~ModelListModel()
{
    delete m_request; // aborts it without a signal
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &model = m_models.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case ModelIdRole:
        return model.id;
    case DisplayNameRole:
        return model.displayName;
    case ContextLengthRole:
        return model.contextLength;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    return {{ModelIdRole, "modelId"},
            {DisplayNameRole, "displayName"},
            {ContextLengthRole, "contextLength"}};
}

void ModelListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    m_filterWords = filter.split(u' ', Qt::SkipEmptyParts);
    applyFilter();
    Q_EMIT filterChanged();
}

bool ModelListModel::matches(const ModelInfo &model) const
{
    for (const QString &word : m_filterWords) {
        if (!model.id.contains(word, Qt::CaseInsensitive) &&
            !model.displayName.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

void ModelListModel::applyFilter()
{
    QList<int> visible;
    for (int i = 0; i < m_models.size(); ++i) {
        if (matches(m_models.at(i)))
            visible.append(i);
    }
    // std::equal, not QList::operator==: Qt 6.4's memcmp-based compare of an empty list with
    // a cleared one passes a null pointer (UBSan).
    if (std::equal(visible.cbegin(), visible.cend(), m_visible.cbegin(), m_visible.cend()))
        return;
    beginResetModel();
    m_visible = visible;
    endResetModel();
    Q_EMIT countChanged();
}

void ModelListModel::setCacheFile(const QString &path)
{
    m_cacheFile = path;
    readCache();
}

void ModelListModel::readCache()
{
    QFile file(m_cacheFile);
    if (m_cacheFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.read(32 * 1024 * 1024)).object();
    QList<ModelInfo> models;
    for (const auto &entry : root.value("models"_L1).toArray()) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value("id"_L1).toString();
        if (!id.isEmpty()) {
            models.append({id, model.value("name"_L1).toString(),
                           model.value("contextLength"_L1).toInteger(-1)});
        }
    }
    beginResetModel();
    m_models = models;
    m_visible.clear();
    for (int i = 0; i < m_models.size(); ++i) {
        if (matches(m_models.at(i)))
            m_visible.append(i);
    }
    m_fetchedAt = QDateTime::fromString(root.value("fetchedAt"_L1).toString(), Qt::ISODate);
    m_cachedBaseUrl = root.value("baseUrl"_L1).toString();
    endResetModel();
    Q_EMIT countChanged();
}

void ModelListModel::writeCache() const
{
    if (m_cacheFile.isEmpty())
        return;
    QJsonArray models;
    for (const ModelInfo &model : m_models) {
        QJsonObject entry{{"id"_L1, model.id}};
        if (!model.displayName.isEmpty())
            entry.insert("name"_L1, model.displayName);
        if (model.contextLength >= 0)
            entry.insert("contextLength"_L1, model.contextLength);
        models.append(entry);
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{"fetchedAt"_L1, m_fetchedAt.toString(Qt::ISODate)},
                                         {"baseUrl"_L1, m_cachedBaseUrl},
                                         {"models"_L1, models}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

void ModelListModel::fetch(QNetworkAccessManager *network, std::shared_ptr<const WireFormat> wire,
                           const ProviderEndpoint &endpoint, ModelListLimits limits)
{
    const bool wasLoading = isLoading();
    delete m_request;
    m_fetchBaseUrl = endpoint.baseUrl.toString(QUrl::RemoveUserInfo);
    m_request = new ModelListRequest(network, std::move(wire), endpoint, limits, this);
    connect(m_request, &ModelListRequest::finished, this, &ModelListModel::onFinished);
    m_request->start();
    if (!wasLoading)
        Q_EMIT loadingChanged();
}

void ModelListModel::onFinished(const ModelListResult &result)
{
    m_request->deleteLater();
    m_request = nullptr;
    m_lastNetworkError = result.networkError;
    if (result.succeeded()) {
        m_cachedBaseUrl = m_fetchBaseUrl;
        setModels(result.models);
    } else {
        setError(result.error);
    }
    Q_EMIT loadingChanged();
    Q_EMIT fetchFinished(result.succeeded());
}

void ModelListModel::setModels(const QList<ModelInfo> &models)
{
    const bool hadError = m_error.isError();
    m_error = {};
    beginResetModel();
    m_models = models;
    m_visible.clear();
    for (int i = 0; i < m_models.size(); ++i) {
        if (matches(m_models.at(i)))
            m_visible.append(i);
    }
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    endResetModel();
    writeCache();
    Q_EMIT countChanged();
    if (hadError)
        Q_EMIT errorChanged();
}

void ModelListModel::setError(const StreamError &error)
{
    m_error = error;
    Q_EMIT errorChanged();
}

void ModelListModel::clear()
{
    cancel();
    if (!m_cacheFile.isEmpty())
        QFile::remove(m_cacheFile);
    beginResetModel();
    m_models.clear();
    m_visible.clear();
    m_fetchedAt = {};
    endResetModel();
    Q_EMIT countChanged();
    if (m_error.isError()) {
        m_error = {};
        Q_EMIT errorChanged();
    }
}

void ModelListModel::refresh()
{
    Q_EMIT refreshRequested();
}

void ModelListModel::cancel()
{
    if (!m_request)
        return;
    delete m_request;
    Q_EMIT loadingChanged();
}

bool ModelListModel::contains(const QString &modelId) const
{
    return std::any_of(m_models.begin(), m_models.end(),
                       [&](const ModelInfo &model) { return model.id == modelId; });
}

QString ModelListModel::modelIdAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_models.at(m_visible.at(row)).id : QString();
}

int ModelListModel::rowOf(const QString &modelId) const
{
    for (qsizetype row = 0; row < m_visible.size(); ++row) {
        if (m_models.at(m_visible.at(row)).id == modelId)
            return int(row);
    }
    return -1;
}

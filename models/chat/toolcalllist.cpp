// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolcalllist.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultThrottleMs = 50;
}

ToolCallList::ToolCallList(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultThrottleMs);
    connect(&m_timer, &QTimer::timeout, this, &ToolCallList::flush);
}

int ToolCallList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant ToolCallList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolCall &call = m_calls.at(index.row());
    switch (role) {
    case NameRole:
        return call.name;
    case ArgumentsRole:
        return m_complete ? m_pretty.at(index.row()) : preview(call.arguments);
    case CompleteRole:
        return m_complete;
    case CallIdRole:
        return call.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolCallList::roleNames() const
{
    return {
        {NameRole, "name"_ba},
        {ArgumentsRole, "arguments"_ba},
        {CompleteRole, "complete"_ba},
        {CallIdRole, "callId"_ba},
    };
}

void ToolCallList::setCalls(const QList<ToolCall> &calls, bool complete)
{
    m_timer.stop();
    const bool countChanges = calls.size() != m_calls.size();
    beginResetModel();
    m_calls = calls;
    m_complete = complete;
    m_pretty.clear();
    if (complete)
        prettifyAll();
    m_dirtyFirst = m_dirtyLast = -1;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void ToolCallList::applyDelta(const ToolCallDelta &delta)
{
    if (m_complete)
        return;
    const auto it = std::find_if(m_calls.cbegin(), m_calls.cend(),
                                 [&delta](const ToolCall &c) { return c.index == delta.index; });
    if (it == m_calls.cend()) {
        const int row = int(m_calls.size());
        beginInsertRows({}, row, row);
        applyToolCallDelta(m_calls, delta);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    const qsizetype row = it - m_calls.cbegin();
    applyToolCallDelta(m_calls, delta);
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_timer.isActive())
        m_timer.start();
}

void ToolCallList::flush()
{
    m_timer.stop();
    if (m_dirtyFirst < 0)
        return;
    const QModelIndex first = index(int(m_dirtyFirst));
    const QModelIndex last = index(int(m_dirtyLast));
    m_dirtyFirst = m_dirtyLast = -1;
    Q_EMIT dataChanged(first, last, {NameRole, ArgumentsRole, CallIdRole});
}

void ToolCallList::finish()
{
    if (m_complete)
        return;
    m_timer.stop();
    m_dirtyFirst = m_dirtyLast = -1;
    m_complete = true;
    prettifyAll();
    if (!m_calls.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_calls.size()) - 1),
                           {NameRole, ArgumentsRole, CompleteRole, CallIdRole});
    }
}

void ToolCallList::prettifyAll()
{
    m_pretty.clear();
    m_pretty.reserve(m_calls.size());
    for (const ToolCall &call : std::as_const(m_calls))
        m_pretty.append(prettyJson(call.arguments));
}

QString ToolCallList::preview(const QString &arguments)
{
    if (arguments.size() <= kPreviewChars)
        return arguments;
    qsizetype from = arguments.size() - kPreviewChars;
    if (arguments.at(from).isLowSurrogate())
        ++from; // not half a character
    return u"…"_s + QStringView(arguments).mid(from);
}

QString ToolCallList::prettyJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return json;
    // Re-indent the text itself: QJsonObject would sort the keys.
    constexpr int kIndent = 2;
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newline = [&out, &depth] {
        out += u'\n';
        out += QString(depth * kIndent, u' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            // An empty object or array stays on one line.
            qsizetype j = i + 1;
            while (j < json.size() && json.at(j).isSpace())
                ++j;
            if (j < json.size() && (json.at(j) == u'}' || json.at(j) == u']')) {
                out += c;
                out += json.at(j);
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": ";
            break;
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

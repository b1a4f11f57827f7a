// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentwire.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AttachmentWire {

QString fencedText(const QString &name, const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString out;
    out.reserve(name.size() + text.size() + 2 * fence.size() + 4);
    out += name + u'\n' + fence + u'\n' + text;
    if (!text.endsWith(u'\n'))
        out += u'\n';
    out += fence;
    return out;
}

bool hasParts(const ChatRequest &request)
{
    return std::any_of(request.messages.cbegin(), request.messages.cend(),
                       [](const ChatMessage &m) { return !m.parts.isEmpty(); });
}

QString Blobs::add(const QByteArray &data, const QByteArray &prefix)
{
    // Random per blob: user text cannot contain it by accident, and the JSON writer leaves
    // these characters as they are.
    const quint64 nonce = QRandomGenerator::global()->generate64();
    Blob blob{"confab-blob-" + QByteArray::number(m_blobs.size()) + '-' +
                  QByteArray::number(nonce, 16),
              prefix, data};
    m_blobs.append(blob);
    return QString::fromLatin1(m_blobs.constLast().placeholder);
}

QByteArray Blobs::splice(const QByteArray &json) const
{
    if (m_blobs.isEmpty())
        return json;
    // The JSON writer orders object keys, so placeholders need not come in the order added.
    QList<std::pair<qsizetype, qsizetype>> found; // position in json, blob index
    qsizetype size = json.size();
    for (qsizetype i = 0; i < m_blobs.size(); ++i) {
        const Blob &blob = m_blobs.at(i);
        const qsizetype at = json.indexOf(QByteArray('"' + blob.placeholder + '"'));
        if (at < 0)
            continue; // not used in the body
        found.append({at, i});
        size += blob.prefix.size() + (blob.data.size() + 2) / 3 * 4;
    }
    std::sort(found.begin(), found.end());
    QByteArray out;
    out.reserve(size);
    qsizetype from = 0;
    for (const auto &[at, index] : found) {
        const Blob &blob = m_blobs.at(index);
        out.append(QByteArrayView(json).sliced(from, at - from));
        out.append('"');
        out.append(blob.prefix);
        out.append(blob.data.toBase64());
        out.append('"');
        from = at + blob.placeholder.size() + 2;
    }
    out.append(QByteArrayView(json).sliced(from));
    return out;
}

} // namespace AttachmentWire

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagetree.h"

#include <algorithm>

MessageTree::MessageTree(const QList<Message> &messages, qint64 leafId)
{
    // Parents may come after their children in the input: insert all, then link in id order
    // (siblings oldest first). A parent that is not older than its child (damaged input)
    // counts as missing, so the links can never form a cycle.
    QList<qint64> ids;
    ids.reserve(messages.size());
    m_nodes.reserve(messages.size());
    for (const Message &m : messages) {
        if (m.id <= 0 || m_nodes.contains(m.id))
            continue;
        m_nodes.emplace(m.id, Node{m, {}, -1});
        ids.append(m.id);
        m_nextId = std::max(m_nextId, m.id + 1);
    }
    if (!std::is_sorted(ids.cbegin(), ids.cend())) // a store's messages come in id order
        std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        Message &m = m_nodes.find(id)->message;
        Node *parent = nullptr;
        if (m.parentId > 0 && m.parentId < id) {
            const auto it = m_nodes.find(m.parentId);
            parent = it == m_nodes.end() ? nullptr : &*it;
        }
        if (!parent)
            m.parentId = 0;
        QList<qint64> &siblings = parent ? parent->children : m_roots;
        siblings.append(id);
        // The newest branch by default.
        (parent ? parent->activeChild : m_activeRoot) = siblings.size() - 1;
    }
    activate(m_nodes.contains(leafId) ? leafId : (ids.isEmpty() ? 0 : ids.constLast()));
}

Message *MessageTree::find(qint64 id)
{
    const auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it->message;
}

const Message *MessageTree::find(qint64 id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &it->message;
}

const QList<qint64> &MessageTree::childrenRef(qint64 parentId) const
{
    return parentId == 0 ? m_roots : m_nodes.constFind(parentId)->children;
}

QList<qint64> &MessageTree::childrenRef(qint64 parentId)
{
    return parentId == 0 ? m_roots : m_nodes[parentId].children;
}

qsizetype &MessageTree::activeChildOf(qint64 parentId)
{
    return parentId == 0 ? m_activeRoot : m_nodes[parentId].activeChild;
}

qsizetype MessageTree::activeChildOf(qint64 parentId) const
{
    return parentId == 0 ? m_activeRoot : m_nodes.constFind(parentId)->activeChild;
}

QList<qint64> MessageTree::children(qint64 parentId) const
{
    if (parentId != 0 && !m_nodes.contains(parentId))
        return {};
    return childrenRef(parentId);
}

QList<qint64> MessageTree::siblings(qint64 id) const
{
    const Message *m = find(id);
    return m ? childrenRef(m->parentId) : QList<qint64>();
}

QList<qint64> MessageTree::pathTo(qint64 id) const
{
    QList<qint64> path;
    for (const Message *m = find(id); m; m = m->parentId != 0 ? find(m->parentId) : nullptr)
        path.append(m->id);
    std::reverse(path.begin(), path.end());
    return path;
}

QList<qint64> MessageTree::activePath() const
{
    QList<qint64> path;
    for (qint64 parent = 0;;) {
        const qsizetype active = activeChildOf(parent);
        const QList<qint64> &children = childrenRef(parent);
        if (active < 0 || active >= children.size())
            break;
        parent = children.at(active);
        path.append(parent);
    }
    return path;
}

QList<Message> MessageTree::activeMessages() const
{
    const QList<qint64> path = activePath();
    QList<Message> out;
    out.reserve(path.size());
    for (const qint64 id : path)
        out.append(message(id));
    return out;
}

QList<Message> MessageTree::messages() const
{
    QList<Message> out;
    out.reserve(m_nodes.size());
    QList<qint64> pending(m_roots.crbegin(), m_roots.crend());
    while (!pending.isEmpty()) {
        const Node &node = *m_nodes.constFind(pending.takeLast());
        out.append(node.message);
        for (auto it = node.children.crbegin(); it != node.children.crend(); ++it)
            pending.append(*it);
    }
    return out;
}

qint64 MessageTree::add(Message message)
{
    if (message.parentId != 0 && !m_nodes.contains(message.parentId))
        message.parentId = 0;
    if (message.id <= 0 || m_nodes.contains(message.id))
        message.id = m_nextId;
    m_nextId = std::max(m_nextId, message.id + 1);
    const qint64 id = message.id;
    const qint64 parent = message.parentId;
    m_nodes.insert(id, Node{std::move(message), {}, -1});
    QList<qint64> &siblings = childrenRef(parent);
    siblings.append(id);
    activeChildOf(parent) = siblings.size() - 1;
    return id;
}

void MessageTree::activate(qint64 id)
{
    for (const Message *m = find(id); m; m = m->parentId != 0 ? find(m->parentId) : nullptr)
        activeChildOf(m->parentId) = childrenRef(m->parentId).indexOf(m->id);
}

QList<qint64> MessageTree::remove(qint64 id)
{
    const Message *m = find(id);
    if (!m)
        return {};
    const qint64 parent = m->parentId;
    QList<qint64> removed;
    QList<qint64> pending{id};
    while (!pending.isEmpty()) {
        const qint64 doomed = pending.takeLast();
        pending.append(m_nodes.take(doomed).children);
        removed.append(doomed);
    }
    QList<qint64> &siblings = childrenRef(parent);
    const qsizetype at = siblings.indexOf(id);
    siblings.removeAt(at);
    activeChildOf(parent) = siblings.isEmpty() ? -1 : std::min(at, siblings.size() - 1);
    return removed;
}

void MessageTree::clear()
{
    *this = MessageTree();
}

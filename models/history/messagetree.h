// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"

#include <QHash>
#include <QList>

/**
 * @brief A conversation's messages as a tree with one active branch.
 *
 * Regenerating an answer or editing a question adds a sibling instead of replacing anything.
 * Every parent remembers which of its children is active (by default the newest); the active
 * path runs from the active root through the active children. Ids are positive and a child is
 * always newer than its parent.
 *
 * Used by the message model (the rows are the active path) and by the store's readers (export,
 * the path of a loaded conversation).
 */
class MessageTree
{
public:
    MessageTree() = default;
    /**
     * The tree of @p messages (any order; duplicate or non-positive ids are dropped, a missing
     * parent makes a root). The path to @p leafId is active; without it, the newest message's.
     */
    explicit MessageTree(const QList<Message> &messages, qint64 leafId = 0);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    qsizetype size() const { return m_nodes.size(); }
    bool contains(qint64 id) const { return m_nodes.contains(id); }
    /** The message with @p id; it must exist. */
    const Message &message(qint64 id) const { return m_nodes.constFind(id)->message; }
    /** The message with @p id for changing its content (not its id or parent), or nullptr. */
    Message *find(qint64 id);
    const Message *find(qint64 id) const;

    /** The ids of the children of @p parentId (0: the roots), oldest first. */
    QList<qint64> children(qint64 parentId) const;
    /** The ids of @p id's siblings, itself included, oldest first; empty if unknown. */
    QList<qint64> siblings(qint64 id) const;
    /** Root to @p id (empty if unknown). */
    QList<qint64> pathTo(qint64 id) const;
    /** The active path: the active root, then the active child of each, down to a leaf. */
    QList<qint64> activePath() const;
    /** The messages on the active path, first message first. */
    QList<Message> activeMessages() const;
    /** Every message, parents before children and siblings oldest first. */
    QList<Message> messages() const;

    /**
     * Adds @p message as the newest child of its parent (a root if the parent is unknown) and
     * makes it active. Uses @p message.id when it is positive and new, else a fresh id.
     * Returns the id.
     */
    qint64 add(Message message);
    /** Makes the path to @p id active; below it, the active children stay as they were. */
    void activate(qint64 id);
    /** Removes @p id and everything below it, returning their ids; the sibling that takes its
     * place (or the one before it) becomes active. */
    QList<qint64> remove(qint64 id);
    void clear();

private:
    struct Node
    {
        Message message;
        QList<qint64> children;
        qsizetype activeChild = -1; /**< index into children */
    };

    const QList<qint64> &childrenRef(qint64 parentId) const;
    QList<qint64> &childrenRef(qint64 parentId);
    qsizetype &activeChildOf(qint64 parentId);
    qsizetype activeChildOf(qint64 parentId) const;

    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
    qsizetype m_activeRoot = -1;
    qint64 m_nextId = 1;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagetree.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
Message message(qint64 id, qint64 parentId, const QString &text = {})
{
    Message m;
    m.id = id;
    m.parentId = parentId;
    m.text = text.isEmpty() ? QString::number(id) : text;
    return m;
}

/** The ids of @p messages, in order. */
QList<qint64> ids(const QList<Message> &messages)
{
    QList<qint64> out;
    for (const Message &m : messages)
        out.append(m.id);
    return out;
}
} // namespace

class TestMessageTree : public QObject
{
    Q_OBJECT

private:
    /** 1 ─┬─ 2 ── 4 ── 6
     *     └─ 3 ── 5        (a regenerated answer 3 with its own continuation)
     *  7                   (an edited first question: a second root) */
    static QList<Message> branches()
    {
        return {message(1, 0), message(2, 1), message(3, 1), message(4, 2),
                message(5, 3), message(6, 4), message(7, 0)};
    }

private Q_SLOTS:
    void buildsFromAnyOrderAndShowsTheLeaf()
    {
        QList<Message> input = branches();
        std::reverse(input.begin(), input.end());
        const MessageTree tree(input, 6);
        QCOMPARE(tree.size(), 7);
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 2, 4, 6}));
        QCOMPARE(ids(tree.activeMessages()), (QList<qint64>{1, 2, 4, 6}));
        QCOMPARE(tree.children(0), (QList<qint64>{1, 7}));
        QCOMPARE(tree.children(1), (QList<qint64>{2, 3}));
        QCOMPARE(tree.siblings(3), (QList<qint64>{2, 3}));
        QCOMPARE(tree.siblings(99), QList<qint64>());
        QCOMPARE(tree.pathTo(5), (QList<qint64>{1, 3, 5}));
        QCOMPARE(tree.pathTo(99), QList<qint64>());
        // Parents before children, siblings oldest first.
        QCOMPARE(ids(tree.messages()), (QList<qint64>{1, 2, 4, 6, 3, 5, 7}));
    }

    void withoutALeafTheNewestMessagesPathIsShown()
    {
        QCOMPARE(MessageTree(branches()).activePath(), QList<qint64>{7});
        QList<Message> noSecondRoot = branches();
        noSecondRoot.removeLast();
        // 6 is the newest message: its branch, although 3 is the newer sibling of 2.
        QCOMPARE(MessageTree(noSecondRoot, 12345).activePath(), (QList<qint64>{1, 2, 4, 6}));
        QVERIFY(MessageTree(QList<Message>()).activePath().isEmpty());
    }

    void damagedInputStillMakesATree()
    {
        // A duplicate id, a missing parent, a parent newer than its child (a cycle 8 ↔ 9) and
        // an id of 0 cannot break it: each such message is a root or dropped.
        const QList<Message> input{message(1, 0),  message(2, 1), message(2, 1, u"dup"_s),
                                   message(3, 42), message(8, 9), message(9, 8),
                                   message(0, 1)};
        const MessageTree tree(input, 9);
        QCOMPARE(tree.size(), 5);
        QCOMPARE(tree.message(2).text, u"2"_s);
        QCOMPARE(tree.children(0), (QList<qint64>{1, 3, 8}));
        QCOMPARE(tree.pathTo(9), (QList<qint64>{8, 9}));
        QCOMPARE(tree.activePath(), (QList<qint64>{8, 9}));
    }

    void addActivatesAndKeepsIdsUnique()
    {
        MessageTree tree(branches(), 6);
        // A new version of 2: the newest child of 1, shown.
        const qint64 fresh = tree.add(message(0, 1));
        QCOMPARE(fresh, 8);
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 8}));
        QCOMPARE(tree.siblings(fresh), (QList<qint64>{2, 3, 8}));
        // A given id is kept when new; a taken one is replaced; an unknown parent makes a root.
        QCOMPARE(tree.add(message(20, fresh)), 20);
        QCOMPARE(tree.add(message(20, fresh)), 21);
        QCOMPARE(tree.add(message(0, 404)), 22);
        QCOMPARE(tree.message(22).parentId, 0);
        QCOMPARE(tree.activePath(), QList<qint64>{22});
    }

    void activateSelectsAPathAndRemembersBelow()
    {
        MessageTree tree(branches(), 6);
        tree.activate(3);
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 3, 5}));
        tree.activate(7);
        QCOMPARE(tree.activePath(), QList<qint64>{7});
        // Back to the first root: its branches are as they were left.
        tree.activate(1);
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 3, 5}));
        tree.activate(99); // unknown: nothing changes
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 3, 5}));
    }

    void removeTakesTheSubtreeAndShowsANeighbour()
    {
        MessageTree tree(branches(), 6);
        QList<qint64> removed = tree.remove(2);
        std::sort(removed.begin(), removed.end());
        QCOMPARE(removed, (QList<qint64>{2, 4, 6}));
        QCOMPARE(tree.size(), 4);
        QVERIFY(!tree.contains(4));
        QVERIFY(!tree.find(6));
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 3, 5}));
        QCOMPARE(tree.children(1), QList<qint64>{3});
        // The last sibling goes: the one before it is shown.
        tree.activate(7);
        tree.remove(7);
        QCOMPARE(tree.activePath(), (QList<qint64>{1, 3, 5}));
        QVERIFY(tree.remove(7).isEmpty());
        tree.remove(1);
        QVERIFY(tree.isEmpty());
        QVERIFY(tree.activePath().isEmpty());
        // Ids are not reused after a removal.
        QCOMPARE(tree.add(message(0, 0)), 8);
    }

    void findChangesContentInPlace()
    {
        MessageTree tree(branches(), 6);
        tree.find(6)->text += u" more"_s;
        QCOMPARE(tree.message(6).text, u"6 more"_s);
        QVERIFY(!tree.find(99));
        tree.clear();
        QVERIFY(tree.isEmpty());
        QCOMPARE(tree.add(message(0, 0)), 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageTree)
#include "tst_messagetree.moc"

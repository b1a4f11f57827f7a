// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagemodel.h"
#include "toolcalllist.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageModel : public QObject
{
    Q_OBJECT

private:
    static Message assistant(qint64 parent = 0, const QString &text = {})
    {
        Message m;
        m.author = Message::Author::Assistant;
        m.state = Message::State::Waiting;
        m.parentId = parent;
        m.text = text;
        return m;
    }

    static Message user(qint64 parent, const QString &text)
    {
        Message m;
        m.author = Message::Author::User;
        m.parentId = parent;
        m.text = text;
        return m;
    }

    /** The texts of the rows, top to bottom. */
    static QStringList rows(const MessageModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.data(model.index(row), MessageModel::TextRole).toString());
        return out;
    }

    /** "n/m" for the row. */
    static QString version(const MessageModel &model, int row)
    {
        const QModelIndex i = model.index(row);
        return u"%1/%2"_s.arg(model.data(i, MessageModel::SiblingIndexRole).toInt())
            .arg(model.data(i, MessageModel::SiblingCountRole).toInt());
    }

    /** The roles named by the only dataChanged in @p spy, for row @p row. */
    static QList<int> rolesOf(const QSignalSpy &spy, int row)
    {
        if (spy.count() != 1)
            return {};
        const auto args = spy.at(0);
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.row() != row || bottomRight.row() != row)
            return {};
        return args.at(2).value<QList<int>>();
    }

private Q_SLOTS:
    void appendInsertsRows()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy count(&model, &MessageModel::countChanged);
        const qint64 question = model.addMessage(user(0, u"Hello"_s));
        const qint64 answer = model.addMessage(assistant(question));
        QVERIFY(question != answer);
        QCOMPARE(model.rowOf(question), 0);
        QCOMPARE(model.rowOf(answer), 1);
        QCOMPARE(model.leafId(), answer);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(count.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), MessageModel::TextRole).toString(), u"Hello"_s);
        QCOMPARE(model.data(model.index(0), MessageModel::AuthorRole).toInt(),
                 int(Message::Author::User));
        QCOMPARE(model.data(model.index(1), MessageModel::StateRole).toInt(),
                 int(Message::State::Waiting));
    }

    void deltaNamesOnlyTheTextRole()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 question = model.addMessage(user(0, u"Hi"_s));
        const qint64 id = model.addMessage(assistant(question));
        const int row = model.rowOf(id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The first delta also flips hasText; later ones name the text alone.
        QVERIFY(!model.data(model.index(row), MessageModel::HasTextRole).toBool());
        model.appendText(id, u"Hel"_s);
        QCOMPARE(rolesOf(changed, row),
                 (QList<int>{MessageModel::TextRole, MessageModel::HasTextRole}));
        QVERIFY(model.data(model.index(row), MessageModel::HasTextRole).toBool());
        QCOMPARE(model.data(model.index(row), MessageModel::QuestionTextRole).toString(),
                 QString()); // an answer is no question
        changed.clear();
        model.appendText(id, u"lo 🌍"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::TextRole});
        QCOMPARE(model.textAt(row), u"Hello 🌍"_s);
        QCOMPARE(model.data(model.index(0), MessageModel::QuestionTextRole).toString(), u"Hi"_s);

        changed.clear();
        model.appendReasoning(id, u"hmm"_s);
        QCOMPARE(rolesOf(changed, row),
                 (QList<int>{MessageModel::ReasoningRole, MessageModel::HasReasoningRole}));
        changed.clear();
        model.appendReasoning(id, u" yes"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::ReasoningRole});
        QCOMPARE(model.message(row).text, u"Hello 🌍"_s);

        changed.clear();
        model.appendText(id, QString());
        QCOMPARE(changed.count(), 0); // an empty delta changes nothing

        changed.clear();
        model.appendReasoning(id, u"thinking"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::ReasoningRole});
        QCOMPARE(model.message(row).text, u"Hello 🌍"_s);

        changed.clear();
        model.appendRefusal(id, u"I can't"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::RefusalRole});

        changed.clear();
        QVERIFY(
            !model.data(model.index(row), MessageModel::ToolCallListRole).value<ToolCallList *>());
        model.applyToolCallDelta(id, ToolCallDelta{0, u"call_1"_s, u"get_weather"_s, u"{\"ci"_s});
        // The cards' list appears with the first call; later fragments go to it, not to QML.
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
                 (QList<int>{MessageModel::ToolCallsRole, MessageModel::ToolCallListRole}));
        auto *list =
            model.data(model.index(row), MessageModel::ToolCallListRole).value<ToolCallList *>();
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(!list->isComplete());
        QSignalSpy listChanged(list, &QAbstractItemModel::dataChanged);
        model.applyToolCallDelta(id, ToolCallDelta{0, {}, {}, u"ty\":\"Oslo\"}"_s});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>{MessageModel::ToolCallsRole});
        QCOMPARE(
            model.data(model.index(row), MessageModel::ToolCallListRole).value<ToolCallList *>(),
            list);                            // the same list
        QTRY_COMPARE(listChanged.count(), 1); // throttled
        QCOMPARE(list->data(list->index(0), ToolCallList::ArgumentsRole).toString(),
                 u"{\"city\":\"Oslo\"}"_s);
        // When the answer ends the list shows the arguments complete and indented.
        model.setState(id, Message::State::Complete);
        QVERIFY(list->isComplete());
        QCOMPARE(list->data(list->index(0), ToolCallList::ArgumentsRole).toString(),
                 u"{\n  \"city\": \"Oslo\"\n}"_s);
        const QVariantList calls =
            model.data(model.index(row), MessageModel::ToolCallsRole).toList();
        QCOMPARE(calls.size(), 1);
        const QVariantMap call = calls.at(0).toMap();
        QCOMPARE(call.value(u"name"_s).toString(), u"get_weather"_s);
        QCOMPARE(call.value(u"id"_s).toString(), u"call_1"_s);
        QCOMPARE(call.value(u"arguments"_s).toString(), u"{\"city\":\"Oslo\"}"_s);
    }

    void stateChangesNameTheirRoles()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = model.addMessage(assistant());
        const int row = model.rowOf(id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setState(id, Message::State::Streaming);
        const QList<int> stateRoles{MessageModel::StateRole, MessageModel::CanContinueRole};
        QCOMPARE(rolesOf(changed, row), stateRoles);
        changed.clear();
        model.setState(id, Message::State::Streaming);
        QCOMPARE(changed.count(), 0); // no change, no signal

        model.setFinishReason(id, Finish::Reason::Length, u"max_tokens"_s);
        const QList<int> finishRoles{MessageModel::FinishReasonRole,
                                     MessageModel::ProviderFinishRole,
                                     MessageModel::CanContinueRole};
        QCOMPARE(rolesOf(changed, row), finishRoles);
        changed.clear();

        model.appendText(id, u"partial"_s);
        changed.clear();
        model.setError(id, Failure::Kind::Network, u"Connection reset"_s);
        const QList<int> errorRoles{MessageModel::StateRole, MessageModel::ErrorKindRole,
                                    MessageModel::ErrorMessageRole, MessageModel::CanContinueRole};
        QCOMPARE(rolesOf(changed, row), errorRoles);
        QCOMPARE(model.data(model.index(row), MessageModel::StateRole).toInt(),
                 int(Message::State::Failed));
        // Typed state: the enums' values, as QML compares them (Failure.Network …).
        QCOMPARE(model.data(model.index(row), MessageModel::ErrorKindRole).toInt(),
                 int(Failure::Kind::Network));
        QCOMPARE(model.data(model.index(row), MessageModel::FinishReasonRole).toInt(),
                 int(Finish::Reason::Length));
        // The error never touches the text.
        QCOMPARE(model.message(row).text, u"partial"_s);
    }

    void removeAndClear()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 parent = 0;
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            parent = model.addMessage(assistant(parent, QString::number(i)));
            ids.append(parent);
        }
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeSubtree(ids.at(2));
        QCOMPARE(rows(model), (QStringList{u"0"_s, u"1"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        QVERIFY(!model.contains(ids.at(3))); // the whole subtree went
        model.removeSubtree(12345);          // unknown: nothing
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.messageCount(), 0);
    }

    void siblingsBranchAndSwitch()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 q1 = model.addMessage(user(0, u"Q1"_s));
        const qint64 a1 = model.addMessage(assistant(q1, u"A1"_s));
        const qint64 q2 = model.addMessage(user(a1, u"Q2"_s));
        model.addMessage(assistant(q2, u"A2"_s));
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s}));
        QCOMPARE(version(model, 1), u"1/1"_s);

        // Regenerating A1 adds a sibling: the rows below it are replaced, nothing is destroyed.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 a1b = model.addMessage(assistant(q1, u"A1b"_s));
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1b"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1); // only rows 1..3 went
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(version(model, 1), u"2/2"_s);
        QCOMPARE(model.messageCount(), 5);

        // Back to the first version: its whole continuation comes back.
        model.switchSibling(1, -1);
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s}));
        QCOMPARE(version(model, 1), u"1/2"_s);
        model.switchSibling(1, -1); // already the first: nothing
        QCOMPARE(version(model, 1), u"1/2"_s);
        model.switchSibling(1, +1);
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1b"_s}));

        // Editing the first question makes a second root.
        const qint64 q1b = model.addMessage(user(0, u"Q1 edited"_s));
        QCOMPARE(rows(model), QStringList{u"Q1 edited"_s});
        QCOMPARE(version(model, 0), u"2/2"_s);
        QCOMPARE(model.siblings(q1b), (QList<qint64>{q1, q1b}));

        // activate() selects a deep message and everything above it.
        model.activate(q2);
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1"_s, u"Q2"_s, u"A2"_s}));
        QCOMPARE(model.siblings(a1), (QList<qint64>{a1, a1b}));

        // Deleting the shown version shows its neighbour; the count follows.
        model.removeSubtree(a1);
        QCOMPARE(rows(model), (QStringList{u"Q1"_s, u"A1b"_s}));
        QCOMPARE(version(model, 1), u"1/1"_s);
        QVERIFY(!model.contains(q2));
    }

    void removingAHiddenBranchUpdatesTheVisibleVersionCount()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 q = model.addMessage(user(0, u"Q"_s));
        const qint64 a = model.addMessage(assistant(q, u"A"_s));
        model.addMessage(assistant(q, u"B"_s));
        QCOMPARE(version(model, 1), u"2/2"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.removeSubtree(a);
        QCOMPARE(rows(model), (QStringList{u"Q"_s, u"B"_s}));
        QCOMPARE(version(model, 1), u"1/1"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    }

    void resetRestoresATreeAndItsActivePath()
    {
        MessageModel source;
        const qint64 q = source.addMessage(user(0, u"Q"_s));
        const qint64 a = source.addMessage(assistant(q, u"A"_s));
        const qint64 b = source.addMessage(assistant(q, u"B"_s));
        const qint64 q2 = source.addMessage(user(b, u"Q2"_s));

        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Message> all = source.allMessages();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).id, q);            // parents before children
        std::reverse(all.begin(), all.end()); // order of the input does not matter
        model.reset(all, a);
        QCOMPARE(rows(model), (QStringList{u"Q"_s, u"A"_s}));
        QCOMPARE(version(model, 1), u"1/2"_s);
        model.reset(all); // default: the newest branches
        QCOMPARE(rows(model), (QStringList{u"Q"_s, u"B"_s, u"Q2"_s}));
        // New ids never collide with restored ones.
        const qint64 fresh = model.addMessage(assistant(q2, u"A2"_s));
        QVERIFY(fresh > q2 && fresh > b);
    }

    void findWrapsAroundAndIgnoresCase()
    {
        MessageModel model;
        qint64 parent = 0;
        for (const QString &text : {u"alpha"_s, u"Beta"_s, u"gamma"_s, u"beta max"_s})
            parent = model.addMessage(user(parent, text));
        QCOMPARE(model.find(u"beta"_s, -1), 1);
        QCOMPARE(model.find(u"beta"_s, 1), 3);
        QCOMPARE(model.find(u"beta"_s, 3), 1); // wraps
        QCOMPARE(model.find(u"beta"_s, 1, false), 3);
        QCOMPARE(model.find(u"delta"_s, 0), -1);
        QCOMPARE(model.find(QString(), 0), -1);
        QCOMPARE(model.lastRowOf(Message::Author::User), 3);
        QCOMPARE(model.lastRowOf(Message::Author::Assistant), -1);
    }

    void statsAndContinuation()
    {
        MessageModel model;
        const qint64 id = model.addMessage(assistant(0, u"Once upon"_s));
        const QModelIndex i = model.index(0);
        QVERIFY(!model.data(i, MessageModel::CanContinueRole).toBool()); // still waiting
        model.setState(id, Message::State::Stopped);
        QVERIFY(model.data(i, MessageModel::CanContinueRole).toBool());
        model.setState(id, Message::State::Complete);
        QVERIFY(!model.data(i, MessageModel::CanContinueRole).toBool());
        model.setFinishReason(id, Finish::Reason::Length, u"length"_s);
        QVERIFY(model.data(i, MessageModel::CanContinueRole).toBool());

        QCOMPARE(model.data(i, MessageModel::TokensPerSecondRole).toDouble(), 0.0);
        model.setUsage(id, 12, 100);
        model.setTimings(id, 500, 2500); // 100 tokens in the 2 s after the first one
        QCOMPARE(model.data(i, MessageModel::TokensPerSecondRole).toDouble(), 50.0);
        QCOMPARE(model.data(i, MessageModel::TimeToFirstTokenRole).toInt(), 500);
    }

    void roleNamesMatchQmlProperties()
    {
        MessageModel model;
        const auto names = model.roleNames();
        QCOMPARE(names.value(MessageModel::TextRole), "text"_ba);
        QCOMPARE(names.value(MessageModel::StateRole), "messageState"_ba);
        QCOMPARE(names.value(MessageModel::ErrorKindRole), "errorKind"_ba);
        QCOMPARE(names.value(MessageModel::AuthorRole), "author"_ba);
    }

    void invalidIndexGivesNothing()
    {
        MessageModel model;
        model.addMessage(assistant());
        QVERIFY(!model.data(model.index(5), MessageModel::TextRole).isValid());
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 500).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"

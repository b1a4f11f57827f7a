// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageModel : public QObject
{
    Q_OBJECT

private:
    static MessageModel::Message assistant()
    {
        MessageModel::Message m;
        m.author = MessageModel::Assistant;
        m.state = MessageModel::Waiting;
        return m;
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
        MessageModel::Message user;
        user.text = u"Hello"_s;
        QCOMPARE(model.append(user), 0);
        QCOMPARE(model.append(assistant()), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(count.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), MessageModel::TextRole).toString(), u"Hello"_s);
        QCOMPARE(model.data(model.index(0), MessageModel::AuthorRole).toInt(),
                 int(MessageModel::User));
        QCOMPARE(model.data(model.index(1), MessageModel::StateRole).toInt(),
                 int(MessageModel::Waiting));
    }

    void deltaNamesOnlyTheTextRole()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(MessageModel::Message{});
        const int row = model.append(assistant());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.appendText(row, u"Hel"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::TextRole});
        changed.clear();
        model.appendText(row, u"lo 🌍"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::TextRole});
        QCOMPARE(model.message(row).text, u"Hello 🌍"_s);

        changed.clear();
        model.appendText(row, QString());
        QCOMPARE(changed.count(), 0); // an empty delta changes nothing

        changed.clear();
        model.appendReasoning(row, u"thinking"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::ReasoningRole});
        QCOMPARE(model.message(row).text, u"Hello 🌍"_s);
    }

    void stateChangesNameTheirRoles()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.append(assistant());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setState(row, MessageModel::Streaming);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::StateRole});
        changed.clear();
        model.setState(row, MessageModel::Streaming);
        QCOMPARE(changed.count(), 0); // no change, no signal

        model.setFinishReason(row, u"length"_s);
        QCOMPARE(rolesOf(changed, row), QList<int>{MessageModel::FinishReasonRole});
        changed.clear();

        model.appendText(row, u"partial"_s);
        changed.clear();
        model.setError(row, u"network"_s, u"Connection reset"_s);
        const QList<int> errorRoles{MessageModel::StateRole, MessageModel::ErrorKindRole,
                                    MessageModel::ErrorMessageRole};
        QCOMPARE(rolesOf(changed, row), errorRoles);
        QCOMPARE(model.data(model.index(row), MessageModel::StateRole).toInt(),
                 int(MessageModel::Failed));
        QCOMPARE(model.data(model.index(row), MessageModel::ErrorKindRole).toString(),
                 u"network"_s);
        // The error never touches the text.
        QCOMPARE(model.message(row).text, u"partial"_s);
    }

    void removeAndClear()
    {
        MessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 4; ++i)
            model.append(assistant());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeFrom(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        model.removeFrom(7); // out of range: nothing
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
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
        model.append(assistant());
        QVERIFY(!model.data(model.index(5), MessageModel::TextRole).isValid());
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 500).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationexport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/** The document without its export time. */
QJsonObject comparable(const QByteArray &document)
{
    QJsonObject o = QJsonDocument::fromJson(document).object();
    o.remove("exportedAt"_L1);
    return o;
}

/** The conversation without store ids (which differ after an import). */
Conversation withoutIds(Conversation c)
{
    QHash<qint64, qint64> local;
    for (Message &m : c.messages) {
        local.insert(m.id, local.size() + 1);
        m.id = local.value(m.id);
        m.parentId = local.value(m.parentId, 0);
        m.conversationId = 0;
    }
    c.info.id = 0;
    c.info.activeLeafId = local.value(c.info.activeLeafId, 0);
    return c;
}
} // namespace

class TestConversationExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<ConversationStore> newStore()
    {
        auto store = std::make_unique<ConversationStore>();
        if (!store->open(m_dir.filePath(u"e%1.sqlite"_s.arg(++m_serial))))
            return nullptr;
        return store;
    }

    /** Two conversations with branches, every field set somewhere. */
    static QList<qint64> fill(ConversationStore &store)
    {
        ConversationInfo info;
        info.title = u"Branches & <things>"_s;
        info.titleIsGenerated = true;
        info.createdAt = 1'700'000'000'123;
        info.provider = u"anthropic"_s;
        info.model = u"claude-x"_s;
        info.systemPrompt = u"Answer in French.\nBe brief."_s;
        info.params = QJsonObject{{"temperature"_L1, 0.7}, {"maxTokens"_L1, 1024}};
        info.pinned = true;
        const qint64 first = store.createConversation(info);
        Message q;
        q.conversationId = first;
        q.text = u"Bonjour?"_s;
        q.createdAt = 1'700'000'001'000;
        const qint64 q1 = store.appendMessage(q);
        Message a;
        a.conversationId = first;
        a.parentId = q1;
        a.author = Message::Author::Assistant;
        a.text = u"Salut."_s;
        a.reasoning = u"The user greets."_s;
        a.reasoningSignature = u"c2lnbmF0dXJl"_s;
        a.modelName = u"claude-x"_s;
        a.promptTokens = 10;
        a.completionTokens = 3;
        a.timeToFirstTokenMs = 120;
        a.durationMs = 800;
        a.finishReason = Finish::Reason::Stop;
        a.providerFinishReason = u"end_turn"_s;
        a.createdAt = 1'700'000'002'000;
        a.updatedAt = 1'700'000'003'000;
        const qint64 a1 = store.appendMessage(a);
        a.text = u"Partial second try"_s;
        a.state = Message::State::Failed;
        a.errorKind = Failure::Kind::Network;
        a.errorMessage = u"Connection reset"_s;
        a.toolCalls = {ToolCall{0, u"call_1"_s, u"lookup"_s, u"{\"q\":1}"_s}};
        store.appendMessage(a); // a regenerated branch
        Message q2 = q;
        q2.parentId = a1;
        q2.text = u"Et après ?"_s;
        const qint64 leaf = store.appendMessage(q2);
        store.setActiveLeaf(first, leaf);

        ConversationInfo other;
        other.title = u"Second"_s;
        const qint64 second = store.createConversation(other);
        Message s;
        s.conversationId = second;
        s.author = Message::Author::System;
        s.text = u"system text"_s;
        const qint64 root = store.appendMessage(s);
        s.author = Message::Author::User;
        s.parentId = root;
        s.text = u"stopped one"_s;
        s.state = Message::State::Stopped;
        store.appendMessage(s);
        return {first, second};
    }

private Q_SLOTS:
    void markdownShowsTheActiveBranch()
    {
        auto store = newStore();
        QVERIFY(store);
        const qint64 id = fill(*store).first();
        const QString md = ConversationExport::toMarkdown(*store->loadConversation(id));
        QVERIFY(md.startsWith(u"# Branches & <things>\n\n*Model: claude-x · Created: "_s));
        QVERIFY(md.contains(u"> Answer in French.\n> Be brief."_s));
        QVERIFY(md.contains(u"## You\n\nBonjour?\n\n"_s));
        QVERIFY(md.contains(u"## Assistant (claude-x)\n\n> **Reasoning**\n>\n> The user greets.\n\n"
                            u"Salut.\n\n## You\n\nEt après ?\n"_s));
        QVERIFY(!md.contains(u"Partial second try"_s)); // not on the active branch
        QVERIFY(md.endsWith(u"Et après ?\n"_s));
    }

    void jsonRoundTripIsLossless()
    {
        auto store = newStore();
        QVERIFY(store);
        const QList<qint64> ids = fill(*store);
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(ConversationExport::writeAll(*store, &exported, &error));
        const QJsonObject doc = QJsonDocument::fromJson(exported.data()).object();
        QCOMPARE(doc.value("format"_L1).toString(), u"confab-conversations"_s);
        QCOMPARE(doc.value("version"_L1).toInt(), 1);
        QCOMPARE(doc.value("conversations"_L1).toArray().size(), 2);

        auto copy = newStore();
        QVERIFY(copy);
        const ConversationExport::ImportResult parsed = ConversationExport::parse(exported.data());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QList<qint64> imported = ConversationExport::importInto(copy.get(), parsed);
        QCOMPARE(imported.size(), 2);
        QCOMPARE(copy->pendingWrites(), 0);

        // Every field of every message of every branch survives.
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Conversation before = withoutIds(*store->loadConversation(ids.at(i)));
            const Conversation after = withoutIds(*copy->loadConversation(imported.at(i)));
            QCOMPARE(after.info, before.info);
            QCOMPARE(after.messages.size(), before.messages.size());
            for (qsizetype m = 0; m < before.messages.size(); ++m)
                QCOMPARE(after.messages.at(m), before.messages.at(m));
        }
        // And exporting the copy gives the same document.
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(ConversationExport::writeAll(*copy, &again, &error));
        QCOMPARE(comparable(again.data()), comparable(exported.data()));
        QCOMPARE(ConversationExport::toDocument(
                     {*store->loadConversation(ids.at(0)), *store->loadConversation(ids.at(1))})
                     .size(),
                 exported.data().size());
    }

    void rejectsBadFilesWithoutImporting()
    {
        QCOMPARE(ConversationExport::parse("{not json").ok(), false);
        QVERIFY(ConversationExport::parse("{not json").error.contains(u"not valid JSON"_s));
        QVERIFY(!ConversationExport::parse(R"({"hello":1})").ok());
        QVERIFY(ConversationExport::parse(R"({"format":"confab-conversations","version":2})")
                    .error.contains(u"newer"_s));
        const QByteArray forward =
            R"({"format":"confab-conversations","version":1,"conversations":[{"title":"t",)"
            R"("messages":[{"id":1,"parent":2,"role":"user","text":"x"},)"
            R"({"id":2,"parent":null,"role":"user","text":"y"}]}]})";
        const ConversationExport::ImportResult bad = ConversationExport::parse(forward);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(u"malformed"_s));
        auto store = newStore();
        QVERIFY(ConversationExport::importInto(store.get(), bad).isEmpty());
        QCOMPARE(store->conversationCount(), 0);
        QVERIFY(!ConversationExport::parse(
                     R"({"format":"confab-conversations","version":1,"conversations":[)"
                     R"({"messages":[{"id":1,"role":"wizard","text":"x"}]}]})")
                     .ok());
    }

    void importsChatGptExport()
    {
        QFile file(QStringLiteral(CONFAB_MODELS_TEST_DATA "/chatgpt-conversations.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ConversationExport::ImportResult parsed = ConversationExport::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.conversations.size(), 2);
        auto store = newStore();
        const QList<qint64> ids = ConversationExport::importInto(store.get(), parsed);
        QCOMPARE(ids.size(), 2);

        const Conversation trip = *store->loadConversation(ids.at(0));
        QCOMPARE(trip.info.title, u"Trip to Lisbon"_s);
        QCOMPARE(trip.info.createdAt, 1'731'000'000'125);
        QCOMPARE(trip.info.updatedAt, 1'731'000'600'500);
        QCOMPARE(trip.info.model, u"gpt-4o"_s);
        // Hidden system and tool nodes are dropped; the edited question is a second branch.
        QCOMPARE(trip.messages.size(), 4);
        const MessageTree tree = trip.tree();
        const QList<qint64> roots = tree.children(0);
        QCOMPARE(roots.size(), 2);
        QCOMPARE(tree.message(roots.at(0)).text, u"What should I see in Lisbon?"_s);
        QCOMPARE(tree.message(roots.at(1)).text,
                 u"[image not imported]\n\nWhat should I see in Lisbon in two days?"_s);
        const QList<Message> path = tree.activeMessages();
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(0).id, roots.at(1));
        QCOMPARE(path.at(1).text, u"Day 1: Belém. Day 2: Sintra."_s);
        QCOMPARE(path.at(1).author, Message::Author::Assistant);
        QCOMPARE(path.at(1).modelName, u"gpt-4o-mini"_s);
        QCOMPARE(path.at(1).createdAt, 1'731'000'102'000);
        QCOMPARE(tree.message(tree.children(roots.at(0)).at(0)).text, u"Belém Tower and Alfama."_s);

        const Conversation code = *store->loadConversation(ids.at(1));
        QCOMPARE(code.tree().activePath().size(), 2);
        QCOMPARE(code.tree().activeMessages().at(1).text, u"```python\nsorted(xs)\n```"_s);
        // Imported text is searchable.
        QCOMPARE(store->search(u"Sintra"_s, 10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"

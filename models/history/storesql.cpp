// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "storesql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "confab.models.store", QtInfoMsg)

namespace StoreSql {

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString messageColumns()
{
    return u"id, conversation_id, parent_id, role, text, reasoning, reasoning_signature, "
           u"tool_calls_json, refusal, state, finish_reason, provider_finish_reason, error_kind, "
           u"error_message, model, prompt_tokens, completion_tokens, ttft_ms, duration_ms, "
           u"created_at, updated_at, tool_json"_s;
}

QString conversationColumns()
{
    return u"id, title, title_is_generated, created_at, updated_at, pinned, provider, model, "
           u"system_prompt, params_json, active_leaf_id"_s;
}

QString insertMessageSql()
{
    return u"INSERT INTO messages (id, conversation_id, parent_id, role, text, reasoning, "
           u"reasoning_signature, tool_calls_json, refusal, state, finish_reason, "
           u"provider_finish_reason, error_kind, error_message, model, prompt_tokens, "
           u"completion_tokens, ttft_ms, duration_ms, created_at, updated_at, tool_json) VALUES ("
           u":id, :conv, :parent, :role, :text, :reasoning, :signature, :tools, :refusal, "
           u":state, :finish, :pfinish, :ekind, :emsg, :model, :ptok, :ctok, :ttft, :duration, "
           u":created, :updated, :toolrun)"_s;
}

Message readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    m.author = MessageNames::authorFromName(q.value(3).toString()).value_or(Message::Author::User);
    m.text = q.value(4).toString();
    m.reasoning = q.value(5).toString();
    m.reasoningSignature = q.value(6).toString();
    m.toolCalls = MessageNames::toolCallsFromJson(
        QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array());
    m.refusal = q.value(8).toString();
    m.state = MessageNames::stateFromName(q.value(9).toString()).value_or(Message::State::Complete);
    m.finishReason = StreamNames::finishReasonFromName(q.value(10).toString());
    m.providerFinishReason = q.value(11).toString();
    m.errorKind = StreamNames::errorKindFromName(q.value(12).toString());
    m.errorMessage = q.value(13).toString();
    m.modelName = q.value(14).toString();
    m.promptTokens = q.value(15).toLongLong();
    m.completionTokens = q.value(16).toLongLong();
    m.timeToFirstTokenMs = q.value(17).toLongLong();
    m.durationMs = q.value(18).toLongLong();
    m.createdAt = q.value(19).toLongLong();
    m.updatedAt = q.value(20).toLongLong();
    m.tool = MessageNames::toolRunFromJson(
        QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object());
    // A call a crash left waiting or running is interrupted, as its message is.
    if (m.author == Message::Author::Tool && m.state == Message::State::Interrupted &&
        m.tool.isLive())
        m.tool.status = ToolEnums::Status::Interrupted;
    return m;
}

ConversationInfo readConversation(const QSqlQuery &q)
{
    ConversationInfo c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.titleIsGenerated = q.value(2).toBool();
    c.createdAt = q.value(3).toLongLong();
    c.updatedAt = q.value(4).toLongLong();
    c.pinned = q.value(5).toBool();
    c.provider = q.value(6).toString();
    c.model = q.value(7).toString();
    c.systemPrompt = q.value(8).toString();
    c.params = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    c.activeLeafId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return c;
}

bool insertAttachments(QSqlDatabase db, const Message &m, QSqlError *error)
{
    if (m.attachments.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO message_attachments (message_id, position, sha256, mime_type, name, "
              u"size, width, height, pdf_as_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.attachments.size(); ++i) {
        const Attachment &a = m.attachments.at(i);
        for (const QVariant &v :
             {QVariant(m.id), QVariant(int(i)), QVariant(a.sha256), QVariant(text(a.mimeType)),
              QVariant(text(a.name)), QVariant(a.size), QVariant(a.width), QVariant(a.height),
              QVariant(a.pdfAsText ? 1 : 0)})
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = q.lastError();
            return false;
        }
    }
    return true;
}

bool readAttachments(QSqlDatabase db, const QString &where, const QVariantList &binds,
                     QHash<qint64, QList<Attachment>> *byMessage, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT message_id, sha256, mime_type, name, size, width, height, pdf_as_text "
              u"FROM message_attachments WHERE "_s +
              where + u" ORDER BY message_id, position"_s);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return false;
    }
    while (q.next()) {
        Attachment a;
        a.sha256 = q.value(1).toString();
        a.mimeType = q.value(2).toString();
        a.name = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.width = q.value(5).toInt();
        a.height = q.value(6).toInt();
        a.pdfAsText = q.value(7).toBool();
        (*byMessage)[q.value(0).toLongLong()].append(a);
    }
    return true;
}

QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void bindMessage(QSqlQuery &q, const Message &m)
{
    q.bindValue(u":id"_s, m.id);
    q.bindValue(u":conv"_s, m.conversationId);
    q.bindValue(u":parent"_s, nullableId(m.parentId));
    q.bindValue(u":role"_s, MessageNames::author(m.author));
    q.bindValue(u":created"_s, m.createdAt);
    bindMessageContent(q, m);
}

void bindMessageContent(QSqlQuery &q, const Message &m)
{
    q.bindValue(u":text"_s, text(m.text));
    q.bindValue(u":reasoning"_s, text(m.reasoning));
    q.bindValue(u":signature"_s, text(m.reasoningSignature));
    q.bindValue(
        u":tools"_s,
        QString::fromUtf8(
            QJsonDocument(MessageNames::toolCalls(m.toolCalls)).toJson(QJsonDocument::Compact)));
    q.bindValue(u":refusal"_s, text(m.refusal));
    q.bindValue(u":state"_s, MessageNames::state(m.state));
    q.bindValue(u":finish"_s, text(StreamNames::finishReason(m.finishReason))); // "": None
    q.bindValue(u":pfinish"_s, text(m.providerFinishReason));
    q.bindValue(u":ekind"_s, text(StreamNames::errorKind(m.errorKind)));
    q.bindValue(u":emsg"_s, text(m.errorMessage));
    q.bindValue(u":model"_s, text(m.modelName));
    q.bindValue(u":ptok"_s, m.promptTokens);
    q.bindValue(u":ctok"_s, m.completionTokens);
    q.bindValue(u":ttft"_s, m.timeToFirstTokenMs);
    q.bindValue(u":duration"_s, m.durationMs);
    q.bindValue(u":updated"_s, m.updatedAt);
    const QJsonObject run = MessageNames::toolRun(m.tool);
    q.bindValue(u":toolrun"_s, run.isEmpty() ? u""_s : jsonText(run));
}

} // namespace StoreSql

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationexport.h"

#include "attachmentfiles.h"
#include "attachmentrules.h"
#include "attachmentwire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConversationExport {

namespace {

constexpr auto kFormat = "confab-conversations"_L1;

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationExport", text);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

void putText(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putNumber(QJsonObject &o, QLatin1StringView key, qint64 value)
{
    if (value >= 0)
        o.insert(key, value);
}

qint64 number(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

QString authorHeading(const Message &m)
{
    switch (m.author) {
    case Message::Author::User:
        return tr("You");
    case Message::Author::Assistant:
        return m.modelName.isEmpty() ? tr("Assistant") : tr("Assistant (%1)").arg(m.modelName);
    case Message::Author::System:
        return tr("System");
    case Message::Author::Tool:
        return tr("Tool");
    }
    return {};
}

QString quoted(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n');
}

} // namespace

namespace {
QJsonArray attachmentsJson(const QList<Attachment> &attachments, const AttachmentFiles *files,
                           AttachmentWire::Blobs *blobs)
{
    QJsonArray array;
    for (const Attachment &a : attachments) {
        QJsonObject o{{"sha256"_L1, a.sha256},
                      {"mimeType"_L1, a.mimeType},
                      {"name"_L1, a.name},
                      {"size"_L1, a.size}};
        if (a.width > 0 && a.height > 0) {
            o.insert("width"_L1, a.width);
            o.insert("height"_L1, a.height);
        }
        if (a.pdfAsText)
            o.insert("pdfAsText"_L1, true);
        if (files) {
            if (const auto bytes = files->read(a.sha256, AttachmentRules::kMaxFileBytes)) {
                o.insert("data"_L1, blobs ? QJsonValue(blobs->add(*bytes))
                                          : QJsonValue(QString::fromLatin1(bytes->toBase64())));
            }
        }
        array.append(o);
    }
    return array;
}

QJsonObject toJsonWith(const Conversation &conversation, const AttachmentFiles *files,
                       AttachmentWire::Blobs *blobs);
} // namespace

QString toMarkdown(const Conversation &conversation, const AttachmentFiles *files)
{
    const ConversationInfo &info = conversation.info;
    QString md = u"# "_s + (info.title.isEmpty() ? tr("Conversation") : info.title) + u"\n\n"_s;
    QStringList meta;
    if (!info.model.isEmpty())
        meta.append(tr("Model: %1").arg(info.model));
    meta.append(
        tr("Created: %1")
            .arg(QDateTime::fromMSecsSinceEpoch(info.createdAt).toString(u"yyyy-MM-dd HH:mm"_s)));
    md += u'*' + meta.join(u" · "_s) + u"*\n\n"_s;
    if (!info.systemPrompt.isEmpty())
        md += u"**"_s + tr("System prompt") + u"**\n\n"_s + quoted(info.systemPrompt) + u"\n\n"_s;
    for (const Message &m : conversation.tree().activeMessages()) {
        md += u"## "_s + authorHeading(m) + u"\n\n"_s;
        if (!m.reasoning.isEmpty())
            md += quoted(u"**"_s + tr("Reasoning") + u"**\n\n"_s + m.reasoning) + u"\n\n"_s;
        for (const Attachment &a : m.attachments) {
            // A link to the stored file (by hash); the name as the text.
            const QString target =
                files ? QUrl::fromLocalFile(files->path(a.sha256)).toString(QUrl::FullyEncoded)
                      : u"attachment:"_s + a.sha256;
            md += (a.kind() == Attachment::Kind::Image ? u"!["_s : u"["_s) + a.name + u"]("_s +
                  target + u")\n\n"_s;
        }
        if (!m.text.isEmpty())
            md += m.text + u"\n\n"_s;
        if (!m.refusal.isEmpty())
            md += quoted(m.refusal) + u"\n\n"_s;
        for (const ToolCall &call : m.toolCalls) {
            md += u"**"_s + tr("Tool call: %1").arg(call.name) + u"**\n\n```json\n"_s +
                  call.arguments + u"\n```\n\n"_s;
        }
        if (m.author == Message::Author::Tool && !m.tool.toolName.isEmpty()) {
            md += u'*' + tr("Ran %1 on %2 with:").arg(m.tool.toolName, m.tool.serverName) +
                  u"*\n\n```json\n"_s + m.tool.arguments + u"\n```\n\n"_s;
        }
        switch (m.state) {
        case Message::State::Stopped:
            md += u'*' + tr("Stopped") + u"*\n\n"_s;
            break;
        case Message::State::Interrupted:
        case Message::State::Waiting:
        case Message::State::Streaming:
            md += u'*' + tr("Interrupted") + u"*\n\n"_s;
            break;
        case Message::State::Failed:
            md += u'*' + tr("Failed: %1").arg(m.errorMessage) + u"*\n\n"_s;
            break;
        case Message::State::Complete:
            break;
        }
    }
    return md.trimmed() + u'\n';
}

QJsonObject toJson(const Conversation &conversation, const AttachmentFiles *files)
{
    return toJsonWith(conversation, files, nullptr);
}

namespace {
QJsonObject toJsonWith(const Conversation &conversation, const AttachmentFiles *files,
                       AttachmentWire::Blobs *blobs)
{
    const ConversationInfo &info = conversation.info;
    QHash<qint64, int> local; // store id → 1, 2, …
    QJsonArray messages;
    for (const Message &m : conversation.messages) {
        const int id = int(local.size()) + 1;
        local.insert(m.id, id);
        QJsonObject o{{"id"_L1, id},
                      {"parent"_L1, m.parentId > 0 && local.contains(m.parentId)
                                        ? QJsonValue(local.value(m.parentId))
                                        : QJsonValue()},
                      {"role"_L1, MessageNames::author(m.author)},
                      {"text"_L1, m.text},
                      {"state"_L1, MessageNames::state(m.state)},
                      {"createdAt"_L1, isoTime(m.createdAt)},
                      {"updatedAt"_L1, isoTime(m.updatedAt)}};
        putText(o, "reasoning"_L1, m.reasoning);
        putText(o, "reasoningSignature"_L1, m.reasoningSignature);
        if (!m.toolCalls.isEmpty())
            o.insert("toolCalls"_L1, MessageNames::toolCalls(m.toolCalls));
        if (const QJsonObject run = MessageNames::toolRun(m.tool); !run.isEmpty())
            o.insert("tool"_L1, run);
        putText(o, "refusal"_L1, m.refusal);
        putText(o, "finishReason"_L1, StreamNames::finishReason(m.finishReason));
        putText(o, "providerFinishReason"_L1, m.providerFinishReason);
        if (m.errorKind != Failure::Kind::None || !m.errorMessage.isEmpty())
            o.insert("error"_L1, QJsonObject{{"kind"_L1, StreamNames::errorKind(m.errorKind)},
                                             {"message"_L1, m.errorMessage}});
        putText(o, "model"_L1, m.modelName);
        QJsonObject usage;
        putNumber(usage, "promptTokens"_L1, m.promptTokens);
        putNumber(usage, "completionTokens"_L1, m.completionTokens);
        if (!usage.isEmpty())
            o.insert("usage"_L1, usage);
        putNumber(o, "ttftMs"_L1, m.timeToFirstTokenMs);
        putNumber(o, "durationMs"_L1, m.durationMs);
        if (!m.attachments.isEmpty())
            o.insert("attachments"_L1, attachmentsJson(m.attachments, files, blobs));
        messages.append(o);
    }
    return QJsonObject{
        {"title"_L1, info.title},
        {"titleGenerated"_L1, info.titleIsGenerated},
        {"createdAt"_L1, isoTime(info.createdAt)},
        {"updatedAt"_L1, isoTime(info.updatedAt)},
        {"pinned"_L1, info.pinned},
        {"provider"_L1, info.provider},
        {"model"_L1, info.model},
        {"systemPrompt"_L1, info.systemPrompt},
        {"params"_L1, info.params},
        {"activeLeaf"_L1, local.contains(info.activeLeafId)
                              ? QJsonValue(local.value(info.activeLeafId))
                              : QJsonValue()},
        {"messages"_L1, messages},
    };
}

/** One conversation as compact JSON, embedded files written straight into the bytes. */
QByteArray compactJson(const Conversation &conversation, const AttachmentFiles *files)
{
    AttachmentWire::Blobs blobs;
    return blobs.splice(
        QJsonDocument(toJsonWith(conversation, files, &blobs)).toJson(QJsonDocument::Compact));
}

QByteArray documentHead()
{
    return R"({"format":")"_ba + QByteArray(kFormat.data(), kFormat.size()) + R"(","version":)"_ba +
           QByteArray::number(kFormatVersion) + R"(,"exportedAt":")"_ba +
           isoTime(QDateTime::currentMSecsSinceEpoch()).toUtf8() + R"(","conversations":[)"_ba;
}
} // namespace

QByteArray toDocument(const QList<Conversation> &conversations, const AttachmentFiles *files)
{
    QByteArray out = documentHead();
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        if (i > 0)
            out += ",\n";
        out += compactJson(conversations.at(i), files);
    }
    return out + "]}\n";
}

bool writeAll(const ConversationStore &store, QIODevice *out, QString *error)
{
    const auto fail = [&] {
        if (error)
            *error = out->errorString();
        return false;
    };
    if (out->write(documentHead()) < 0)
        return fail();
    bool first = true;
    QList<qint64> ids = store.conversationIds();
    std::sort(ids.begin(), ids.end()); // in creation order: an import keeps it
    for (const qint64 id : ids) {
        const std::optional<Conversation> c = store.loadConversation(id);
        if (!c)
            continue;
        const QByteArray json = compactJson(*c, store.attachmentFiles());
        if (out->write(first ? json : ",\n" + json) < 0)
            return fail();
        first = false;
    }
    if (out->write("]}\n") < 0)
        return fail();
    return true;
}

ImportResult parse(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull())
        return {{}, tr("The file is not valid JSON: %1.").arg(parseError.errorString())};
    if (doc.isArray())
        return parseChatGpt(doc.array());
    if (doc.object().value("format"_L1).toString() == kFormat)
        return parseConfab(doc.object());
    return {{}, tr("The file is neither a Confab export nor a ChatGPT conversations.json.")};
}

ImportResult parseConfab(const QJsonObject &document)
{
    ImportResult result;
    const int version = document.value("version"_L1).toInt(-1);
    if (version > kFormatVersion)
        return {{}, tr("The file was exported by a newer version of Confab.")};
    if (version < 1)
        return {{}, tr("The file has no valid format version.")};
    for (const QJsonValue &cv : document.value("conversations"_L1).toArray()) {
        const QJsonObject co = cv.toObject();
        Conversation c;
        c.info.title = co.value("title"_L1).toString();
        c.info.titleIsGenerated = co.value("titleGenerated"_L1).toBool();
        c.info.createdAt = parseTime(co.value("createdAt"_L1));
        c.info.updatedAt = parseTime(co.value("updatedAt"_L1));
        c.info.pinned = co.value("pinned"_L1).toBool();
        c.info.provider = co.value("provider"_L1).toString();
        c.info.model = co.value("model"_L1).toString();
        c.info.systemPrompt = co.value("systemPrompt"_L1).toString();
        c.info.params = co.value("params"_L1).toObject();
        c.info.activeLeafId = co.value("activeLeaf"_L1).toInteger(0);
        qint64 lastId = 0;
        for (const QJsonValue &mv : co.value("messages"_L1).toArray()) {
            const QJsonObject mo = mv.toObject();
            Message m;
            m.id = mo.value("id"_L1).toInteger(0);
            m.parentId = mo.value("parent"_L1).toInteger(0);
            if (m.id <= lastId || m.parentId < 0 || m.parentId >= m.id)
                return {{},
                        tr("Conversation \"%1\" has a malformed message tree.").arg(c.info.title)};
            lastId = m.id;
            const std::optional<Message::Author> author =
                MessageNames::authorFromName(mo.value("role"_L1).toString());
            const std::optional<Message::State> state =
                MessageNames::stateFromName(mo.value("state"_L1).toString(u"complete"_s));
            if (!author || !state)
                return {{},
                        tr("Conversation \"%1\" has a message of unknown role or state.")
                            .arg(c.info.title)};
            m.author = *author;
            m.state = *state;
            m.text = mo.value("text"_L1).toString();
            m.reasoning = mo.value("reasoning"_L1).toString();
            m.reasoningSignature = mo.value("reasoningSignature"_L1).toString();
            m.toolCalls = MessageNames::toolCallsFromJson(mo.value("toolCalls"_L1).toArray());
            m.tool = MessageNames::toolRunFromJson(mo.value("tool"_L1).toObject());
            if (m.author == Message::Author::Tool && m.tool.isLive()) // nothing runs here
                m.tool.status = ToolEnums::Status::Interrupted;
            m.refusal = mo.value("refusal"_L1).toString();
            m.finishReason =
                StreamNames::finishReasonFromName(mo.value("finishReason"_L1).toString());
            m.providerFinishReason = mo.value("providerFinishReason"_L1).toString();
            const QJsonObject error = mo.value("error"_L1).toObject();
            const QString kind = error.value("kind"_L1).toString();
            m.errorKind = StreamNames::errorKindFromName(kind);
            if (m.errorKind == Failure::Kind::None && !kind.isEmpty())
                m.errorKind = Failure::Kind::Other; // a kind this version does not know
            m.errorMessage = error.value("message"_L1).toString();
            m.modelName = mo.value("model"_L1).toString();
            const QJsonObject usage = mo.value("usage"_L1).toObject();
            m.promptTokens = number(usage, "promptTokens"_L1);
            m.completionTokens = number(usage, "completionTokens"_L1);
            m.timeToFirstTokenMs = number(mo, "ttftMs"_L1);
            m.durationMs = number(mo, "durationMs"_L1);
            m.createdAt = parseTime(mo.value("createdAt"_L1));
            m.updatedAt = parseTime(mo.value("updatedAt"_L1));
            for (const QJsonValue &av : mo.value("attachments"_L1).toArray()) {
                const QJsonObject ao = av.toObject();
                Attachment a;
                a.sha256 = ao.value("sha256"_L1).toString();
                if (!Attachment::isValidHash(a.sha256))
                    continue; // never a path or anything but a hash
                a.mimeType = ao.value("mimeType"_L1).toString();
                a.name = ao.value("name"_L1).toString();
                a.size = ao.value("size"_L1).toInteger();
                a.width = ao.value("width"_L1).toInt();
                a.height = ao.value("height"_L1).toInt();
                a.pdfAsText = ao.value("pdfAsText"_L1).toBool();
                if (const QJsonValue data = ao.value("data"_L1); data.isString()) {
                    const QByteArray bytes = QByteArray::fromBase64(data.toString().toLatin1());
                    // Only a file that is what its hash says, within the size limit, is kept.
                    if (bytes.size() <= AttachmentRules::kMaxFileBytes &&
                        AttachmentFiles::hashOf(bytes) == a.sha256) {
                        a.size = bytes.size();
                        result.files.insert(a.sha256, bytes);
                    }
                }
                m.attachments.append(a);
            }
            c.messages.append(m);
        }
        result.conversations.append(c);
    }
    return result;
}

namespace {

/** The visible text of a ChatGPT message, or a null string for nodes we do not keep. */
QString chatGptText(const QJsonObject &message)
{
    const QJsonObject metadata = message.value("metadata"_L1).toObject();
    if (metadata.value("is_visually_hidden_from_conversation"_L1).toBool())
        return {};
    const QJsonObject content = message.value("content"_L1).toObject();
    const QString type = content.value("content_type"_L1).toString();
    if (type == "text"_L1 || type == "multimodal_text"_L1) {
        QStringList parts;
        for (const QJsonValue &part : content.value("parts"_L1).toArray()) {
            if (part.isString()) {
                if (!part.toString().isEmpty())
                    parts.append(part.toString());
            } else if (part.toObject().value("content_type"_L1).toString() ==
                       "image_asset_pointer"_L1) {
                parts.append(tr("[image not imported]"));
            }
        }
        return parts.isEmpty() ? QString() : parts.join(u"\n\n"_s);
    }
    if (type == "code"_L1) {
        const QString text = content.value("text"_L1).toString();
        return text.isEmpty()
                   ? QString()
                   : u"```"_s + content.value("language"_L1).toString() + u'\n' + text + u"\n```"_s;
    }
    return {}; // tool plumbing, browsing state, custom instructions …
}

qint64 secondsToMs(const QJsonValue &value)
{
    return value.isDouble() ? qint64(std::llround(value.toDouble() * 1000)) : 0;
}

} // namespace

ImportResult parseChatGpt(const QJsonArray &conversations)
{
    ImportResult result;
    for (const QJsonValue &cv : conversations) {
        const QJsonObject co = cv.toObject();
        const QJsonObject mapping = co.value("mapping"_L1).toObject();
        if (mapping.isEmpty())
            return {{},
                    tr("The file is neither a Confab export nor a ChatGPT conversations.json.")};
        Conversation c;
        c.info.title = co.value("title"_L1).toString();
        c.info.createdAt = secondsToMs(co.value("create_time"_L1));
        c.info.updatedAt = secondsToMs(co.value("update_time"_L1));
        c.info.provider = u"chatgpt"_s;
        c.info.model = co.value("default_model_slug"_L1).toString();

        // Walk the tree from its roots in child order, so parents come before children and
        // siblings keep their order; hidden nodes hand their children to the nearest kept
        // ancestor.
        QHash<QString, qint64> kept; // node id → our local id (or the ancestor's)
        QList<std::pair<QString, qint64>> stack;
        for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
            const QString parent = it.value().toObject().value("parent"_L1).toString();
            if (parent.isEmpty() || !mapping.contains(parent))
                stack.append({it.key(), 0});
        }
        std::reverse(stack.begin(), stack.end());
        qsizetype visited = 0;
        while (!stack.isEmpty() && visited <= mapping.size()) {
            const auto [nodeId, parentLocal] = stack.takeLast();
            ++visited;
            const QJsonObject node = mapping.value(nodeId).toObject();
            const QJsonObject message = node.value("message"_L1).toObject();
            const QString role = message.value("author"_L1).toObject().value("role"_L1).toString();
            const QString text = chatGptText(message);
            qint64 local = parentLocal;
            const std::optional<Message::Author> author = MessageNames::authorFromName(role);
            if (!text.isNull() && author && *author != Message::Author::Tool) {
                Message m;
                m.id = c.messages.size() + 1;
                m.parentId = parentLocal;
                m.author = *author;
                m.text = text;
                m.modelName =
                    message.value("metadata"_L1).toObject().value("model_slug"_L1).toString();
                m.createdAt = secondsToMs(message.value("create_time"_L1));
                if (m.createdAt == 0)
                    m.createdAt = c.info.createdAt;
                m.updatedAt = m.createdAt;
                c.messages.append(m);
                local = m.id;
            }
            kept.insert(nodeId, local);
            const QJsonArray children = node.value("children"_L1).toArray();
            for (qsizetype i = children.size() - 1; i >= 0; --i)
                stack.append(std::pair(children.at(i).toString(), local));
        }
        c.info.activeLeafId = kept.value(co.value("current_node"_L1).toString(), 0);
        if (c.info.updatedAt == 0)
            c.info.updatedAt = c.info.createdAt;
        result.conversations.append(c);
    }
    return result;
}

QList<qint64> importInto(ConversationStore *store, const ImportResult &result)
{
    QList<qint64> ids;
    if (!result.ok())
        return ids;
    AttachmentFiles *files = store->attachmentFiles();
    QSet<QString> available;
    // Files first, rows after: a crash in between leaves files no row refers to.
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it) {
        if (files && files->store(it.value()) == it.key())
            available.insert(it.key());
    }
    for (Conversation c : result.conversations) {
        for (Message &m : c.messages) {
            m.attachments.removeIf([&](const Attachment &a) {
                return !available.contains(a.sha256) && !(files && files->contains(a.sha256));
            });
        }
        ids.append(store->insertConversation(c));
    }
    return ids;
}

} // namespace ConversationExport

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "historycontroller.h"

#include "conversationexport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

HistoryController::HistoryController(ConversationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_conversations(store)
    , m_search(store)
{
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &HistoryController::dismissUndo);
    connect(store, &ConversationStore::writeErrorChanged, this, &HistoryController::noticeChanged);
    connect(store, &ConversationStore::damageDetected, this, &HistoryController::noticeChanged);
    connect(store, &ConversationStore::opened, this, [this] {
        m_movedAsideDismissed = false;
        Q_EMIT noticeChanged();
    });
}

QString HistoryController::notice() const
{
    if (!m_store)
        return {};
    if (!m_store->writeError().isEmpty())
        return m_store->writeError();
    if (!m_store->damage().isEmpty())
        return m_store->damage();
    if (!m_store->movedAsidePath().isEmpty() && !m_movedAsideDismissed)
        return tr("The conversation history could not be read, so Confab started a new one. "
                  "The old file was kept as %1.")
            .arg(QDir::toNativeSeparators(m_store->movedAsidePath()));
    return {};
}

bool HistoryController::isNoticeDismissable() const
{
    return m_store && m_store->writeError().isEmpty() && m_store->damage().isEmpty();
}

void HistoryController::dismissNotice()
{
    if (!isNoticeDismissable() || m_movedAsideDismissed)
        return;
    m_movedAsideDismissed = true;
    Q_EMIT noticeChanged();
}

void HistoryController::rename(qint64 id, const QString &title)
{
    const QString simplified = title.simplified();
    if (!m_store || simplified.isEmpty())
        return;
    const std::optional<ConversationInfo> info = m_store->conversationInfo(id);
    if (!info || (info->title == simplified && !info->titleIsGenerated))
        return;
    m_store->rename(id, simplified, false);
}

void HistoryController::setPinned(qint64 id, bool pinned)
{
    if (m_store)
        m_store->setPinned(id, pinned);
}

void HistoryController::remove(qint64 id)
{
    if (!m_store)
        return;
    const std::optional<ConversationInfo> info = m_store->conversationInfo(id);
    if (!info)
        return;
    m_store->softDelete(id);
    m_undoId = id;
    m_undoTitle = info->title;
    m_undoTimer.start();
    Q_EMIT undoChanged();
}

void HistoryController::undoRemove()
{
    if (!m_store || m_undoId == 0)
        return;
    m_store->undoDelete(m_undoId);
    dismissUndo();
}

void HistoryController::dismissUndo()
{
    m_undoTimer.stop();
    if (m_undoId == 0)
        return;
    m_undoId = 0;
    m_undoTitle.clear();
    Q_EMIT undoChanged();
}

QUrl HistoryController::suggestedFileUrl(qint64 id, const QString &suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName(id, suffix)));
}

QString HistoryController::suggestedFileName(qint64 id, const QString &suffix) const
{
    static const QRegularExpression kUnsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString name;
    if (m_store) {
        if (const std::optional<ConversationInfo> info = m_store->conversationInfo(id))
            name = info->title;
    }
    name = name.replace(kUnsafe, u" "_s).simplified().left(80).trimmed();
    if (name.isEmpty() || name.startsWith(u'.'))
        name = tr("Conversation");
    return name + suffix;
}

bool HistoryController::writeFile(const QUrl &file, const QByteArray &data)
{
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        setFileMessage(tr("Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(file.toLocalFile()), out.errorString()));
        return false;
    }
    setFileMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(file.toLocalFile())));
    return true;
}

bool HistoryController::exportMarkdown(qint64 id, const QUrl &file)
{
    const std::optional<Conversation> c = m_store ? m_store->loadConversation(id) : std::nullopt;
    return c &&
           writeFile(file, ConversationExport::toMarkdown(*c, m_store->attachmentFiles()).toUtf8());
}

bool HistoryController::exportJson(qint64 id, const QUrl &file)
{
    const std::optional<Conversation> c = m_store ? m_store->loadConversation(id) : std::nullopt;
    return c && writeFile(file, ConversationExport::toDocument({*c}, m_store->attachmentFiles()));
}

bool HistoryController::exportAll(const QUrl &file)
{
    if (!m_store)
        return false;
    QSaveFile out(file.toLocalFile());
    QString error;
    if (!out.open(QIODevice::WriteOnly) || !ConversationExport::writeAll(*m_store, &out, &error) ||
        !out.commit()) {
        setFileMessage(tr("Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(file.toLocalFile()),
                                error.isEmpty() ? out.errorString() : error));
        return false;
    }
    setFileMessage(
        tr("Exported all conversations to %1").arg(QDir::toNativeSeparators(file.toLocalFile())));
    return true;
}

int HistoryController::importFile(const QUrl &file)
{
    if (!m_store)
        return -1;
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly)) {
        setFileMessage(tr("Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(file.toLocalFile()), in.errorString()));
        return -1;
    }
    const ConversationExport::ImportResult result = ConversationExport::parse(in.readAll());
    if (!result.ok()) {
        setFileMessage(result.error);
        return -1;
    }
    const int count = int(ConversationExport::importInto(m_store, result).size());
    setFileMessage(tr("Imported %n conversation(s)", nullptr, count));
    return count;
}

void HistoryController::setFileMessage(const QString &message)
{
    m_fileMessage = message;
    Q_EMIT fileMessageChanged();
}

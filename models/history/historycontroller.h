// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationlistmodel.h"
#include "conversationstore.h"
#include "searchresultmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

/**
 * @brief What the history panel can do: the list and search models, rename, pin, delete with
 * Undo, export and import, and the store's problems as one notice for the user.
 */
class HistoryController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConversationListModel *conversations READ conversations CONSTANT FINAL)
    Q_PROPERTY(SearchResultModel *searchResults READ searchResults CONSTANT FINAL)
    /** A deleted conversation can still be brought back. */
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged FINAL)
    /** The title of the conversation Undo brings back. */
    Q_PROPERTY(QString undoTitle READ undoTitle NOTIFY undoChanged FINAL)
    /** A problem with the history database the user must know about; empty when none. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged FINAL)
    /** Whether the notice can be dismissed (a pending write error cannot). */
    Q_PROPERTY(bool noticeDismissable READ isNoticeDismissable NOTIFY noticeChanged FINAL)
    /** The result of the last export or import, for the user. */
    Q_PROPERTY(QString fileMessage READ fileMessage NOTIFY fileMessageChanged FINAL)

public:
    static constexpr int kUndoMs = 10'000;

    explicit HistoryController(ConversationStore *store, QObject *parent = nullptr);

    ConversationListModel *conversations() { return &m_conversations; }
    SearchResultModel *searchResults() { return &m_search; }
    bool canUndo() const { return m_undoId != 0; }
    QString undoTitle() const { return m_undoTitle; }
    QString notice() const;
    bool isNoticeDismissable() const;
    QString fileMessage() const { return m_fileMessage; }

    /** How long Undo stays available (tests shorten it). */
    void setUndoTimeout(int ms) { m_undoTimer.setInterval(ms); }

    /** Renames by hand (a blank title is ignored); the title is no longer generated. */
    Q_INVOKABLE void rename(qint64 id, const QString &title);
    Q_INVOKABLE void setPinned(qint64 id, bool pinned);
    /** Deletes, keeping Undo available for kUndoMs; the store purges it at the next start. */
    Q_INVOKABLE void remove(qint64 id);
    Q_INVOKABLE void undoRemove();
    /** Ends the Undo offer (the deletion stays). */
    Q_INVOKABLE void dismissUndo();
    Q_INVOKABLE void dismissNotice();

    /** A file name for exporting conversation @p id: its title made safe, plus @p suffix. */
    Q_INVOKABLE QString suggestedFileName(qint64 id, const QString &suffix) const;
    /** suggestedFileName() in the user's documents folder, as a file URL for a file dialog. */
    Q_INVOKABLE QUrl suggestedFileUrl(qint64 id, const QString &suffix) const;
    Q_INVOKABLE bool exportMarkdown(qint64 id, const QUrl &file);
    Q_INVOKABLE bool exportJson(qint64 id, const QUrl &file);
    Q_INVOKABLE bool exportAll(const QUrl &file);
    /** Imports our JSON or a ChatGPT conversations.json; returns how many conversations. */
    Q_INVOKABLE int importFile(const QUrl &file);

Q_SIGNALS:
    void undoChanged();
    void noticeChanged();
    void fileMessageChanged();

private:
    bool writeFile(const QUrl &file, const QByteArray &data);
    void setFileMessage(const QString &message);

    QPointer<ConversationStore> m_store;
    ConversationListModel m_conversations;
    SearchResultModel m_search;
    QTimer m_undoTimer;
    qint64 m_undoId = 0;
    QString m_undoTitle;
    QString m_fileMessage;
    bool m_movedAsideDismissed = false;
};

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"
#include "attachmentintake.h"
#include "attachmentwire.h"

#include <QAbstractListModel>
#include <QList>
#include <QUrl>

#include <functional>

class AttachmentCodec;
class AttachmentEncoder;
class AttachmentFiles;

/**
 * @brief The attachments waiting in the composer, shown as chips: added by paste, drop or the
 * file picker, read and stored on a worker thread, each with its size as it will be sent to the
 * current provider (encoded ahead, so sending does not wait for it).
 *
 * A file that cannot be attached stays as a chip in the Failed state with its problem, until
 * the user removes it. Ready attachments are held in AttachmentFiles until they are sent or
 * removed. Only the GUI thread mutates it.
 */
class PendingAttachments : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    /** Some are still being read. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged FINAL)
    /** Some are images (the target may not read them). */
    Q_PROPERTY(bool hasImages READ hasImages NOTIFY stateChanged FINAL)
    /** Some could not be attached (their chips say why). */
    Q_PROPERTY(bool hasFailed READ hasFailed NOTIFY stateChanged FINAL)
    /** Whether the provider reads PDFs itself: only then can a PDF go as a document. */
    Q_PROPERTY(bool documentsSupported READ documentsSupported NOTIFY limitsChanged FINAL)

public:
    enum class State {
        Preparing, /**< being read and checked */
        Ready,
        Failed, /**< problem says why */
    };
    Q_ENUM(State)

    enum Roles {
        NameRole = Qt::UserRole + 1, /**< QString: the file name */
        KindRole,                    /**< int, Attachment::Kind */
        MimeTypeRole,                /**< QString */
        Sha256Role,                  /**< QString: empty until stored */
        SizeRole,                    /**< qint64: bytes of the file */
        SentBytesRole,               /**< qint64: bytes sent to the current provider, -1 unknown */
        WidthRole,                   /**< int: image pixels, 0 otherwise */
        HeightRole,                  /**< int */
        StateRole,                   /**< int, State */
        ProblemRole,                 /**< int, AttachmentEnums::Problem */
        ProblemTextRole,             /**< QString: the problem in a sentence */
        PdfAsTextRole,               /**< bool: a PDF goes as its text */
    };
    Q_ENUM(Roles)

    PendingAttachments(AttachmentFiles *files, const AttachmentCodec *codec,
                       AttachmentEncoder *encoder, QObject *parent = nullptr);
    ~PendingAttachments() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Attaches local files (file: URLs; others are ignored). */
    Q_INVOKABLE void addFiles(const QList<QUrl> &urls);
    /** Attaches @p bytes (a pasted image) as @p name. */
    Q_INVOKABLE void addData(const QByteArray &bytes, const QString &name);
    Q_INVOKABLE void remove(int row);
    /** A PDF goes as its text (true) or, where the provider reads PDFs, as a document. */
    Q_INVOKABLE void setPdfAsText(int row, bool asText);
    /** Removes every image (to send to a model that reads none). */
    Q_INVOKABLE void removeImages();
    void clear();

    bool isBusy() const;
    bool hasImages() const;
    bool hasFailed() const;
    bool documentsSupported() const;
    /** The ready attachments, in order. */
    QList<Attachment> ready() const;
    /** Empties the list after a send: the holds pass to the message now being stored. */
    void takeAll();

    /** The current provider's limits: the sent sizes are computed again for them. */
    void setLimits(const AttachmentLimits &limits);

Q_SIGNALS:
    void countChanged();
    void stateChanged();
    void limitsChanged();

private:
    struct Item
    {
        int serial = 0;
        Attachment attachment;
        State state = State::Preparing;
        AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
        qint64 sentBytes = -1;
    };
    int rowOfSerial(int serial) const;
    void add(std::function<AttachmentIntake::Result()> work, const QString &name);
    void onRead(int serial, const Attachment &attachment, AttachmentEnums::Problem problem);
    void measure(int row);
    void release(const Item &item);

    AttachmentFiles *m_files;
    const AttachmentCodec *m_codec;
    AttachmentEncoder *m_encoder;
    QList<Item> m_items;
    AttachmentLimits m_limits;
    int m_nextSerial = 1;
    int m_limitsGeneration = 0;
};

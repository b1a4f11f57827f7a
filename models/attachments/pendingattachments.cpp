// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "pendingattachments.h"

#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "attachmentrules.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using Problem = AttachmentEnums::Problem;

PendingAttachments::PendingAttachments(AttachmentFiles *files, const AttachmentCodec *codec,
                                       AttachmentEncoder *encoder, QObject *parent)
    : QAbstractListModel(parent)
    , m_files(files)
    , m_codec(codec)
    , m_encoder(encoder)
{}

PendingAttachments::~PendingAttachments()
{
    for (const Item &item : std::as_const(m_items))
        release(item);
}

int PendingAttachments::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PendingAttachments::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const Attachment &a = item.attachment;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case KindRole:
        return int(a.kind());
    case MimeTypeRole:
        return a.mimeType;
    case Sha256Role:
        return a.sha256;
    case SizeRole:
        return a.size;
    case SentBytesRole:
        return item.sentBytes;
    case WidthRole:
        return a.width;
    case HeightRole:
        return a.height;
    case StateRole:
        return int(item.state);
    case ProblemRole:
        return int(item.problem);
    case ProblemTextRole:
        return AttachmentIntake::describe(item.problem, a.name);
    case PdfAsTextRole:
        return a.pdfAsText;
    }
    return {};
}

QHash<int, QByteArray> PendingAttachments::roleNames() const
{
    return {{NameRole, "name"},
            {KindRole, "kind"},
            {MimeTypeRole, "mimeType"},
            {Sha256Role, "sha256"},
            {SizeRole, "size"},
            {SentBytesRole, "sentBytes"},
            {WidthRole, "width"},
            {HeightRole, "height"},
            {StateRole, "state"},
            {ProblemRole, "problem"},
            {ProblemTextRole, "problemText"},
            {PdfAsTextRole, "pdfAsText"}};
}

int PendingAttachments::rowOfSerial(int serial) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).serial == serial)
            return int(i);
    }
    return -1;
}

void PendingAttachments::add(std::function<AttachmentIntake::Result()> work, const QString &name)
{
    Item item;
    item.serial = m_nextSerial++;
    item.attachment.name = name;
    if (m_items.size() >= AttachmentRules::kMaxPerMessage || !m_files || !m_codec) {
        item.state = State::Failed;
        item.problem = m_files && m_codec ? Problem::TooMany : Problem::Unsupported;
        work = nullptr;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
    if (!work)
        return;
    const int serial = item.serial;
    QPointer<PendingAttachments> self(this);
    QThreadPool::globalInstance()->start([self, serial, work = std::move(work)] {
        const AttachmentIntake::Result result = work();
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, serial, result] {
                if (self)
                    self->onRead(serial, result.attachment, result.problem);
            },
            Qt::QueuedConnection);
    });
}

void PendingAttachments::addFiles(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        AttachmentFiles *files = m_files;
        const AttachmentCodec *codec = m_codec;
        add([path, files, codec] { return AttachmentIntake::fromFile(path, *files, *codec); },
            QFileInfo(path).fileName());
    }
}

void PendingAttachments::addData(const QByteArray &bytes, const QString &name)
{
    AttachmentFiles *files = m_files;
    const AttachmentCodec *codec = m_codec;
    add([bytes, name, files,
         codec] { return AttachmentIntake::fromBytes(bytes, name, *files, *codec); },
        name);
}

void PendingAttachments::onRead(int serial, const Attachment &attachment, Problem problem)
{
    const int row = rowOfSerial(serial);
    if (problem == Problem::None)
        m_files->hold(attachment.sha256); // (the worker's store() keeps it until now)
    if (row < 0) {                        // removed while it was read
        if (problem == Problem::None)
            m_files->release(attachment.sha256);
        return;
    }
    Item &item = m_items[row];
    item.attachment = attachment;
    item.problem = problem;
    item.state = problem == Problem::None ? State::Ready : State::Failed;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT stateChanged();
    if (item.state == State::Ready)
        measure(row);
}

void PendingAttachments::measure(int row)
{
    if (!m_encoder)
        return;
    const Item &item = m_items.at(row);
    const int serial = item.serial;
    const Attachment attachment = item.attachment;
    const AttachmentLimits limits = m_limits;
    const int generation = m_limitsGeneration;
    AttachmentEncoder *encoder = m_encoder;
    QPointer<PendingAttachments> self(this);
    // Encoding now fills the encoder's cache: the send itself then has nothing left to do.
    QThreadPool::globalInstance()->start([=] {
        const AttachmentEncoder::Part part = encoder->encode(attachment, limits);
        const qint64 bytes = part.problem == Problem::None ? part.bytes() : -1;
        QMetaObject::invokeMethod(
            self,
            [=] {
                if (!self || generation != self->m_limitsGeneration)
                    return;
                const int at = self->rowOfSerial(serial);
                if (at < 0)
                    return;
                self->m_items[at].sentBytes = bytes;
                const QModelIndex i = self->index(at);
                Q_EMIT self->dataChanged(i, i, {SentBytesRole});
            },
            Qt::QueuedConnection);
    });
}

void PendingAttachments::release(const Item &item)
{
    if (item.state == State::Ready && m_files)
        m_files->release(item.attachment.sha256);
}

void PendingAttachments::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    const Item item = m_items.takeAt(row);
    endRemoveRows();
    release(item);
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void PendingAttachments::setPdfAsText(int row, bool asText)
{
    if (row < 0 || row >= m_items.size() ||
        m_items.at(row).attachment.kind() != Attachment::Kind::Pdf)
        return;
    Item &item = m_items[row];
    if (item.attachment.pdfAsText == asText)
        return;
    item.attachment.pdfAsText = asText;
    item.sentBytes = -1;
    Q_EMIT dataChanged(index(row), index(row), {PdfAsTextRole, SentBytesRole});
    if (item.state == State::Ready)
        measure(row);
}

void PendingAttachments::removeImages()
{
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (m_items.at(row).attachment.kind() == Attachment::Kind::Image &&
            m_items.at(row).state != State::Failed)
            remove(row);
    }
}

void PendingAttachments::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    for (const Item &item : std::as_const(m_items))
        release(item);
    m_items.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void PendingAttachments::takeAll()
{
    // The files stay held (AttachmentFiles spares what this session attached) while the
    // message that refers to them is written.
    clear();
}

bool PendingAttachments::isBusy() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &i) { return i.state == State::Preparing; });
}

bool PendingAttachments::hasImages() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) {
        return i.state != State::Failed && i.attachment.kind() == Attachment::Kind::Image;
    });
}

bool PendingAttachments::hasFailed() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &i) { return i.state == State::Failed; });
}

bool PendingAttachments::documentsSupported() const
{
    return m_limits.documents == AttachmentLimits::Support::Yes;
}

QList<Attachment> PendingAttachments::ready() const
{
    QList<Attachment> out;
    for (const Item &item : m_items) {
        if (item.state == State::Ready)
            out.append(item.attachment);
    }
    return out;
}

void PendingAttachments::setLimits(const AttachmentLimits &limits)
{
    if (limits == m_limits)
        return;
    m_limits = limits;
    ++m_limitsGeneration;
    Q_EMIT limitsChanged();
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).state != State::Ready)
            continue;
        m_items[row].sentBytes = -1;
        Q_EMIT dataChanged(index(row), index(row), {SentBytesRole});
        measure(row);
    }
}

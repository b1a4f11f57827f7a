// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fixtures {
namespace {
struct Extension
{
    Format format;
    QLatin1StringView suffix;
};

constexpr Extension kExtensions[] = {
    {Format::Sse, ".sse"_L1},
    {Format::Ndjson, ".ndjson"_L1},
    {Format::Http, ".http"_L1},
};

int parseInt(QStringView text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpMessage parseHttp(const QByteArray &raw)
{
    HttpMessage message;
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    qsizetype headEnd = -1;
    qsizetype bodyStart = -1;
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        headEnd = crlf;
        bodyStart = crlf + 4;
    } else if (lf >= 0) {
        headEnd = lf;
        bodyStart = lf + 2;
    } else {
        return message;
    }
    const QByteArray head = raw.first(headEnd);
    message.body = raw.sliced(bodyStart);

    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            // HTTP/1.1 429 Too Many Requests
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/"))
                return message;
            bool ok = false;
            message.status = parts.at(1).toInt(&ok);
            if (!ok)
                return message;
            const qsizetype reasonStart = line.indexOf(' ', parts.at(0).size() + 1);
            if (reasonStart > 0)
                message.reason = line.sliced(reasonStart + 1);
            continue;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        message.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    message.valid = true;
    return message;
}

QByteArray readFile(const QString &path, bool *ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;
    return file.readAll();
}

bool formatForPath(const QString &path, Format *format)
{
    for (const Extension &ext : kExtensions) {
        if (path.endsWith(ext.suffix)) {
            *format = ext.format;
            return true;
        }
    }
    return false;
}

Case loadCase(const QString &dataDir, const QString &caseId)
{
    Case c;
    c.id = caseId;
    const qsizetype slash = caseId.indexOf(u'/');
    c.provider = slash > 0 ? caseId.first(slash) : QString();
    c.name = slash > 0 ? caseId.sliced(slash + 1) : caseId;
    const QString base = dataDir + u'/' + caseId;
    for (const Extension &ext : kExtensions) {
        if (QFileInfo::exists(base + ext.suffix)) {
            c.format = ext.format;
            c.transcriptPath = base + ext.suffix;
            break;
        }
    }
    if (c.transcriptPath.isEmpty()) {
        c.error = u"no transcript for "_s + base;
        return c;
    }
    bool ok = false;
    c.raw = readFile(c.transcriptPath, &ok);
    if (!ok) {
        c.error = u"cannot read "_s + c.transcriptPath;
        return c;
    }
    if (c.format == Format::Http) {
        c.http = parseHttp(c.raw);
        if (!c.http.valid) {
            c.error = u"malformed HTTP response in "_s + c.transcriptPath;
            return c;
        }
    }
    const QString expectedPath = base + u".expected.json"_s;
    const QByteArray json = readFile(expectedPath, &ok);
    if (!ok) {
        c.error = u"cannot read "_s + expectedPath;
        return c;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        c.error = expectedPath + u": "_s + parseError.errorString();
        return c;
    }
    c.expected = doc.object();
    return c;
}

QStringList providers(const QString &dataDir)
{
    QStringList result = QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return result;
}

QStringList listCases(const QString &dataDir, const QString &provider, const QList<Format> &formats)
{
    QStringList result;
    const QStringList dirs = provider.isEmpty() ? providers(dataDir) : QStringList{provider};
    for (const QString &dir : dirs) {
        const QStringList files = QDir(dataDir + u'/' + dir).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            Format format;
            if (!formatForPath(file, &format))
                continue;
            if (!formats.isEmpty() && !formats.contains(format))
                continue;
            const QString name = file.first(file.lastIndexOf(u'.'));
            result.append(dir + u'/' + name);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

quint32 Mulberry32::next()
{
    m_state += 0x6D2B79F5u;
    quint32 t = m_state;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return t ^ (t >> 14);
}

QByteArrayList splitSseEvents(const QByteArray &body)
{
    QByteArrayList pieces;
    const qsizetype size = body.size();
    qsizetype pieceStart = 0;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    while (i < size) {
        const char c = body.at(i);
        if (c != '\r' && c != '\n') {
            ++i;
            continue;
        }
        qsizetype next = i + 1;
        if (c == '\r' && next < size && body.at(next) == '\n')
            ++next;
        if (i == lineStart) { // a blank line ends the event
            pieces.append(body.sliced(pieceStart, next - pieceStart));
            pieceStart = next;
        }
        lineStart = next;
        i = next;
    }
    if (pieceStart < size)
        pieces.append(body.sliced(pieceStart));
    return pieces;
}

QByteArrayList splitLines(const QByteArray &body)
{
    QByteArrayList pieces;
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype nl = body.indexOf('\n', start);
        const qsizetype end = nl < 0 ? body.size() : nl + 1;
        pieces.append(body.sliced(start, end - start));
        start = end;
    }
    return pieces;
}

QByteArrayList splitBytes(const QByteArray &body, qsizetype n)
{
    QByteArrayList pieces;
    n = std::max<qsizetype>(n, 1);
    for (qsizetype start = 0; start < body.size(); start += n)
        pieces.append(body.sliced(start, std::min(n, body.size() - start)));
    return pieces;
}

QByteArrayList splitRandom(const QByteArray &body, quint32 seed, int maxLen)
{
    QByteArrayList pieces;
    Mulberry32 rng(seed);
    maxLen = std::max(maxLen, 1);
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype len = std::min<qsizetype>(rng.bounded(1, maxLen), body.size() - start);
        pieces.append(body.sliced(start, len));
        start += len;
    }
    return pieces;
}

QByteArrayList splitAt(const QByteArray &body, const QList<qsizetype> &offsets)
{
    QByteArrayList pieces;
    qsizetype start = 0;
    for (const qsizetype offset : offsets) {
        if (offset <= start || offset >= body.size())
            continue;
        pieces.append(body.sliced(start, offset - start));
        start = offset;
    }
    if (start < body.size() || pieces.isEmpty())
        pieces.append(body.sliced(start));
    return pieces;
}

QList<QByteArrayList> everyTwoPieceSplit(const QByteArray &body)
{
    QList<QByteArrayList> result;
    for (qsizetype i = 1; i < body.size(); ++i)
        result.append(QByteArrayList{body.first(i), body.sliced(i)});
    return result;
}

Chunking chunk(const QByteArray &body, QStringView spec, Format format)
{
    Chunking result;
    const QList<QStringView> parts = spec.trimmed().split(u':');
    const QStringView kind = parts.value(0);
    int fixedDelay = 0;
    quint32 delaySeed = 0;
    int maxDelay = -1; // random delays when >= 0
    if (kind == u"whole" || kind.isEmpty()) {
        result.pieces = {body};
    } else if (kind == u"events") {
        result.pieces = format == Format::Ndjson ? splitLines(body) : splitSseEvents(body);
    } else if (kind == u"bytes" && parts.size() >= 2) {
        result.pieces = splitBytes(body, parseInt(parts.at(1), 1));
        fixedDelay = parseInt(parts.value(2), 0);
    } else if (kind == u"random" && parts.size() >= 2) {
        const quint32 seed = quint32(parts.at(1).toUInt());
        result.pieces = splitRandom(body, seed, parseInt(parts.value(2), 48));
        maxDelay = parseInt(parts.value(3), 1);
        delaySeed = seed ^ 0x9E3779B9u;
    } else if (kind == u"offsets" && parts.size() >= 2) {
        QList<qsizetype> offsets;
        for (const QStringView offset : parts.at(1).split(u','))
            offsets.append(parseInt(offset, -1));
        result.pieces = splitAt(body, offsets);
        fixedDelay = parseInt(parts.value(2), 0);
    } else {
        result.valid = false;
        result.pieces = {body};
    }
    if (body.isEmpty())
        result.pieces.clear();
    Mulberry32 delays(delaySeed);
    for (qsizetype i = 0; i < result.pieces.size(); ++i)
        result.delaysMs.append(maxDelay >= 0 ? delays.bounded(0, maxDelay) : fixedDelay);
    return result;
}

QList<std::pair<QString, QByteArrayList>> standardChunkings(const QByteArray &body, Format format)
{
    QList<std::pair<QString, QByteArrayList>> result;
    const QString specs[] = {u"whole"_s,       u"events"_s,       u"bytes:1"_s,
                             u"random:1:7"_s,  u"random:2:7"_s,   u"random:3:7"_s,
                             u"random:1:48"_s, u"random:42:48"_s, u"random:1234:48"_s};
    for (const QString &spec : specs)
        result.append({spec, chunk(body, spec, format).pieces});
    return result;
}

} // namespace Fixtures

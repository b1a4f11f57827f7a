// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/**
 * @brief Loading and cutting the provider stream fixtures of tests/data.
 *
 * Fixture files are raw bytes: they are read with QFile::readAll() and never re-encoded. The
 * library takes the data directory as an argument; test executables pass CONFAB_TEST_DATA_DIR.
 */
namespace Fixtures {

enum class Format { Sse, Ndjson, Http };

using Headers = QList<std::pair<QByteArray, QByteArray>>;

/** The first value of header @p name (case-insensitive), or a null QByteArray. */
QByteArray headerValue(const Headers &headers, QByteArrayView name);

/** A whole HTTP response as stored in a `.http` fixture. */
struct HttpMessage
{
    bool valid = false;
    int status = 0;
    QByteArray reason;
    Headers headers; /**< in file order, `X-Replay-*` directives included */
    QByteArray body; /**< everything after the first CRLFCRLF or LFLF, byte for byte */

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

/** Splits a raw response at the first blank line (CRLF or LF heads). */
HttpMessage parseHttp(const QByteArray &raw);

/** One fixture case: the transcript and its `.expected.json`. */
struct Case
{
    QString id;       /**< "openai/basic-text" */
    QString provider; /**< "openai" */
    QString name;     /**< "basic-text" */
    Format format = Format::Sse;
    QString transcriptPath;
    QByteArray raw;   /**< the transcript file as is */
    HttpMessage http; /**< `.http` only */
    QJsonObject expected;
    QString error; /**< why loading failed; empty on success */

    bool isValid() const { return error.isEmpty(); }
    /** The response body: the whole file for `.sse`/`.ndjson`, the part after the head otherwise.
     */
    QByteArray body() const { return format == Format::Http ? http.body : raw; }
    QJsonObject intended() const
    {
        return expected.value(QLatin1StringView("intended")).toObject();
    }
};

/** Reads a file in binary mode; @p ok (optional) tells whether it could be read. */
QByteArray readFile(const QString &path, bool *ok = nullptr);

/** Loads case @p caseId ("provider/name") from @p dataDir, whichever transcript kind it has. */
Case loadCase(const QString &dataDir, const QString &caseId);

/** Provider directories of @p dataDir, sorted. */
QStringList providers(const QString &dataDir);

/**
 * Case ids ("provider/name") with a transcript of one of @p formats (all formats when empty),
 * sorted; @p provider restricts the listing to one directory.
 */
QStringList listCases(const QString &dataDir, const QString &provider = {},
                      const QList<Format> &formats = {});

/** The format of a transcript file, judged by its extension; false if it has none of ours. */
bool formatForPath(const QString &path, Format *format);

// ---- Chunking ----

/** Pieces of a body plus the pause before each piece (ms). */
struct Chunking
{
    bool valid = true;
    QByteArrayList pieces;
    QList<int> delaysMs; /**< same length as pieces */
};

/** One piece per SSE event: a cut after each blank line, whatever its line terminators. */
QByteArrayList splitSseEvents(const QByteArray &body);
/** One piece per line (LF-terminated; a CRLF stays with its line); the tail is its own piece. */
QByteArrayList splitLines(const QByteArray &body);
/** Fixed @p n-byte pieces (the last may be shorter). */
QByteArrayList splitBytes(const QByteArray &body, qsizetype n);
/** Seeded pseudo-random piece sizes 1..@p maxLen (mulberry32, as the fixture tooling used). */
QByteArrayList splitRandom(const QByteArray &body, quint32 seed, int maxLen = 48);
/** Cuts at the given byte offsets (ignoring those out of range or not increasing). */
QByteArrayList splitAt(const QByteArray &body, const QList<qsizetype> &offsets);
/** Every split into two non-empty pieces: body.size() - 1 variants. */
QList<QByteArrayList> everyTwoPieceSplit(const QByteArray &body);

/**
 * Applies a chunking spec: `whole`, `events`, `bytes:N[:DELAY]`,
 * `random:SEED[:MAXLEN[:MAXDELAY]]`, `offsets:A,B,C[:DELAY]`. `events` means lines for NDJSON.
 * An unknown spec gives `valid == false` and the whole body.
 */
Chunking chunk(const QByteArray &body, QStringView spec, Format format = Format::Sse);

/** The chunkings every parser test runs. */
QList<std::pair<QString, QByteArrayList>> standardChunkings(const QByteArray &body,
                                                            Format format = Format::Sse);

/** A small deterministic generator (mulberry32). */
class Mulberry32
{
public:
    explicit Mulberry32(quint32 seed)
        : m_state(seed)
    {}
    quint32 next();
    /** Uniform in [0, 1). */
    double nextDouble() { return next() / 4294967296.0; }
    /** Uniform in [lo, hi]. */
    int bounded(int lo, int hi) { return lo + int(nextDouble() * (hi - lo + 1)); }

private:
    quint32 m_state;
};

} // namespace Fixtures

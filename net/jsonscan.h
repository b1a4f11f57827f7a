// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <vector>

/**
 * @brief Reads a few fields of one small JSON object without building a QJsonDocument: the
 * decoders' fast path for the events that make up almost all of a stream (one text delta each).
 *
 * scan() validates the whole text in one pass and records where each value is; lookups then
 * decode only what they are asked for. It reads a strict subset of what QJsonDocument::fromJson
 * reads, and where it reads something it gives the same value:
 * - the text is one object, with standard JSON whitespace, nested at most kMaxDepth deep;
 * - strings are valid UTF-8 (as QJsonDocument requires) with the standard escapes; a \\uXXXX
 *   escape gives one UTF-16 unit, a lone surrogate included, as QJsonDocument does;
 * - numbers have no exponent and at most 15 digits before and after the point;
 * - of two members with one key, the last counts (QJsonDocument keeps the last).
 * Anything else (a BOM, another escape, a long number, an escaped key that a lookup meets …)
 * is declined: scan() returns false or declined() turns true, and the caller parses the text
 * with QJsonDocument, which decides whether it is JSON at all. Declining is always safe; a fast
 * path that uses a scan emits nothing until it knows that it did not decline.
 *
 * The scanned bytes are not copied: they must stay unchanged while the scan is used.
 */
class JsonScan
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    /** A value's index; kNone for a missing member. */
    static constexpr int kNone = -1;
    static constexpr int kMaxDepth = 32;

    /** Scans @p json; false when it is not an object in the subset described above. */
    bool scan(QByteArrayView json);
    /** True when a lookup since scan() met something outside the subset. */
    bool declined() const { return m_declined; }

    /** The top-level object. */
    int root() const { return 0; }
    Type type(int value) const { return m_tokens[size_t(value)].type; }
    bool is(int value, Type type) const { return value != kNone && this->type(value) == type; }
    /** Elements of an array, members of an object. */
    int count(int container) const { return m_tokens[size_t(container)].count; }
    /**
     * The first child of a non-empty container: an array's first element, an object's first
     * key (an object's children are its keys and values, in turn).
     */
    int first(int container) const { return container + 1; }
    /** The child after @p value (and everything inside it) in its container. */
    int next(int value) const { return m_tokens[size_t(value)].next; }
    /** A value's text as it is in the JSON (a string's without its quotes). */
    QByteArrayView raw(int value) const
    {
        const Token &token = m_tokens[size_t(value)];
        return m_json.sliced(token.begin, token.end - token.begin);
    }

    /** The value of member @p key of @p object (the last such member), or kNone. */
    int member(int object, QLatin1StringView key) const;
    /** A string's text. */
    QString string(int value) const;
    /** Whether a string is exactly @p text. */
    bool equals(int value, QLatin1StringView text) const;
    /** A number without a fractional part; declines for one with a fraction. */
    std::optional<qint64> integer(int value) const;

private:
    struct Token
    {
        Type type = Type::Null;
        bool escaped = false; /**< a string with backslash escapes */
        int begin = 0;        /**< strings: after the quote; numbers: the first character */
        int end = 0;          /**< strings: at the closing quote; numbers: after the last */
        int next = 0;         /**< the token after this value and everything inside it */
        int count = 0;        /**< arrays: elements; objects: members */
    };

    // Each takes the first character of a value (there is one) and returns the position after
    // it, or nullptr when it is outside the subset.
    const char *scanValue(const char *p, int depth);
    const char *scanString(const char *p);
    const char *scanNumber(const char *p);
    const char *scanLiteral(const char *p, QByteArrayView word, Type type);
    const char *skipSpace(const char *p) const;
    int offset(const char *p) const { return int(p - m_json.data()); }
    void decline() const { m_declined = true; }

    QByteArrayView m_json;
    const char *m_end = nullptr;
    std::vector<Token> m_tokens;
    mutable bool m_declined = false;
};

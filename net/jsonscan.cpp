// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "jsonscan.h"

#include <cstring>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

/**
 * The length of the well-formed UTF-8 sequence at @p p (lead byte >= 0x80), or 0: no overlong
 * forms, no surrogates, nothing above U+10FFFF (what QJsonDocument rejects as well).
 */
qsizetype utf8Length(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    qsizetype length = 0;
    uchar low = 0x80; // the range of the second byte
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong below
        else if (lead == 0xED)
            high = 0x9F; // UTF-16 surrogates above
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F; // beyond U+10FFFF above
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}
} // namespace

bool JsonScan::scan(QByteArrayView json)
{
    m_json = json;
    m_end = json.data() + json.size();
    m_tokens.clear();
    m_declined = false;
    const char *p = skipSpace(json.data());
    if (p == m_end || *p != '{')
        return false;
    p = scanValue(p, 0);
    return p && skipSpace(p) == m_end;
}

const char *JsonScan::skipSpace(const char *p) const
{
    while (p < m_end && isSpace(*p))
        ++p;
    return p;
}

const char *JsonScan::scanValue(const char *p, int depth)
{
    const char c = *p; // p < m_end
    if (c == '"')
        return scanString(p);
    if (c == '-' || isDigit(c))
        return scanNumber(p);
    if (c == 't')
        return scanLiteral(p, "true", Type::True);
    if (c == 'f')
        return scanLiteral(p, "false", Type::False);
    if (c == 'n')
        return scanLiteral(p, "null", Type::Null);
    if ((c != '{' && c != '[') || depth >= kMaxDepth)
        return nullptr;

    const bool object = c == '{';
    const char close = object ? '}' : ']';
    const size_t index = m_tokens.size();
    m_tokens.push_back({object ? Type::Object : Type::Array, false, offset(p), 0, 0, 0});
    p = skipSpace(p + 1);
    int count = 0;
    if (p < m_end && *p == close) {
        ++p;
    } else {
        for (;;) {
            if (p == m_end)
                return nullptr;
            if (object) {
                if (*p != '"' || !(p = scanString(p)))
                    return nullptr;
                p = skipSpace(p);
                if (p == m_end || *p != ':')
                    return nullptr;
                p = skipSpace(p + 1);
                if (p == m_end)
                    return nullptr;
            }
            if (!(p = scanValue(p, depth + 1)))
                return nullptr;
            ++count;
            p = skipSpace(p);
            if (p == m_end)
                return nullptr;
            const char separator = *p++;
            if (separator == close)
                break;
            if (separator != ',')
                return nullptr;
            p = skipSpace(p);
        }
    }
    Token &token = m_tokens[index];
    token.end = offset(p);
    token.count = count;
    token.next = int(m_tokens.size());
    return p;
}

const char *JsonScan::scanString(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p + 1);
    const auto *end = reinterpret_cast<const uchar *>(m_end);
    bool escaped = false;
    for (;;) {
        while (u < end && *u != '"' && *u != '\\' && *u < 0x80)
            ++u; // plain ASCII, control characters included (QJsonDocument takes them)
        if (u == end)
            return nullptr;
        if (*u == '"')
            break;
        if (*u == '\\') {
            escaped = true;
            if (end - u < 2)
                return nullptr;
            switch (u[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                u += 2;
                break;
            case 'u':
                if (end - u < 6 || hexValue(char(u[2])) < 0 || hexValue(char(u[3])) < 0 ||
                    hexValue(char(u[4])) < 0 || hexValue(char(u[5])) < 0)
                    return nullptr;
                u += 6;
                break;
            default:
                return nullptr; // QJsonDocument takes "\a" as "a"; not worth a fast path
            }
            continue;
        }
        const qsizetype length = utf8Length(u, end - u);
        if (length == 0)
            return nullptr;
        u += length;
    }
    const char *close = reinterpret_cast<const char *>(u);
    m_tokens.push_back(
        {Type::String, escaped, offset(p + 1), offset(close), int(m_tokens.size() + 1), 0});
    return close + 1;
}

const char *JsonScan::scanNumber(const char *p)
{
    const char *start = p;
    if (*p == '-')
        ++p;
    const char *digits = p;
    while (p < m_end && isDigit(*p))
        ++p;
    if (p == digits || p - digits > 15 || (p - digits > 1 && *digits == '0'))
        return nullptr;
    if (p < m_end && *p == '.') {
        const char *fraction = ++p;
        while (p < m_end && isDigit(*p))
            ++p;
        if (p == fraction || p - fraction > 15)
            return nullptr;
    }
    if (p < m_end && (*p == 'e' || *p == 'E'))
        return nullptr; // an exponent may overflow, which QJsonDocument rejects
    m_tokens.push_back(
        {Type::Number, false, offset(start), offset(p), int(m_tokens.size() + 1), 0});
    return p;
}

const char *JsonScan::scanLiteral(const char *p, QByteArrayView word, Type type)
{
    if (m_end - p < word.size() || std::memcmp(p, word.data(), size_t(word.size())) != 0)
        return nullptr;
    m_tokens.push_back(
        {type, false, offset(p), offset(p + word.size()), int(m_tokens.size() + 1), 0});
    return p + word.size();
}

int JsonScan::member(int object, QLatin1StringView key) const
{
    if (!is(object, Type::Object))
        return kNone;
    int found = kNone;
    int at = object + 1;
    for (int n = count(object); n > 0; --n) {
        const Token &name = m_tokens[size_t(at)];
        if (name.escaped) {
            decline(); // "\u0074ype" is "type"; not worth comparing here
            return kNone;
        }
        if (name.end - name.begin == key.size() &&
            std::memcmp(m_json.data() + name.begin, key.data(), size_t(key.size())) == 0)
            found = at + 1; // the last one counts, as in QJsonDocument
        at = m_tokens[size_t(at + 1)].next;
    }
    return found;
}

QString JsonScan::string(int value) const
{
    const Token &token = m_tokens[size_t(value)];
    const char *data = m_json.data();
    if (!token.escaped)
        return QString::fromUtf8(data + token.begin, token.end - token.begin);
    QString out;
    out.reserve(token.end - token.begin);
    qsizetype i = token.begin;
    while (i < token.end) {
        qsizetype run = i;
        while (run < token.end && data[run] != '\\')
            ++run;
        if (run > i) {
            out += QString::fromUtf8(data + i, run - i);
            i = run;
            continue;
        }
        const char escape = data[i + 1];
        i += 2;
        switch (escape) {
        case 'b':
            out += QChar(0x08);
            break;
        case 'f':
            out += QChar(0x0C);
            break;
        case 'n':
            out += QChar(0x0A);
            break;
        case 'r':
            out += QChar(0x0D);
            break;
        case 't':
            out += QChar(0x09);
            break;
        case 'u': {
            char16_t unit = 0;
            for (qsizetype k = 0; k < 4; ++k)
                unit = char16_t((unit << 4) | hexValue(data[i + k]));
            out += QChar(unit); // a lone surrogate stays, as in QJsonDocument
            i += 4;
            break;
        }
        default: // '"', '\\', '/'
            out += QLatin1Char(escape);
            break;
        }
    }
    return out;
}

bool JsonScan::equals(int value, QLatin1StringView text) const
{
    if (!is(value, Type::String))
        return false;
    const Token &token = m_tokens[size_t(value)];
    if (token.escaped) {
        decline();
        return false;
    }
    return token.end - token.begin == text.size() &&
           std::memcmp(m_json.data() + token.begin, text.data(), size_t(text.size())) == 0;
}

std::optional<qint64> JsonScan::integer(int value) const
{
    if (!is(value, Type::Number))
        return std::nullopt;
    const Token &token = m_tokens[size_t(value)];
    qint64 n = 0;
    qsizetype i = token.begin;
    const bool negative = m_json[i] == '-';
    if (negative)
        ++i;
    for (; i < token.end; ++i) {
        if (!isDigit(m_json[i])) {
            decline(); // a fraction: QJsonDocument would say whether it is whole
            return std::nullopt;
        }
        n = n * 10 + (m_json[i] - '0');
    }
    return negative ? -n : n;
}

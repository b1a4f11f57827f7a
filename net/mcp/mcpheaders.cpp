// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpheaders.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

bool isTchar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(QChar(c));
}

struct Annotated
{
    QStringList path; // property names from the root
    QString header;
    QString type;
};

/** Finds every x-mcp-header; false when one sits where the rules forbid it. */
bool collect(const QJsonObject &schema, const QStringList &path, bool reachable,
             QList<Annotated> *out, QString *why)
{
    if (schema.contains("x-mcp-header"_L1)) {
        if (!reachable || path.isEmpty()) {
            *why = u"x-mcp-header outside a chain of properties"_s;
            return false;
        }
        const QJsonValue header = schema.value("x-mcp-header"_L1);
        if (!header.isString()) {
            *why = u"x-mcp-header is not a string"_s;
            return false;
        }
        out->append({path, header.toString(), schema.value("type"_L1).toString()});
    }
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QString key = it.key();
        if (key == "properties"_L1) {
            const QJsonObject properties = it.value().toObject();
            for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
                if (p.value().isObject() &&
                    !collect(p.value().toObject(), path + QStringList{p.key()}, reachable, out,
                             why))
                    return false;
            }
            continue;
        }
        // Anything else (items, oneOf, $defs, if/then …) is not statically reachable, but an
        // annotation inside it still makes the tool invalid.
        const QJsonValue value = it.value();
        if (value.isObject()) {
            if (!collect(value.toObject(), path, false, out, why))
                return false;
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (item.isObject() && !collect(item.toObject(), path, false, out, why))
                    return false;
            }
        }
    }
    return true;
}

QJsonValue valueAt(const QJsonObject &arguments, const QStringList &path)
{
    QJsonValue value = arguments;
    for (const QString &key : path) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(key);
    }
    return value;
}
} // namespace

namespace McpHeaders {
QByteArray encodeValue(const QString &value)
{
    bool plain = !value.isEmpty() && !value.front().isSpace() && !value.back().isSpace() &&
                 !(value.startsWith("=?base64?"_L1) && value.endsWith("?="_L1));
    for (const QChar c : value) {
        if (!plain)
            break;
        plain = c.unicode() >= 0x20 && c.unicode() <= 0x7E;
    }
    if (plain)
        return value.toLatin1();
    return "=?base64?" + value.toUtf8().toBase64() + "?=";
}

bool isToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!isTchar(c.unicode()))
            return false;
    }
    return true;
}

bool validateToolHeaders(const QJsonObject &inputSchema, QString *why)
{
    QList<Annotated> annotated;
    if (!collect(inputSchema, {}, true, &annotated, why))
        return false;
    QSet<QString> seen;
    for (const Annotated &a : std::as_const(annotated)) {
        if (!isToken(a.header)) {
            *why = u"x-mcp-header \"%1\" is not an HTTP token"_s.arg(a.header);
            return false;
        }
        if (a.type != "string"_L1 && a.type != "integer"_L1 && a.type != "boolean"_L1) {
            *why = u"x-mcp-header \"%1\" is on a property of type \"%2\""_s.arg(a.header, a.type);
            return false;
        }
        const QString folded = a.header.toLower();
        if (seen.contains(folded)) {
            *why = u"x-mcp-header \"%1\" is used twice"_s.arg(a.header);
            return false;
        }
        seen.insert(folded);
    }
    return true;
}

QList<std::pair<QByteArray, QByteArray>> paramHeaders(const QJsonObject &inputSchema,
                                                      const QJsonObject &arguments)
{
    QList<Annotated> annotated;
    QString why;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!collect(inputSchema, {}, true, &annotated, &why))
        return headers;
    for (const Annotated &a : std::as_const(annotated)) {
        const QJsonValue value = valueAt(arguments, a.path);
        QString text;
        if (value.isString()) {
            text = value.toString();
        } else if (value.isBool()) {
            text = value.toBool() ? u"true"_s : u"false"_s;
        } else if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::trunc(d) != d || std::fabs(d) > kMaxSafeInteger)
                continue; // not an integer the rules allow; the server will say so
            text = QString::number(qint64(d));
        } else {
            continue; // null or absent: no header
        }
        headers.append({"Mcp-Param-" + a.header.toLatin1(), encodeValue(text)});
    }
    return headers;
}
} // namespace McpHeaders

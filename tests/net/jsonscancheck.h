// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by tst_jsonscan and fuzz_jsonscan: whatever JsonScan reads, QJsonDocument reads the
// same way (the decoders' fast paths rely on it).

#include "jsonscan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace JsonScanCheck {

inline QString compareValue(const JsonScan &scan, int value, const QJsonValue &expected,
                            const QString &path)
{
    using namespace Qt::StringLiterals;
    using T = JsonScan::Type;
    const auto differs = [&](const QString &what) { return path + u": "_s + what; };
    switch (scan.type(value)) {
    case T::Null:
        return expected.isNull() ? QString() : differs(u"null"_s);
    case T::True:
    case T::False:
        return expected.isBool() && expected.toBool() == (scan.type(value) == T::True)
                   ? QString()
                   : differs(u"bool"_s);
    case T::Number: {
        const QByteArray raw = scan.raw(value).toByteArray();
        if (!expected.isDouble() || expected.toDouble() != raw.toDouble())
            return differs(u"number "_s + QString::fromLatin1(raw));
        if (!raw.contains('.') && expected.toInteger() != raw.toLongLong())
            return differs(u"integer "_s + QString::fromLatin1(raw));
        return {};
    }
    case T::String:
        return expected.isString() && expected.toString() == scan.string(value)
                   ? QString()
                   : differs(u"string"_s);
    case T::Array: {
        const QJsonArray array = expected.toArray();
        if (!expected.isArray() || array.size() != scan.count(value))
            return differs(u"array"_s);
        int element = scan.first(value);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inner =
                compareValue(scan, element, array.at(i), path + u'[' + QString::number(i) + u']');
            if (!inner.isEmpty())
                return inner;
            element = scan.next(element);
        }
        return {};
    }
    case T::Object: {
        if (!expected.isObject())
            return differs(u"object"_s);
        const QJsonObject object = expected.toObject();
        // Of two members with one key the last counts; member() finds that one too.
        QHash<QString, int> last;
        bool escapedKey = false;
        int key = scan.first(value);
        for (int n = scan.count(value); n > 0; --n) {
            last.insert(scan.string(key), key + 1);
            escapedKey = escapedKey || scan.raw(key).contains('\\');
            key = scan.next(key + 1);
        }
        if (last.size() != object.size())
            return differs(u"object size"_s);
        key = scan.first(value);
        for (int n = scan.count(value); n > 0; --n) {
            const QString name = scan.string(key);
            if (!object.contains(name))
                return differs(u"key "_s + name);
            const int found = scan.member(value, QLatin1StringView(scan.raw(key)));
            if (!escapedKey && found != last.value(name))
                return differs(u"member() "_s + name);
            const QString inner =
                compareValue(scan, last.value(name), object.value(name), path + u'.' + name);
            if (!inner.isEmpty())
                return inner;
            key = scan.next(key + 1);
        }
        return {};
    }
    }
    return differs(u"type"_s);
}

/**
 * Empty when JsonScan declines @p json or reads it as QJsonDocument does; otherwise where they
 * differ.
 */
inline QString compare(QByteArrayView json)
{
    using namespace Qt::StringLiterals;
    JsonScan scan;
    if (!scan.scan(json))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"scanned, but QJsonDocument says: "_s + error.errorString();
    return compareValue(scan, scan.root(), doc.object(), u"$"_s);
}

} // namespace JsonScanCheck

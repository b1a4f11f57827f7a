// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpaudit.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
void scanValue(const QJsonValue &value, const QString &where, QList<McpToolAudit::HiddenChar> *out)
{
    if (value.isString()) {
        out->append(McpToolAudit::findHiddenText(value.toString(), where));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString path = where.isEmpty() ? it.key() : where + u'.' + it.key();
            out->append(McpToolAudit::findHiddenText(it.key(), path + u"(key)"_s));
            scanValue(it.value(), path, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            scanValue(array.at(i), where + u'[' + QString::number(i) + u']', out);
    }
}

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(kHex[u >> 4]);
                out.append(kHex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendCanonical(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.007199254740992e15)
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        break;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            appendCanonical(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(),
                                                b.utf16() + b.size());
        });
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, keys.at(i));
            out.append(':');
            appendCanonical(out, object.value(keys.at(i)));
        }
        out.append('}');
        break;
    }
    }
}
} // namespace

namespace McpToolAudit {
bool classify(char32_t c, Mcp::HiddenKind *kind)
{
    using K = Mcp::HiddenKind;
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x180E) {
        *kind = K::ZeroWidth;
    } else if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069)) {
        *kind = K::BidiControl;
    } else if (c >= 0xE0000 && c <= 0xE007F) {
        *kind = K::Tag;
    } else if (c == 0x00AD || c == 0x034F || (c >= 0x2061 && c <= 0x2064) ||
               (c >= 0xFFF9 && c <= 0xFFFB) || c == 0x115F || c == 0x1160 || c == 0x3164 ||
               c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF)) {
        *kind = K::Invisible;
    } else if ((c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || (c >= 0x7F && c <= 0x9F)) {
        *kind = K::Control;
    } else {
        return false;
    }
    return true;
}

QList<HiddenChar> findHiddenText(QStringView text, const QString &where)
{
    QList<HiddenChar> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        const qsizetype offset = i;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        Mcp::HiddenKind kind;
        if (classify(c, &kind))
            found.append({where, offset, c, kind});
    }
    return found;
}

QList<HiddenChar> findHiddenText(const McpTool &tool)
{
    QList<HiddenChar> found = findHiddenText(tool.name, u"name"_s);
    found += findHiddenText(tool.title, u"title"_s);
    found += findHiddenText(tool.description, u"description"_s);
    scanValue(tool.inputSchema, u"inputSchema"_s, &found);
    scanValue(tool.outputSchema, u"outputSchema"_s, &found);
    scanValue(tool.annotations, u"annotations"_s, &found);
    return found;
}

QString describe(char32_t c)
{
    QString name;
    switch (c) {
    case 0x200B:
        name = u"ZERO WIDTH SPACE"_s;
        break;
    case 0x200C:
        name = u"ZERO WIDTH NON-JOINER"_s;
        break;
    case 0x200D:
        name = u"ZERO WIDTH JOINER"_s;
        break;
    case 0x2060:
        name = u"WORD JOINER"_s;
        break;
    case 0xFEFF:
        name = u"ZERO WIDTH NO-BREAK SPACE"_s;
        break;
    case 0x202E:
        name = u"RIGHT-TO-LEFT OVERRIDE"_s;
        break;
    case 0x202D:
        name = u"LEFT-TO-RIGHT OVERRIDE"_s;
        break;
    case 0x2066:
    case 0x2067:
    case 0x2068:
        name = u"BIDI ISOLATE"_s;
        break;
    case 0x2069:
        name = u"POP DIRECTIONAL ISOLATE"_s;
        break;
    default:
        if (c >= 0xE0000 && c <= 0xE007F)
            name = u"TAG CHARACTER"_s;
        break;
    }
    const QString code =
        u"U+%1"_s.arg(QString::number(uint(c), 16).toUpper(), c > 0xFFFF ? 5 : 4, u'0');
    return name.isEmpty() ? code : code + u' ' + name;
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    appendCanonical(out, value);
    return out;
}

QByteArray fingerprint(const McpTool &tool)
{
    const QJsonObject subject{{"name"_L1, tool.name},
                              {"description"_L1, tool.description},
                              {"inputSchema"_L1, tool.inputSchema},
                              {"annotations"_L1, tool.annotations}};
    return QCryptographicHash::hash(canonicalJson(subject), QCryptographicHash::Sha256).toHex();
}
} // namespace McpToolAudit

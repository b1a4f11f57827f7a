// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tst_markdownrenderer* tests: the tags the emitter writes, a checker of its output.

#include "markdownrenderer.h"

#include <QList>
#include <QSet>
#include <QTest>

namespace MarkdownRendererTesting {
using namespace Qt::StringLiterals;

inline const QString kImageMark = u"\U0001F5BC "_s;
inline const QString kCodeBlockOpen =
    u"<pre style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.12);\">"_s;
inline const QString kTableOpen =
    u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; "
    u"border-style: solid; border-color: #808080;\">"_s;
inline const QString kInlineCodeOpen =
    u"<code style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.18);\">"_s;

inline QString render(const QString &markdown)
{
    return MarkdownRenderer::toHtml(markdown);
}

/*
 * Checks the emitter's output contract: every '<' starts an allowed tag (all text '<' are
 * escaped), tags nest properly, the only attributes are the ones the emitter writes, and every
 * href is http(s). Returns an empty string when the HTML is fine, else what is wrong.
 */
inline QString structureError(const QString &html)
{
    static const QSet<QString> voidTags{u"br"_s, u"hr"_s};
    static const QSet<QString> containerTags{
        u"p"_s,     u"h1"_s,    u"h2"_s, u"h3"_s,         u"h4"_s,  u"h5"_s,   u"h6"_s,
        u"ul"_s,    u"ol"_s,    u"li"_s, u"blockquote"_s, u"pre"_s, u"code"_s, u"table"_s,
        u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s,         u"td"_s,  u"a"_s,    u"strong"_s,
        u"em"_s,    u"s"_s,     u"u"_s,  u"div"_s};
    QList<QString> open;
    qsizetype pos = 0;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        const qsizetype end = html.indexOf(u'>', pos);
        if (end < 0)
            return u"unterminated tag at %1"_s.arg(pos);
        const QStringView tag = QStringView(html).sliced(pos + 1, end - pos - 1);
        if (tag.contains(u'<'))
            return u"'<' inside tag at %1"_s.arg(pos);
        const bool closing = tag.startsWith(u'/');
        const QStringView body = closing ? tag.sliced(1) : tag;
        const qsizetype nameEnd = body.indexOf(u' ');
        const QString name = (nameEnd < 0 ? body : body.first(nameEnd)).toString();
        const QStringView attrs = nameEnd < 0 ? QStringView() : body.sliced(nameEnd);
        if (voidTags.contains(name)) {
            if (closing || (attrs != u" /" && !attrs.isEmpty()))
                return u"bad void tag <%1>"_s.arg(tag);
        } else if (!containerTags.contains(name)) {
            return u"tag not allowed: <%1>"_s.arg(tag);
        } else if (closing) {
            if (open.isEmpty() || open.takeLast() != name)
                return u"mismatched </%1> at %2"_s.arg(name).arg(pos);
        } else {
            open.append(name);
            if (name == u"a") {
                static const QString httpPrefix = u" href=\"http://"_s;
                static const QString httpsPrefix = u" href=\"https://"_s;
                if (!(attrs.startsWith(httpPrefix) || attrs.startsWith(httpsPrefix)) ||
                    !attrs.endsWith(u'"') || attrs.count(u'"') != 2) {
                    return u"bad link <%1>"_s.arg(tag);
                }
            } else if (!attrs.isEmpty()) {
                bool allowed = false;
                if (name == u"p")
                    allowed = attrs == u" style=\"white-space: pre-wrap;\"";
                else if (name == u"pre" || name == u"code")
                    allowed = attrs.startsWith(u" style=\"font-family");
                else if (name == u"table")
                    allowed = u"<table"_s + attrs + u'>' == kTableOpen;
                else if (name == u"ol")
                    allowed = attrs.startsWith(u" start=\"");
                else if (name == u"th" || name == u"td")
                    allowed = attrs.startsWith(u" align=\"");
                if (!allowed)
                    return u"unexpected attributes <%1>"_s.arg(tag);
            }
        }
        pos = end + 1;
    }
    if (!open.isEmpty())
        return u"unclosed <%1>"_s.arg(open.last());
    return {};
}

inline QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

} // namespace MarkdownRendererTesting

// Fails the test, saying what is wrong, when @p html breaks the emitter's output contract.
#define VERIFY_STRUCTURE(html)                                                                     \
    do {                                                                                           \
        const QString structureError_ = MarkdownRendererTesting::structureError(html);             \
        QVERIFY2(structureError_.isEmpty(), qPrintable(structureError_));                          \
    } while (false)

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "searchhighlight.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

SearchHighlight::SearchHighlight(QObject *parent)
    : QObject(parent)
{}

QString SearchHighlight::styledText(const QString &text, const QVariantList &highlights) const
{
    QString out;
    out.reserve(text.size() + highlights.size() * 7);
    qsizetype pos = 0;
    for (const QVariant &range : highlights) {
        const QVariantMap r = range.toMap();
        const qsizetype start = std::max<qsizetype>(r.value(u"offset"_s).toLongLong(), 0);
        const qsizetype end =
            std::min<qsizetype>(start + r.value(u"length"_s).toLongLong(), text.size());
        if (start < pos || end <= start)
            continue;
        out += QStringView(text).mid(pos, start - pos).toString().toHtmlEscaped();
        out += u"<b>"_s + QStringView(text).mid(start, end - start).toString().toHtmlEscaped() +
               u"</b>"_s;
        pos = end;
    }
    out += QStringView(text).mid(pos).toString().toHtmlEscaped();
    return out;
}

// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachment.h"

using namespace Qt::StringLiterals;

Attachment::Kind Attachment::kind() const
{
    return kindOf(mimeType);
}

Attachment::Kind Attachment::kindOf(const QString &mimeType)
{
    if (mimeType.startsWith("image/"_L1))
        return Kind::Image;
    if (mimeType == "application/pdf"_L1)
        return Kind::Pdf;
    return Kind::Text;
}

bool Attachment::isValidHash(QStringView hash)
{
    if (hash.size() != 64)
        return false;
    for (const QChar c : hash) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

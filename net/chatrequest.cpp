// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatrequest.h"

using namespace Qt::StringLiterals;

namespace Reasoning {

QString effortName(Effort effort)
{
    switch (effort) {
    case Effort::Default:
        return {};
    case Effort::None:
        return u"none"_s;
    case Effort::Low:
        return u"low"_s;
    case Effort::Medium:
        return u"medium"_s;
    case Effort::High:
        return u"high"_s;
    }
    return {};
}

Effort effortFromName(QStringView name)
{
    for (const Effort effort : {Effort::None, Effort::Low, Effort::Medium, Effort::High}) {
        if (name == effortName(effort))
            return effort;
    }
    return Effort::Default;
}

} // namespace Reasoning

namespace ChatMessages {

QString toolResultText(const ChatMessage &message, bool markError)
{
    QString text = message.content;
    for (const ChatImage &image : message.toolImages) {
        if (!text.isEmpty())
            text += u'\n';
        // For the model, in English like the tools' own text.
        text += u"[The tool returned an image (%1, %2 bytes of base64); the user sees it, but "
                u"it cannot be sent here.]"_s.arg(image.mimeType)
                    .arg(image.base64.size());
    }
    if (markError && message.toolError)
        text.prepend(u"Error: "_s);
    return text;
}

} // namespace ChatMessages

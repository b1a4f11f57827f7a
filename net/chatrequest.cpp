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

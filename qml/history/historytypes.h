// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationlistmodel.h"
#include "historycontroller.h"
#include "searchresultmodel.h"

#include <QtQml/qqml.h>

/** Exposes the history types of models/ to QML. */
struct HistoryControllerForeign
{
    Q_GADGET
    QML_FOREIGN(HistoryController)
    QML_NAMED_ELEMENT(HistoryController)
    QML_UNCREATABLE("Created by the application")
};

struct ConversationListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ConversationListModel)
    QML_NAMED_ELEMENT(ConversationListModel)
    QML_UNCREATABLE("Provided by HistoryController.conversations")
};

struct SearchResultModelForeign
{
    Q_GADGET
    QML_FOREIGN(SearchResultModel)
    QML_NAMED_ELEMENT(SearchResultModel)
    QML_UNCREATABLE("Provided by HistoryController.searchResults")
};

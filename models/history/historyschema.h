// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * @brief The history database's schema as ordered migrations (PRAGMA user_version N means the
 * first N are applied). Migration 1 is the first released schema and stays frozen: the schema
 * changes only by appending a migration.
 */
namespace HistorySchema {
/** The newest schema version. */
int latestVersion();
/** Applies the migrations after the database's version up to @p toVersion, each in its own
 * transaction. On failure it rolls the failing one back and returns false with @p error. */
bool migrate(QSqlDatabase &db, int toVersion, QString *error);
} // namespace HistorySchema

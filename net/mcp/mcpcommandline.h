// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace McpCommandLine {
/**
 * Splits a command line into a program and its arguments the way a POSIX shell splits words,
 * without running a shell: no variables, globbing, pipes or redirections are interpreted.
 * Single quotes keep everything up to the next single quote; double quotes keep everything
 * but `\"`, `\\`, `\$` and `` \` `` escapes; outside quotes a backslash keeps the next
 * character. Returns an empty list and sets @p error (for people) when a quote is not closed,
 * the line ends in a backslash, or there are no words.
 */
QStringList split(QStringView command, QString *error);

/** The inverse, for showing a command: each word quoted only when it needs it. */
QString join(const QStringList &words);
} // namespace McpCommandLine

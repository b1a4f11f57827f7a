// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "icontheme.h"

#include <QDirIterator>
#include <QIcon>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace IconTheme {

void install()
{
    const QString name = QString::fromUtf16(kName);
    const QString searchPath = QString::fromUtf16(kSearchPath);
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(searchPath)) {
        paths.append(searchPath); // after the desktop's folders, so its themes win
        QIcon::setThemeSearchPaths(paths);
    }
    QIcon::setFallbackThemeName(name);
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(name);
}

QStringList bundledNames()
{
    QStringList names;
    QDirIterator it(QString::fromUtf16(kSearchPath) + u'/' + QString::fromUtf16(kName),
                    {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(it.nextFileInfo().completeBaseName());
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace IconTheme

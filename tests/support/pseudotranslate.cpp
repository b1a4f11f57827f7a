// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// confab-pseudo-translate IN.ts OUT.ts: writes OUT.ts with every message of IN.ts translated into
// the pseudo-language of tsfile.h (longer, accented, placeholders kept), for lrelease and the
// layout tests (tests/look). Language "en", two plural forms.
#include "tsfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: confab-pseudo-translate IN.ts OUT.ts\n");
        return 2;
    }
    QString error;
    const std::optional<TsFile> in = TsFile::read(args.at(1), &error);
    if (!in) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const TsFile out = PseudoTranslation::translated(*in, u"en"_s);
    if (!out.write(args.at(2), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld messages pseudo-translated into %s\n", qlonglong(out.messages.size()),
                qPrintable(args.at(2)));
    return 0;
}

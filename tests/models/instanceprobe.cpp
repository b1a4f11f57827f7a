// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-instance-probe DIR: a second process for tst_singleinstance. Prints "primary" and
// keeps running (printing "activated" for each activation), or prints "secondary" and exits.

#include "singleinstance.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    SingleInstance instance(QStringLiteral("io.github.confabchat.ConfabTest"),
                                           app.arguments().at(1));
    if (!instance.claim()) {
        std::printf("secondary\n");
        return 0;
    }
    QObject::connect(&instance, &SingleInstance::activateRequested, &app, [] {
        std::printf("activated\n");
        std::fflush(stdout);
    });
    std::printf("primary\n");
    std::fflush(stdout);
    return app.exec();
}

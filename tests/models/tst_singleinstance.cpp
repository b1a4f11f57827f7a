// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    const QString kKey = u"io.github.confabchat.ConfabTest"_s;

    static QProcess *startProbe(const QString &dir, QObject *parent)
    {
        auto *probe = new QProcess(parent);
        probe->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe->start(QStringLiteral(CONFAB_INSTANCE_PROBE), {dir});
        return probe;
    }

private Q_SLOTS:
    void secondObjectActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(kKey, dir.path());
        QVERIFY(first.claim());
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activateRequested);
        {
            SingleInstance second(kKey, dir.path());
            QVERIFY(!second.claim());
            QVERIFY(!second.isPrimary());
        }
        QTRY_COMPARE(activated.count(), 1);
    }

    void theNextLaunchAfterAQuitIsFirst()
    {
        QTemporaryDir dir;
        {
            SingleInstance first(kKey, dir.path());
            QVERIFY(first.claim());
        }
        SingleInstance next(kKey, dir.path());
        QVERIFY(next.claim());
    }

    void secondProcessActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(kKey, dir.path());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activateRequested);
        QProcess *probe = startProbe(dir.path(), this);
        QTRY_VERIFY_WITH_TIMEOUT(probe->state() == QProcess::NotRunning, 10000);
        QCOMPARE(probe->exitCode(), 0);
        QCOMPARE(probe->readAllStandardOutput(), "secondary\n"_ba);
        QTRY_COMPARE(activated.count(), 1);
        delete probe;
    }

    void aCrashedFirstProcessIsReplaced()
    {
        QTemporaryDir dir;
        QProcess *probe = startProbe(dir.path(), this);
        QByteArray output;
        const auto read = [&] { return output += probe->readAllStandardOutput(); };
        QTRY_COMPARE_WITH_TIMEOUT(read(), "primary\n"_ba, 10000);
        {
            // While it runs, this process is the second one and activates it.
            SingleInstance second(kKey, dir.path());
            QVERIFY(!second.claim());
            QTRY_COMPARE(read(), "primary\nactivated\n"_ba);
        }
        probe->kill(); // SIGKILL: lock file and socket stay behind
        QVERIFY(probe->waitForFinished());
        QVERIFY(QFile::exists(dir.filePath(kKey + u".lock"_s)));
        SingleInstance next(kKey, dir.path());
        QVERIFY(next.claim());
        QSignalSpy activated(&next, &SingleInstance::activateRequested);
        SingleInstance another(kKey, dir.path());
        QVERIFY(!another.claim());
        QTRY_COMPARE(activated.count(), 1);
        delete probe;
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

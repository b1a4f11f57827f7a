// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Numbers and dates the interface shows follow the interface's locale (QLocale's default, which
// app/uilanguage.cpp sets), not C's.
#include "answerlabels.h"
#include "conversationlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLocaleFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void answerStatsUseTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("stats");
        QTest::newRow("English") << u"en_US"_s
                                 << u"m  ·  1,234 → 56 tokens  ·  first token 1.50 s  ·  "
                                    "12.5 tokens/s"_s;
        QTest::newRow("German") << u"de_DE"_s
                                << u"m  ·  1.234 → 56 tokens  ·  first token 1,50 s  ·  "
                                   "12,5 tokens/s"_s;
    }

    void answerStatsUseTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, stats);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(AnswerLabels().answerStats(u"m"_s, 1234, 56, 1500, 12.5), stats);
    }

    void historyMonthSectionsUseTheLocale()
    {
        QLocale::setDefault(QLocale(u"fr_FR"_s));
        const QDateTime now(QDate(2026, 11, 21), QTime(12, 0));
        const QDateTime march(QDate(2026, 3, 2), QTime(12, 0));
        QCOMPARE(ConversationListModel::sectionFor(march, false, now), u"mars 2026"_s);
    }
};

QTEST_MAIN(TestLocaleFormats)
#include "tst_localeformats.moc"

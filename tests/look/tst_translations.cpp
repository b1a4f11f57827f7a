// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// The translations (resources/translations): every tr()/qsTr() string of the application is in
// every .ts file, how many each language still lacks, and the pseudo-translation the layout
// tests load.
#include "tsfile.h"
#include "uilanguage.h"
#include "uilanguages.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsInEveryTsFile();
    void reportUnfinished();
    void bundledLanguages();
    void pseudoKeepsWhatTranslatorsKeep_data();
    void pseudoKeepsWhatTranslatorsKeep();
    void pseudoIsLongerAndAccented();
    void pseudoFileFillsEveryForm();
    void installFollowsTheSettingElseTheSystem();
    void englishHasEveryPluralForm();

private:
    static QStringList tsFiles() { return QStringLiteral(CONFAB_TS_FILES).split(u'|'); }
};

void TestTranslations::everyStringIsInEveryTsFile()
{
    // lupdate over the same folders as the update_translations target, into copies.
    QTemporaryDir dir;
    QStringList copies;
    for (const QString &ts : tsFiles()) {
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CONFAB_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = QStringLiteral(CONFAB_TRANSLATED_DIRS).split(u'|');
    args << QStringLiteral(CONFAB_LUPDATE_OPTIONS).split(u'|')
                           << u"-no-obsolete"_s << u"-ts"_s << copies;
    lupdate.start(QStringLiteral(CONFAB_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(60'000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));

    // "Found 433 source text(s) (2 new and 431 already existing)", once per file.
    static const QRegularExpression found(uR"(Found (\d+) source text\(s\) \((\d+) new)"_s);
    QRegularExpressionMatchIterator it = found.globalMatch(output);
    QStringList problems;
    for (int i = 0; i < copies.size(); ++i) {
        QVERIFY2(it.hasNext(), qPrintable(u"lupdate said:\n"_s + output));
        const QRegularExpressionMatch match = it.next();
        QVERIFY(match.captured(1).toInt() > 0);
        if (match.captured(2).toInt() == 0)
            continue;
        // Name them: the messages of the refreshed copy that the committed file lacks.
        const auto committed = TsFile::read(tsFiles().at(i));
        const auto refreshed = TsFile::read(copies.at(i));
        QVERIFY(committed && refreshed);
        QSet<QString> known;
        for (const TsMessage &m : committed->messages)
            known.insert(m.key());
        for (const TsMessage &m : refreshed->messages) {
            if (!known.contains(m.key())) {
                problems.append(u"%1: %2: “%3”%4"_s.arg(
                    QFileInfo(tsFiles().at(i)).fileName(), m.context, m.source,
                    m.comment.isEmpty() ? QString() : u" (%1)"_s.arg(m.comment)));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"Strings missing from the .ts files; run `cmake --build <build> "
                        "--target update_translations` and commit the result:\n"_s +
                        problems.join(u'\n')));
}

void TestTranslations::reportUnfinished()
{
    // Not a failure yet: the strings are still changing; the translations come at the end.
    for (const QString &path : tsFiles()) {
        QString error;
        const auto ts = TsFile::read(path, &error);
        QVERIFY2(ts, qPrintable(error));
        int current = 0;
        int unfinished = 0;
        for (const TsMessage &m : ts->messages) {
            if (!m.isCurrent())
                continue;
            ++current;
            if (!m.isFinished())
                ++unfinished;
        }
        QVERIFY(current > 0);
        qInfo("%s: %d of %d strings unfinished", qPrintable(QFileInfo(path).fileName()), unfinished,
              current);
    }
}

void TestTranslations::bundledLanguages()
{
    // The five languages of the issue, named in themselves for the settings.
    QStringList languages;
    for (const QString &path : tsFiles()) {
        const QString name = QFileInfo(path).completeBaseName().mid(7); // confab_<name>
        languages.append(name);
        const auto ts = TsFile::read(path);
        QVERIFY(ts);
        QCOMPARE(QLocale(ts->language).language(), QLocale(name).language());
        QCOMPARE(ts->sourceLanguage, u"en"_s);
    }
    languages.sort();
    QCOMPARE(languages, QStringList({u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s}));
    QCOMPARE(UiLanguages::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(UiLanguages::nativeName(u"zh_CN"_s), u"简体中文"_s);
    QCOMPARE(UiLanguages::nativeName(u"pt"_s), u"Português"_s); // CLDR's, capitalised
}

void TestTranslations::pseudoKeepsWhatTranslatorsKeep_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("placeholders") << u"%1 at %2 — %n model(s), %L3 tokens, 100%%"_s
                                  << QStringList{u"%1"_s, u"%2"_s, u"%n"_s, u"%L3"_s, u"%%"_s};
    QTest::newRow("tags and entities")
        << u"<b>Bold</b> &amp; <a href=\"x\">link</a>"_s
        << QStringList{u"<b>"_s, u"</b>"_s, u"&amp;"_s, u"<a href=\"x\">"_s, u"</a>"_s};
    QTest::newRow("shortcuts") << u"Open Settings (Ctrl+,), Ctrl+Shift+F, Shift+Enter"_s
                               << QStringList{u"Ctrl+,"_s, u"Ctrl+Shift+F"_s, u"Shift+Enter"_s};
    QTest::newRow("URLs and variables")
        << u"Set OPENAI_API_KEY or see https://example.org/a?b=c"_s
        << QStringList{u"OPENAI_API_KEY"_s, u"https://example.org/a?b=c"_s};
}

void TestTranslations::pseudoKeepsWhatTranslatorsKeep()
{
    QFETCH(QString, source);
    QFETCH(QStringList, kept);
    const QString pseudo = PseudoTranslation::translate(source);
    for (const QString &k : kept)
        QVERIFY2(pseudo.contains(k), qPrintable(pseudo + u" lacks "_s + k));
}

void TestTranslations::pseudoIsLongerAndAccented()
{
    const QString source = u"No provider yet. Add one with “Add provider…” below."_s;
    const QString pseudo = PseudoTranslation::translate(source);
    QVERIFY2(pseudo.size() >= source.size() * 13 / 10, qPrintable(pseudo));
    QVERIFY2(pseudo.size() <= source.size() * 17 / 10, qPrintable(pseudo));
    QVERIFY(pseudo.startsWith(u"[Ñö"_s));
    QVERIFY(pseudo.endsWith(u']'));
    for (QChar c : pseudo)
        QVERIFY2(c.unicode() < u'a' || c.unicode() > u'z', qPrintable(pseudo));
    // White space around a piece stays outside the brackets; blank strings stay blank.
    QCOMPARE(PseudoTranslation::translate(u" ok\n"_s), u" [öķö]\n"_s);
    QCOMPARE(PseudoTranslation::translate(u" "_s), u" "_s);
}

void TestTranslations::pseudoFileFillsEveryForm()
{
    TsFile file;
    file.language = u"de_DE"_s;
    file.sourceLanguage = u"en"_s;
    TsMessage plural{u"Page"_s, u"%n model(s)"_s, u"count"_s, true, u"unfinished"_s, {}};
    TsMessage gone{u"Page"_s, u"Old"_s, {}, false, u"vanished"_s, {u"Alt"_s}};
    TsMessage plain{u"Other"_s, u"Save"_s, {}, false, u"unfinished"_s, {u""_s}};
    file.messages = {plural, gone, plain};
    const TsFile pseudo = PseudoTranslation::translated(file, u"en"_s);
    QCOMPARE(pseudo.language, u"en"_s);
    QCOMPARE(pseudo.messages.size(), 2); // the vanished one is left out
    QCOMPARE(pseudo.messages.at(0).translations.size(), 2);
    QVERIFY(pseudo.messages.at(0).isFinished());
    QVERIFY(pseudo.messages.at(0).translations.at(1).startsWith(u"[%n "_s));
    QCOMPARE(pseudo.messages.at(0).comment, u"count"_s);
    QCOMPARE(pseudo.messages.at(1).translations, QStringList{u"[Šåṽéšå]"_s});

    // And it survives a write and a read.
    QTemporaryDir dir;
    QVERIFY(pseudo.write(dir.filePath(u"p.ts"_s)));
    const auto back = TsFile::read(dir.filePath(u"p.ts"_s));
    QVERIFY(back);
    QCOMPARE(back->messages.size(), 2);
    QCOMPARE(back->messages.at(0).key(), pseudo.messages.at(0).key());
    QCOMPARE(back->messages.at(0).translations, pseudo.messages.at(0).translations);
    QCOMPARE(back->messages.at(1).translations, pseudo.messages.at(1).translations);
}

void TestTranslations::installFollowsTheSettingElseTheSystem()
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto uninstall = [app] {
        for (QTranslator *translator : app->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    };
    const char *context = "LanguageList";
    const char *text = "Follow the system";

    // No setting: the system's language, for the words and for numbers.
    QCOMPARE(UiLanguage::install(app, QString(), QLocale(u"ja_JP"_s)).name(), u"ja_JP"_s);
    QCOMPARE(QLocale().name(), u"ja_JP"_s);
    QCOMPARE(QCoreApplication::translate(context, text), u"システムに従う"_s);
    uninstall();

    // The setting wins over the system.
    QCOMPARE(UiLanguage::install(app, u"de"_s, QLocale(u"ja_JP"_s)).name(), u"de_DE"_s);
    QCOMPARE(QCoreApplication::translate(context, text), u"Wie das System"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
    uninstall();

    // English is the source: only its plural forms are loaded; a language without a
    // translation still sets the locale.
    UiLanguage::install(app, u"en"_s, QLocale(u"de_DE"_s));
    QCOMPARE(QCoreApplication::translate(context, text), QString::fromLatin1(text));
    QCOMPARE(QCoreApplication::translate("FirstRunOfferPage", "%1 at %2 — %n model(s)", nullptr, 1),
             u"%1 at %2 — 1 model"_s);
    QCOMPARE(QCoreApplication::translate("FirstRunOfferPage", "%1 at %2 — %n model(s)", nullptr, 3),
             u"%1 at %2 — 3 models"_s);
    uninstall();
    QCOMPARE(UiLanguage::install(app, u"pt_BR"_s).name(), u"pt_BR"_s);
    QCOMPARE(QCoreApplication::translate(context, text), QString::fromLatin1(text));
    uninstall();
}

void TestTranslations::englishHasEveryPluralForm()
{
    // confab_en.ts holds the %n strings alone, each with its singular and plural: the same
    // strings as the other catalogues' numerus messages (update_translations keeps both).
    const QString dir = QFileInfo(tsFiles().constFirst()).absolutePath();
    QString error;
    const auto english = TsFile::read(dir + u"/confab_en.ts"_s, &error);
    QVERIFY2(english, qPrintable(error));
    const auto german = TsFile::read(tsFiles().constFirst(), &error);
    QVERIFY2(german, qPrintable(error));
    QStringList expected;
    for (const TsMessage &m : german->messages) {
        if (m.numerus && m.isCurrent())
            expected.append(m.key());
    }
    QStringList found;
    for (const TsMessage &m : english->messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        if (!m.isCurrent())
            continue;
        found.append(m.key());
        QVERIFY2(m.isFinished() && m.translations.size() == 2, qPrintable(m.source));
        QVERIFY2(m.translations.at(0) != m.translations.at(1), qPrintable(m.source));
    }
    expected.sort();
    found.sort();
    QCOMPARE(found, expected);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

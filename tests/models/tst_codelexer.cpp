// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codelexer.h"

#include <QTest>

#include <time.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using Language = CodeLanguage;

namespace {

/** Collects the runs of a lexed piece of code. */
class Runs : public CodeLexer::Sink
{
public:
    void add(QStringView text, CodeToken token) override
    {
        QVERIFY(!text.isEmpty());
        m_text += text;
        m_runs.append({text.toString(), token});
    }

    /** The whole text the runs carried. */
    const QString &text() const { return m_text; }

    /**
     * The classed tokens as "class:text": neighbouring runs of one class joined, Plain runs and
     * whitespace-only runs skipped ("preprocessor" is written "preproc").
     */
    QStringList tokens() const
    {
        QStringList out;
        CodeToken last = CodeToken::Plain;
        QString text;
        const auto flush = [&] {
            if (last != CodeToken::Plain && !text.trimmed().isEmpty()) {
                const QString name =
                    last == CodeToken::Preprocessor ? u"preproc"_s : QString(codeTokenName(last));
                out.append(name + u':' + text);
            }
            text.clear();
        };
        for (const auto &[runText, token] : m_runs) {
            if (token != last)
                flush();
            last = token;
            text += runText;
        }
        flush();
        return out;
    }

private:
    QString m_text;
    QList<std::pair<QString, CodeToken>> m_runs;
};

Runs lex(const QString &code, Language language, CodeLexer::State *state = nullptr)
{
    Runs runs;
    CodeLexer::State local;
    CodeLexer::lex(code, language, runs, state ? *state : local);
    return runs;
}

} // namespace

class TestCodeLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageNames_data();
    void languageNames();
    void tokensPerLanguage_data();
    void tokensPerLanguage();
    void runsCoverTheCode_data();
    void runsCoverTheCode();
    void stateCarriesAcrossPieces_data();
    void stateCarriesAcrossPieces();
    void singleLineStringsEndWithTheLine();
    void linearOnLargeInput_data();
    void linearOnLargeInput();
};

void TestCodeLexer::languageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Language>("language");
    QTest::newRow("cpp") << u"cpp"_s << Language::C;
    QTest::newRow("C++") << u"C++"_s << Language::C;
    QTest::newRow("c") << u"c"_s << Language::C;
    QTest::newRow("py") << u"py"_s << Language::Python;
    QTest::newRow("Python") << u"Python"_s << Language::Python;
    QTest::newRow("ts") << u"ts"_s << Language::JavaScript;
    QTest::newRow("javascript") << u"javascript"_s << Language::JavaScript;
    QTest::newRow("json") << u"json"_s << Language::Json;
    QTest::newRow("bash") << u"bash"_s << Language::Shell;
    QTest::newRow("sh") << u"sh"_s << Language::Shell;
    QTest::newRow("rust") << u"rust"_s << Language::Rust;
    QTest::newRow("go") << u"go"_s << Language::Go;
    QTest::newRow("java") << u"java"_s << Language::Java;
    QTest::newRow("SQL") << u"SQL"_s << Language::Sql;
    QTest::newRow("yml") << u"yml"_s << Language::Yaml;
    QTest::newRow("html") << u"html"_s << Language::Markup;
    QTest::newRow("xml") << u"xml"_s << Language::Markup;
    QTest::newRow("css") << u"css"_s << Language::Css;
    QTest::newRow("diff") << u"diff"_s << Language::Diff;
    QTest::newRow("unknown") << u"brainfuck"_s << Language::None;
    QTest::newRow("empty") << QString() << Language::None;
}

void TestCodeLexer::languageNames()
{
    QFETCH(QString, name);
    QFETCH(Language, language);
    QCOMPARE(codeLanguageForName(name), language);
}

void TestCodeLexer::tokensPerLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("c++") << Language::C
                         << u"#include <vector>\nint main() { return 0x1F; } // done\n"
                            u"/* block */ auto s = \"a\\\"b\"; char c = 'x';"_s
                         << QStringList{u"preproc:#include <vector>"_s,
                                        u"type:int"_s,
                                        u"function:main"_s,
                                        u"keyword:return"_s,
                                        u"number:0x1F"_s,
                                        u"comment:// done"_s,
                                        u"comment:/* block */"_s,
                                        u"keyword:auto"_s,
                                        u"string:\"a\\\"b\""_s,
                                        u"type:char"_s,
                                        u"string:'x'"_s};
    QTest::newRow("python") << Language::Python
                            << u"@cache\ndef f(x: int) -> None:\n    return 1.5e3  # hi\n"
                               u"s = '''doc'''"_s
                            << QStringList{
                                   u"preproc:@cache"_s, u"keyword:def"_s,  u"function:f"_s,
                                   u"type:int"_s,       u"keyword:None"_s, u"keyword:return"_s,
                                   u"number:1.5e3"_s,   u"comment:# hi"_s, u"string:'''doc'''"_s};
    QTest::newRow("typescript") << Language::JavaScript
                                << u"const x: number = `t${1}`; // c\nfunction g() {}"_s
                                << QStringList{u"keyword:const"_s,    u"type:number"_s,
                                               u"string:`t${1}`"_s,   u"comment:// c"_s,
                                               u"keyword:function"_s, u"function:g"_s};
    QTest::newRow("json") << Language::Json << u"{\"key\": [1, -2.5e3, true, null, \"v\"]}"_s
                          << QStringList{u"attribute:\"key\""_s, u"number:1"_s,
                                         u"number:-2.5e3"_s,     u"keyword:true"_s,
                                         u"keyword:null"_s,      u"string:\"v\""_s};
    QTest::newRow("bash") << Language::Shell
                          << u"if [ -n \"$HOME\" ]; then echo ${PATH} $1 # note\nfi"_s
                          << QStringList{u"keyword:if"_s,       u"string:\"$HOME\""_s,
                                         u"keyword:then"_s,     u"type:echo"_s,
                                         u"variable:${PATH}"_s, u"variable:$1"_s,
                                         u"comment:# note"_s,   u"keyword:fi"_s};
    QTest::newRow("rust") << Language::Rust
                          << u"#[derive(Debug)]\nfn main<'a>() { let v: u32 = 7; println!(\"x\"); "
                             u"let r = r#\"raw\"#; }"_s
                          << QStringList{u"preproc:#[derive(Debug)]"_s,
                                         u"keyword:fn"_s,
                                         u"type:'a"_s,
                                         u"keyword:let"_s,
                                         u"type:u32"_s,
                                         u"number:7"_s,
                                         u"function:println!"_s,
                                         u"string:\"x\""_s,
                                         u"keyword:let"_s,
                                         u"string:r#\"raw\"#"_s};
    QTest::newRow("go") << Language::Go
                        << u"package main\nfunc f() error { return nil } // x\nvar s = `raw`"_s
                        << QStringList{
                               u"keyword:package"_s, u"keyword:func"_s,   u"function:f"_s,
                               u"type:error"_s,      u"keyword:return"_s, u"keyword:nil"_s,
                               u"comment:// x"_s,    u"keyword:var"_s,    u"string:`raw`"_s};
    QTest::newRow("java") << Language::Java
                          << u"@Override\npublic static void main(String[] a) { int n = 42; }"_s
                          << QStringList{u"preproc:@Override"_s, u"keyword:public"_s,
                                         u"keyword:static"_s,    u"type:void"_s,
                                         u"function:main"_s,     u"type:String"_s,
                                         u"type:int"_s,          u"number:42"_s};
    QTest::newRow("sql") << Language::Sql
                         << u"SELECT name FROM users WHERE id = 3 -- c\nAND x = 'O''Brien';"_s
                         << QStringList{u"keyword:SELECT"_s,   u"keyword:FROM"_s,
                                        u"keyword:WHERE"_s,    u"number:3"_s,
                                        u"comment:-- c"_s,     u"keyword:AND"_s,
                                        u"string:'O''Brien'"_s};
    QTest::newRow("yaml") << Language::Yaml
                          << u"---\nname: \"app\" # c\nitems:\n  - port: 8080\n    on: true"_s
                          << QStringList{
                                 u"meta:---"_s,    u"attribute:name"_s,  u"string:\"app\""_s,
                                 u"comment:# c"_s, u"attribute:items"_s, u"attribute:port"_s,
                                 u"number:8080"_s, u"attribute:on"_s,    u"keyword:true"_s};
    QTest::newRow("html") << Language::Markup << u"<!-- c -->\n<a href=\"x\">T &amp; U</a>"_s
                          << QStringList{u"comment:<!-- c -->"_s,
                                         u"tag:<a"_s,
                                         u"attribute:href"_s,
                                         u"string:\"x\""_s,
                                         u"tag:>"_s,
                                         u"number:&amp;"_s,
                                         u"tag:</a>"_s};
    QTest::newRow("css") << Language::Css
                         << u"/* c */ .btn > a { color: #fff; margin: 4px !important; }"_s
                         << QStringList{u"comment:/* c */"_s, u"type:.btn"_s,
                                        u"tag:a"_s,           u"attribute:color"_s,
                                        u"number:#fff"_s,     u"attribute:margin"_s,
                                        u"number:4px"_s,      u"keyword:!important"_s};
    QTest::newRow("diff") << Language::Diff << u"--- a/f\n+++ b/f\n@@ -1 +1 @@\n-old\n+new\n same"_s
                          << QStringList{u"meta:--- a/f"_s, u"meta:+++ b/f"_s,
                                         u"preproc:@@ -1 +1 @@"_s, u"deleted:-old"_s,
                                         u"inserted:+new"_s};
}

void TestCodeLexer::tokensPerLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    const Runs runs = lex(code, language);
    QCOMPARE(runs.tokens().join(u" | "_s), expected.join(u" | "_s));
    QCOMPARE(runs.text(), code);
}

void TestCodeLexer::runsCoverTheCode_data()
{
    QTest::addColumn<Language>("language");
    for (int l = int(Language::None); l <= int(Language::Diff); ++l)
        QTest::addRow("language %d", l) << Language(l);
}

void TestCodeLexer::runsCoverTheCode()
{
    QFETCH(Language, language);
    const QString code =
        u"<script>alert(\"x\")</script> a && b; 'q' \"unterminated\n/* c */ // x\n"
        u"# <u> &amp; ${v} r#\"raw\"# `t\n\n\u00e9\U0001F600 \t tab\r\n- 1e5: \"k\""_s;
    // Every run non-empty (Runs checks), and together the runs are the code, in order.
    QCOMPARE(lex(code, language).text(), code);
    QCOMPARE(lex(QString(), language).text(), QString());
}

void TestCodeLexer::stateCarriesAcrossPieces_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("expectedFirstToken");
    QTest::newRow("c block comment")
        << Language::C << u"int a; /* open"_s << u"still comment */ int b;"_s
        << u"comment:still comment */"_s;
    QTest::newRow("python triple quote")
        << Language::Python << u"s = \"\"\"doc"_s << u"more\"\"\" + x"_s << u"string:more\"\"\""_s;
    QTest::newRow("js template") << Language::JavaScript << u"const t = `a"_s << u"b` + 1"_s
                                 << u"string:b`"_s;
    QTest::newRow("go raw string")
        << Language::Go << u"s := `a"_s << u"b\\` + x"_s << u"string:b\\`"_s;
    QTest::newRow("rust raw string") << Language::Rust << u"let s = r##\"a"_s
                                     << u"b\"# still\"## ;"_s << u"string:b\"# still\"##"_s;
    QTest::newRow("html comment") << Language::Markup << u"<!-- a"_s << u"b --> <p>"_s
                                  << u"comment:b -->"_s;
    QTest::newRow("html tag") << Language::Markup << u"<a"_s << u"href=\"x\">"_s
                              << u"attribute:href"_s;
    QTest::newRow("css declarations")
        << Language::Css << u"p {"_s << u"color: red; }"_s << u"attribute:color"_s;
    QTest::newRow("shell string") << Language::Shell << u"echo \"a"_s << u"b\" done"_s
                                  << u"string:b\""_s;
}

void TestCodeLexer::stateCarriesAcrossPieces()
{
    QFETCH(Language, language);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expectedFirstToken);
    CodeLexer::State state;
    const Runs a = lex(first, language, &state);
    QVERIFY(state != CodeLexer::State{});
    const Runs b = lex(second, language, &state);
    QVERIFY(!b.tokens().isEmpty());
    QCOMPARE(b.tokens().first(), expectedFirstToken);
    // Lexing in pieces gives the same tokens as all at once.
    QCOMPARE(a.tokens() + b.tokens(), lex(QString(first + u'\n' + second), language).tokens());
}

void TestCodeLexer::singleLineStringsEndWithTheLine()
{
    CodeLexer::State state;
    const Runs runs = lex(u"s = \"open\nint x = 1;"_s, Language::C, &state);
    QCOMPARE(state, CodeLexer::State{});
    QVERIFY(runs.tokens().contains(u"type:int"_s));
    QVERIFY(runs.tokens().contains(u"number:1"_s));
}

void TestCodeLexer::linearOnLargeInput_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("unit");
    QTest::newRow("c") << Language::C << u"int f(int x) { return x * 2; } // \"q\n"_s;
    QTest::newRow("unclosed comment") << Language::C << u"/* /* /* \"\n"_s;
    QTest::newRow("python quotes") << Language::Python << u"''' \"\"\" ' \" \\\n"_s;
    QTest::newRow("markup") << Language::Markup << u"<a b=\"c\" <!-- & &#; <\n"_s;
    QTest::newRow("json") << Language::Json << u"{\"a\": \"b\\\\\", \"c\":\n"_s;
    QTest::newRow("rust") << Language::Rust << u"r###\"' 'a '\\n' #[x\n"_s;
    QTest::newRow("one long line") << Language::JavaScript << u"a(\"b\") + `c` / 1e5 "_s;
}

void TestCodeLexer::linearOnLargeInput()
{
    QFETCH(Language, language);
    QFETCH(QString, unit);
    const QString small = unit.repeated(1000);
    const QString large = unit.repeated(16000);
    // This thread's CPU time, the best of three: other processes on a busy machine do not count.
    const auto cpuNs = [language](const QString &text) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            timespec start{}, end{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
            const Runs runs = lex(text, language);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
            if (runs.text() != text)
                return qint64(-1);
            best = std::min(best, qint64(end.tv_sec - start.tv_sec) * 1'000'000'000 +
                                      (end.tv_nsec - start.tv_nsec));
        }
        return std::max<qint64>(best, 1);
    };
    const qint64 smallNs = cpuNs(small);
    const qint64 largeNs = cpuNs(large);
    QVERIFY(smallNs > 0 && largeNs > 0); // the runs cover the text exactly
    // 16 times the input: a quadratic lexer would take ~256 times as long. Allow noise.
    QVERIFY2(largeNs < smallNs * 64 + 20'000'000,
             qPrintable(u"%1 ns vs %2 ns"_s.arg(largeNs).arg(smallNs)));
}

QTEST_APPLESS_MAIN(TestCodeLexer)
#include "tst_codelexer.moc"

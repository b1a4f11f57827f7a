// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "linkpolicy.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isOpenable_data();
    void isOpenable();
    void isOpenableDefaultUrl();
    void displayUrl_data();
    void displayUrl();
    void displayUrlRoundTrips_data();
    void displayUrlRoundTrips();
};

void TestLinkPolicy::isOpenable_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");

    QTest::newRow("http") << u"http://example.com"_s << true;
    QTest::newRow("https with path, query, fragment")
        << u"https://example.com/a/b?q=1&r=2#frag"_s << true;
    QTest::newRow("upper-case scheme") << u"HTTP://EXAMPLE.COM/"_s << true;
    QTest::newRow("mixed-case scheme") << u"HtTpS://example.com/"_s << true;
    QTest::newRow("userinfo trick is still http") << u"https://good@evil.example"_s << true;
    QTest::newRow("user and password") << u"http://user:pw@example.com/"_s << true;
    QTest::newRow("port") << u"https://example.com:8443/x"_s << true;
    QTest::newRow("IPv4 host") << u"http://127.0.0.1/"_s << true;
    QTest::newRow("IPv6 host") << u"http://[::1]:8080/"_s << true;
    QTest::newRow("IDN host") << u"https://bücher.de/"_s << true;

    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("JavaScript mixed case") << u"JavaScript:alert(1)"_s << false;
    QTest::newRow("JaVaScRiPt mixed case") << u"JaVaScRiPt:alert(document.cookie)"_s << false;
    QTest::newRow("javascript with slashes") << u"javascript://example.com/%0Aalert(1)"_s << false;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("FILE upper-case") << u"FILE:///etc/passwd"_s << false;
    QTest::newRow("file with host") << u"file://server/share"_s << false;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
    QTest::newRow("data base64") << u"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="_s
                                 << false;
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/file"_s << false;
    QTest::newRow("about") << u"about:blank"_s << false;
    QTest::newRow("custom scheme with host") << u"confab://settings/reset"_s << false;
    QTest::newRow("qrc") << u"qrc:/qt/qml/Confab/Main.qml"_s << false;
    QTest::newRow("relative path") << u"docs/index.html"_s << false;
    QTest::newRow("absolute path") << u"/etc/passwd"_s << false;
    QTest::newRow("scheme-relative") << u"//evil.example/x"_s << false;
    QTest::newRow("bare host") << u"example.com"_s << false;
    QTest::newRow("http without host") << u"http:example.com"_s << false;
    QTest::newRow("http empty authority") << u"http:///etc/passwd"_s << false;
    QTest::newRow("https scheme only") << u"https:"_s << false;
    QTest::newRow("https empty host") << u"https://"_s << false;
    QTest::newRow("invalid host") << u"http://exa mple.com/"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLinkPolicy::isOpenable()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(LinkPolicy::isOpenable(QUrl(url)), openable);
}

void TestLinkPolicy::isOpenableDefaultUrl()
{
    QVERIFY(!LinkPolicy::isOpenable(QUrl()));
    QVERIFY(LinkPolicy::displayUrl(QUrl()).isEmpty());

    // Built piecewise with an upper-case scheme: still compared case-insensitively.
    QUrl url;
    url.setScheme(u"HTTPS"_s);
    url.setHost(u"example.com"_s);
    QVERIFY(LinkPolicy::isOpenable(url));
    url.setScheme(u"JavaScript"_s);
    QVERIFY(!LinkPolicy::isOpenable(url));
}

void TestLinkPolicy::displayUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("display");

    QTest::newRow("plain") << u"https://example.com/a?q=1#f"_s << u"https://example.com/a?q=1#f"_s;
    QTest::newRow("scheme and host lower-cased")
        << u"HTTPS://EXAMPLE.COM/Path"_s << u"https://example.com/Path"_s;
    QTest::newRow("userinfo stays visible")
        << u"https://good@evil.example"_s << u"https://good@evil.example"_s;
    QTest::newRow("userinfo with a host-like user")
        << u"https://good.example.com@evil.example/login"_s
        << u"https://good.example.com@evil.example/login"_s;
    QTest::newRow("user and password")
        << u"http://user:pw@example.com/"_s << u"http://user:pw@example.com/"_s;
    QTest::newRow("Cyrillic homoglyph host is punycode")
        << u"https://аpple.com/"_s << u"https://xn--pple-43d.com/"_s;
    QTest::newRow("IDN host is punycode")
        << u"https://bücher.de/x"_s << u"https://xn--bcher-kva.de/x"_s;
    QTest::newRow("CJK host is punycode") << u"http://例え.jp/"_s << u"http://xn--r8jz45g.jp/"_s;
    QTest::newRow("non-ASCII path is percent-encoded")
        << u"https://example.com/日本"_s << u"https://example.com/%E6%97%A5%E6%9C%AC"_s;
    QTest::newRow("bidi override is percent-encoded")
        << u"https://example.com/\u202Egpj.exe"_s << u"https://example.com/%E2%80%AEgpj.exe"_s;
    QTest::newRow("space is percent-encoded")
        << u"https://example.com/a b"_s << u"https://example.com/a%20b"_s;
    QTest::newRow("port kept") << u"https://example.com:8443/"_s << u"https://example.com:8443/"_s;
    QTest::newRow("refused URLs display too")
        << u"JavaScript:alert(1)"_s << u"javascript:alert(1)"_s;
    QTest::newRow("invalid") << u"http://exa mple.com/"_s << QString();
}

void TestLinkPolicy::displayUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, display);
    QCOMPARE(LinkPolicy::displayUrl(QUrl(url)), display);
}

void TestLinkPolicy::displayUrlRoundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("userinfo") << u"https://good@evil.example/path?q=a%20b#x"_s;
    QTest::newRow("homoglyph") << u"https://аpple.com/"_s;
    QTest::newRow("non-ASCII path") << u"https://example.com/日本?q=ü"_s;
}

void TestLinkPolicy::displayUrlRoundTrips()
{
    // What the user confirms is what gets opened: the display form parses back to the same URL.
    QFETCH(QString, url);
    const QUrl original(url);
    const QString shown = LinkPolicy::displayUrl(original);
    const QUrl reparsed(shown, QUrl::StrictMode);
    QVERIFY2(reparsed.isValid(), qPrintable(reparsed.errorString()));
    QCOMPARE(reparsed, original);
    QCOMPARE(reparsed.host(QUrl::FullyEncoded), original.host(QUrl::FullyEncoded));
    QCOMPARE(LinkPolicy::isOpenable(reparsed), LinkPolicy::isOpenable(original));
    // Nothing but printable ASCII is shown.
    for (const QChar c : shown)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(shown));
}

QTEST_APPLESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"

// What a commander types and what the admin API answers, checked before
// anything is sent: subjects, IPs and networks, reasons, the admin API
// address and pin, Retry-After, response bodies, and the backoff.
#include "models/actions/ActionKind.h"
#include "models/actions/ActionSettings.h"
#include "models/actions/ApiResponse.h"
#include "models/actions/IpTarget.h"
#include "models/actions/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ic;

class TestActionValidation : public QObject
{
    Q_OBJECT
private slots:
    void catalogIsComplete()
    {
        QCOMPARE(Actions::all().size(), 9);
        QSet<QString> codes, paths;
        for (ActionKind k : Actions::all()) {
            const ActionSpec &s = Actions::spec(k);
            QCOMPARE(s.kind, k);
            QCOMPARE(Actions::fromCode(s.code), std::optional<ActionKind>(k));
            codes << s.code;
            paths << s.pathTemplate;
            QVERIFY(s.pathTemplate.startsWith(QLatin1String("/admin/")));
            QVERIFY(!Actions::label(k, QStringLiteral("x")).isEmpty());
        }
        QCOMPARE(codes.size(), 9);
        QCOMPARE(paths.size(), 9);
        // The playbook's own endpoints.
        QCOMPARE(Actions::spec(ActionKind::RevokeUserTokens).pathTemplate,
                 QStringLiteral("/admin/users/%1/revoke-all-tokens"));
        QCOMPARE(Actions::spec(ActionKind::RevokeTenantTokens).pathTemplate,
                 QStringLiteral("/admin/tenants/%1/revoke-all-tokens"));
        QCOMPARE(Actions::spec(ActionKind::RevokeApiKey).auditEvent,
                 QStringLiteral("api_key_revoked"));
        QVERIFY(!Actions::fromCode(QStringLiteral("user.delete")));
    }

    void ids_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain") << QStringLiteral("usr_4f2a91c0") << QStringLiteral("usr_4f2a91c0")
                               << QString();
        QTest::newRow("trimmed") << QStringLiteral("  ten_initech \n")
                                 << QStringLiteral("ten_initech") << QString();
        QTest::newRow("email-like")
            << QStringLiteral("a.b+c@x:1-2") << QStringLiteral("a.b+c@x:1-2") << QString();
        QTest::newRow("empty") << QStringLiteral("   ") << QString() << QStringLiteral("Enter");
        QTest::newRow("space") << QStringLiteral("usr 1") << QString()
                               << QStringLiteral("not a user id");
        QTest::newRow("slash") << QStringLiteral("../../tenants/x") << QString()
                               << QStringLiteral("not a user id");
        QTest::newRow("query") << QStringLiteral("usr?x=1") << QString()
                               << QStringLiteral("not a user id");
        QTest::newRow("nul") << QString::fromUtf16(u"usr\0x", 5) << QString()
                             << QStringLiteral("not a user id");
        QTest::newRow("unicode") << QStringLiteral("usr_ü") << QString()
                                 << QStringLiteral("not a user id");
        QTest::newRow("long") << QString(129, QLatin1Char('a')) << QString()
                              << QStringLiteral("at most 128");
    }
    void ids()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const auto r = Actions::validateTarget(SubjectType::User, input);
        if (expected.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was sent")),
                     qPrintable(r.error().message));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r.value(), expected);
        }
    }

    void ips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("mentions");
        QTest::newRow("v4") << QStringLiteral("203.0.113.7") << QStringLiteral("203.0.113.7")
                            << QString();
        QTest::newRow("v4 /32") << QStringLiteral("203.0.113.7/32") << QStringLiteral("203.0.113.7")
                                << QString();
        QTest::newRow("v4 net") << QStringLiteral(" 193.32.162.0/24 ")
                                << QStringLiteral("193.32.162.0/24") << QString();
        QTest::newRow("v6") << QStringLiteral("2001:DB8::7") << QStringLiteral("2001:db8::7")
                            << QString();
        QTest::newRow("v6 net") << QStringLiteral("2001:db8::/32")
                                << QStringLiteral("2001:db8::/32") << QString();
        QTest::newRow("mapped") << QStringLiteral("::ffff:203.0.113.9")
                                << QStringLiteral("203.0.113.9") << QString();
        QTest::newRow("private is allowed")
            << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3") << QString();
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter an IP");
        QTest::newRow("word") << QStringLiteral("attacker") << QString()
                              << QStringLiteral("is not an IP address");
        QTest::newRow("octet") << QStringLiteral("1.2.3.256") << QString()
                               << QStringLiteral("is not an IP address");
        QTest::newRow("short") << QStringLiteral("127.1") << QString()
                               << QStringLiteral("is not an IP address");
        QTest::newRow("octal") << QStringLiteral("010.0.0.1") << QString()
                               << QStringLiteral("is not an IP address");
        QTest::newRow("hex") << QStringLiteral("0x7f.0.0.1") << QString()
                             << QStringLiteral("is not an IP address");
        QTest::newRow("host bits") << QStringLiteral("10.1.2.3/8") << QString()
                                   << QStringLiteral("did you mean 10.0.0.0/8");
        QTest::newRow("bad prefix")
            << QStringLiteral("10.0.0.0/33") << QString() << QStringLiteral("not a network prefix");
        QTest::newRow("signed prefix")
            << QStringLiteral("10.0.0.0/+8") << QString() << QStringLiteral("not a network prefix");
        QTest::newRow("everything")
            << QStringLiteral("0.0.0.0/0") << QString() << QStringLiteral("every address");
        // Found by fuzz_action_input: these two are every IPv4 address.
        QTest::newRow("every v4 as v6")
            << QStringLiteral("::/96") << QString() << QStringLiteral("every address");
        QTest::newRow("every v4 mapped")
            << QStringLiteral("::ffff:0:0/96") << QString() << QStringLiteral("every address");
        QTest::newRow("everything v6")
            << QStringLiteral("::/0") << QString() << QStringLiteral("every address");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QString()
                                  << QStringLiteral("loopback");
        QTest::newRow("loopback v6")
            << QStringLiteral("::1") << QString() << QStringLiteral("loopback");
        QTest::newRow("unspecified")
            << QStringLiteral("0.0.0.0") << QString() << QStringLiteral("unspecified");
        QTest::newRow("zone") << QStringLiteral("fe80::1%eth0") << QString()
                              << QStringLiteral("zone");
        QTest::newRow("sql") << QStringLiteral("1.2.3.4'; DROP TABLE blocked_ips;--") << QString()
                             << QStringLiteral("is not an IP address");
    }
    void ips()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const auto r = Actions::validateTarget(SubjectType::Ip, input);
        if (expected.isEmpty()) {
            QVERIFY2(!r.ok(), qPrintable(r.ok() ? r.value() : QString()));
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QLatin1String("Nothing was sent")));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r.value(), expected);
        }
    }

    void addressCount()
    {
        QCOMPARE(IpTarget::addressCountText(QStringLiteral("203.0.113.7")),
                 QStringLiteral("1 address"));
        QCOMPARE(IpTarget::addressCountText(QStringLiteral("203.0.113.0/24")),
                 QStringLiteral("256 addresses"));
        QCOMPARE(IpTarget::addressCountText(QStringLiteral("2001:db8::/32")),
                 QStringLiteral("2^96 addresses"));
    }

    void reasons()
    {
        QVERIFY(!Actions::validateReason(QStringLiteral("  \n ")).ok());
        QVERIFY(Actions::validateReason(QString()).error().message.contains(
            QLatin1String("Give a reason")));
        QVERIFY(
            !Actions::validateReason(QString(Actions::MaxReasonLength + 1, QLatin1Char('x'))).ok());
        QVERIFY(!Actions::validateReason(QStringLiteral("bad\x1b[31m")).ok());
        QCOMPARE(Actions::validateReason(QStringLiteral("  Token seen on Tor exit\n")).value(),
                 QStringLiteral("Token seen on Tor exit"));
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("https") << QStringLiteral("https://admin.example.com/")
                               << QStringLiteral("https://admin.example.com") << QString();
        QTest::newRow("prefix") << QStringLiteral("https://example.com/api/v2/")
                                << QStringLiteral("https://example.com/api/v2") << QString();
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080")
                                       << QStringLiteral("http://127.0.0.1:8080") << QString();
        // A name may resolve anywhere (hosts file, DNS): only addresses count.
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << QString()
                                        << QStringLiteral("written as an address");
        QTest::newRow("http v6 loopback") << QStringLiteral("http://[::1]:8080")
                                          << QStringLiteral("http://[::1]:8080") << QString();
        QTest::newRow("http remote") << QStringLiteral("http://admin.example.com") << QString()
                                     << QStringLiteral("unencrypted");
        QTest::newRow("http lan") << QStringLiteral("http://10.0.0.5") << QString()
                                  << QStringLiteral("unencrypted");
        QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example")
                                        << QString() << QStringLiteral("unencrypted");
        QTest::newRow("ftp") << QStringLiteral("ftp://x.example") << QString()
                             << QStringLiteral("https://");
        QTest::newRow("userinfo") << QStringLiteral("https://user:pw@x.example") << QString()
                                  << QStringLiteral("keychain");
        QTest::newRow("query") << QStringLiteral("https://x.example/?token=1") << QString()
                               << QStringLiteral("query");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter");
        QTest::newRow("garbage") << QStringLiteral("not a url") << QString()
                                 << QStringLiteral("not a web address");
    }
    void baseUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const auto r = ActionSettings::checkBaseUrl(input);
        if (expected.isEmpty()) {
            QVERIFY2(!r.ok(), qPrintable(input));
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->toString(), expected);
        }
    }

    void pins()
    {
        const QByteArray digest =
            QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        const QString b64 = QString::fromLatin1(digest.toBase64());
        QCOMPARE(ActionSettings::parsePin(QStringLiteral("sha256/") + b64).value(), digest);
        QCOMPARE(ActionSettings::parsePin(QStringLiteral("sha256//") + b64).value(), digest);
        QCOMPARE(ActionSettings::parsePin(b64).value(), digest);
        QCOMPARE(ActionSettings::parsePin(QString::fromLatin1(digest.toHex(':'))).value(), digest);
        QCOMPARE(ActionSettings::parsePin(QString()).value(), QByteArray());
        QCOMPARE(ActionSettings::formatPin(digest), QStringLiteral("sha256/") + b64);
        QVERIFY(!ActionSettings::parsePin(QStringLiteral("sha256/abc")).ok());

        // One key in 64 has a digest whose base64 begins with '/': the written-out
        // pin then looks like curl's "sha256//" form and must still be read whole.
        const QByteArray slashDigest =
            QByteArray::fromHex("fc0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd");
        const QString slashB64 = QString::fromLatin1(slashDigest.toBase64());
        QVERIFY(slashB64.startsWith(QLatin1Char('/')));
        QCOMPARE(ActionSettings::parsePin(ActionSettings::formatPin(slashDigest)).value(),
                 slashDigest);
        QCOMPARE(ActionSettings::parsePin(QStringLiteral("sha256//") + slashB64).value(),
                 slashDigest);
        QCOMPARE(ActionSettings::parsePin(slashB64).value(), slashDigest);
        QVERIFY(!ActionSettings::parsePin(QStringLiteral("sha1/") + b64.left(28)).ok());
        QVERIFY(!ActionSettings::parsePin(b64 + QStringLiteral("!")).ok());

        ActionSettings s;
        s.backend = Backend::Api;
        s.apiBaseUrl = QStringLiteral("http://127.0.0.1:9");
        s.pin = QStringLiteral("sha256/") + b64;
        QVERIFY2(!s.validate().ok() &&
                     s.validate().error().message.contains(QLatin1String("https")),
                 "a pin over http:// cannot be checked");
        s.apiBaseUrl = QStringLiteral("https://admin.example.com/base");
        QVERIFY(s.validate().ok());
        QCOMPARE(s.tokenKey(), QStringLiteral("admin-api/https://admin.example.com"));
        s.caPem = QStringLiteral("-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n");
        QVERIFY(!s.validate().ok());
    }

    void tokens()
    {
        QVERIFY(ActionSettings::checkToken(QStringLiteral("abc.DEF-123_~+/=")).ok());
        QVERIFY(!ActionSettings::checkToken(QString()).ok());
        QVERIFY(!ActionSettings::checkToken(QStringLiteral("abc\r\nX-Evil: 1")).ok());
        QVERIFY(!ActionSettings::checkToken(QStringLiteral("abc def")).ok());
        QVERIFY(!ActionSettings::checkToken(QStringLiteral("tökén")).ok());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("imf") << QByteArray("Sun, 22 Nov 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Sunday, 22-Nov-26 12:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Sun Nov 22 12:00:05 2026") << qint64(5000);
        QTest::newRow("past") << QByteArray("Sun, 22 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999999999") << qint64(999999999) * 1000;
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("bad date") << QByteArray("Sun, 31 Feb 2026 12:00:00 GMT") << qint64(-1);
        QTest::newRow("words") << QByteArray("later") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        const auto r = parseRetryAfter(value, now);
        if (expectedMs < 0)
            QVERIFY(!r.has_value());
        else
            QCOMPARE(r.value_or(-1), expectedMs);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.maxDelayMs = 8000;
        QRandomGenerator random(42);
        QSet<int> seen;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const int cap = qMin(8000, 1000 << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const int d = p.backoffMs(attempt, random);
                QVERIFY2(d >= cap / 2 && d <= cap, qPrintable(QString::number(d)));
                seen << d;
            }
        }
        QVERIFY2(seen.size() > 100, "the delays are jittered, not fixed");
    }

    void responses()
    {
        auto r = ApiResponse::parse(
            "{\"affected\": 3, \"request_id\": \"req-42\", \"message\": \"ok\"}");
        QCOMPARE(r.affected, 3);
        QCOMPARE(r.requestId, QStringLiteral("req-42"));
        QCOMPARE(r.message, QStringLiteral("ok"));
        r = ApiResponse::parse("{\"affected\": -1, \"request_id\": \"bad id\\n\", \"error\": "
                               "{\"message\": \"nope\\u0007\\u001b[2J\"}}");
        QCOMPARE(r.affected, -1);
        QVERIFY(r.requestId.isEmpty());
        QCOMPARE(r.message, QStringLiteral("nope [2J"));
        r = ApiResponse::parse("{\"affected\": 1e300, \"request_id\": 5}");
        QCOMPARE(r.affected, -1);
        QVERIFY(r.requestId.isEmpty());
        r = ApiResponse::parse("<html><body>Bad Gateway</body></html>");
        QVERIFY(r.message.startsWith(QLatin1String("<html>")));
        r = ApiResponse::parse(QByteArray(200000, 'x'));
        QCOMPARE(r.message.size(), 300);
        QCOMPARE(ApiResponse::safeText(QStringLiteral("a\u202eb\n\n c"), 10),
                 QStringLiteral("a b c"));
    }
};

QTEST_GUILESS_MAIN(TestActionValidation)
#include "tst_actionvalidation.moc"

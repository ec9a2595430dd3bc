// IP addresses and CIDR networks from the filter bar: strict parsing with a
// message for every refusal, and the containment rule SQLite uses for inet <<=.
#include "models/audit/IpNetwork.h"

#include <QTest>

using namespace ic;

class TestIpNetwork : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("host");
        QTest::newRow("v4 host") << "203.0.113.7"
                                 << "203.0.113.7" << true;
        QTest::newRow("v4 /32") << "203.0.113.7/32"
                                << "203.0.113.7" << true;
        QTest::newRow("v4 /24") << "203.0.113.0/24"
                                << "203.0.113.0/24" << false;
        QTest::newRow("host bits cleared") << "10.1.2.3/8"
                                           << "10.0.0.0/8" << false;
        QTest::newRow("v4 /0") << "1.2.3.4/0"
                               << "0.0.0.0/0" << false;
        QTest::newRow("v4 /12") << "172.16.0.0/12"
                                << "172.16.0.0/12" << false;
        QTest::newRow("spaces trimmed") << "  10.0.0.1  "
                                        << "10.0.0.1" << true;
        QTest::newRow("v6 host") << "2001:db8::1"
                                 << "2001:db8::1" << true;
        QTest::newRow("v6 /32") << "2001:DB8::/32"
                                << "2001:db8::/32" << false;
        QTest::newRow("v6 mapped v4") << "::ffff:10.0.0.1"
                                      << "::ffff:10.0.0.1" << true;
    }
    void parses()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(bool, host);
        auto n = IpNetwork::parse(input);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message));
        QCOMPARE(n->text(), canonical);
        QCOMPARE(n->isHost(), host);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("octet 256") << "10.0.0.256";
        QTest::newRow("three parts") << "10.0.1";
        QTest::newRow("five parts") << "10.0.0.1.5";
        QTest::newRow("leading zero") << "010.0.0.1";
        QTest::newRow("prefix too big") << "10.0.0.0/33";
        QTest::newRow("v6 prefix too big") << "2001:db8::/129";
        QTest::newRow("negative prefix") << "10.0.0.0/-1";
        QTest::newRow("empty prefix") << "10.0.0.0/";
        QTest::newRow("prefix leading zero") << "10.0.0.0/08";
        QTest::newRow("two slashes") << "10.0.0.0/8/8";
        QTest::newRow("hostname") << "example.com";
        QTest::newRow("sql") << "1.2.3.4'; DROP TABLE audit_logs; --";
        QTest::newRow("zone id") << "fe80::1%eth0";
        QTest::newRow("nul") << QStringLiteral("10.0.0.1") + QChar(u'\0');
        QTest::newRow("rtl mark") << QStringLiteral("10.0.0.1\u200F");
        QTest::newRow("long") << QString(10000, QLatin1Char('1'));
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0660.0.0.1");
        QTest::newRow("inet_aton short form") << "10.1";
    }
    void refuses()
    {
        QFETCH(QString, input);
        auto n = IpNetwork::parse(input);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!n.error().message.isEmpty());
    }

    void contains_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("/8 in") << "10.0.0.0/8"
                               << "10.255.1.2" << true;
        QTest::newRow("/8 out") << "10.0.0.0/8"
                                << "11.0.0.1" << false;
        QTest::newRow("/12 edge in") << "172.16.0.0/12"
                                     << "172.31.255.255" << true;
        QTest::newRow("/12 edge out") << "172.16.0.0/12"
                                      << "172.32.0.0" << false;
        QTest::newRow("/0 all v4") << "0.0.0.0/0"
                                   << "8.8.8.8" << true;
        QTest::newRow("host equal") << "1.2.3.4"
                                    << "1.2.3.4" << true;
        QTest::newRow("host other") << "1.2.3.4"
                                    << "1.2.3.40" << false;
        QTest::newRow("family differs") << "0.0.0.0/0"
                                        << "::1" << false;
        QTest::newRow("mapped is v6") << "10.0.0.0/8"
                                      << "::ffff:10.0.0.1" << false;
        QTest::newRow("v6 in") << "2001:db8::/32"
                               << "2001:db8:ffff::1" << true;
        QTest::newRow("v6 out") << "2001:db8::/32"
                                << "2001:db9::1" << false;
        QTest::newRow("stored network inside") << "10.0.0.0/8"
                                               << "10.1.0.0/16" << true;
        QTest::newRow("stored network wider") << "10.1.0.0/16"
                                              << "10.0.0.0/8" << false;
        QTest::newRow("garbage stored") << "10.0.0.0/8"
                                        << "not an ip" << false;
    }
    void contains()
    {
        QFETCH(QString, network);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        auto n = IpNetwork::parse(network);
        QVERIFY(n.ok());
        const auto a = IpNetwork::parseAddress(address);
        QCOMPARE(a.has_value() && n->contains(*a), inside);
    }

    void ipv4TextPrefixNarrowsTheIndex()
    {
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.0.0.0/8"))->ipv4TextPrefix(),
                 QStringLiteral("10."));
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.20.0.0/12"))->ipv4TextPrefix(),
                 QStringLiteral("10."));
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.20.0.0/16"))->ipv4TextPrefix(),
                 QStringLiteral("10.20."));
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.20.30.40"))->ipv4TextPrefix(),
                 QStringLiteral("10.20.30."));
        QCOMPARE(IpNetwork::parse(QStringLiteral("0.0.0.0/4"))->ipv4TextPrefix(), QString());
        QCOMPARE(IpNetwork::parse(QStringLiteral("2001:db8::/32"))->ipv4TextPrefix(), QString());
    }
};

QTEST_GUILESS_MAIN(TestIpNetwork)
#include "tst_ipnetwork.moc"

// The trusted-keys file: what a workspace exports reads back the same; a
// file whose fingerprint does not match its key, or that is malformed in
// any way, trusts nothing and says why.
#include "models/evidence/Signing.h"
#include "models/record/TrustList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ic;

namespace {

PublicKey newKey()
{
    return PersonKey::fromPem(Signing::generateEd25519()->publicPem).value();
}

QDateTime t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

QJsonObject &firstKey(QJsonObject &o, QJsonArray &keys, QJsonObject &k)
{
    keys = o.value(QStringLiteral("keys")).toArray();
    k = keys.first().toObject();
    return k;
}

} // namespace

class TestTrustList : public QObject
{
    Q_OBJECT
private:
    PublicKey m_alex = newKey();
    PublicKey m_sam = newKey();

    QByteArray sample() const
    {
        TrustList l;
        l.workspaceId = QStringLiteral("3f1c");
        l.exportedAt = t("2026-11-22T10:00:00.000Z");
        l.add({m_alex, QStringLiteral("alex"), t("2026-01-01T00:00:00.000Z"), {}});
        l.add({m_sam, QStringLiteral("sam"), {}, t("2026-06-01T00:00:00.000Z")});
        return l.toJson();
    }

private slots:
    void roundTrip()
    {
        auto l = TrustList::parse(sample());
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().message));
        QCOMPARE(l->keys().size(), 2);
        QCOMPARE(l->workspaceId, QStringLiteral("3f1c"));
        const TrustedKey *alex = l->find(m_alex.fingerprint);
        QVERIFY(alex);
        QCOMPARE(alex->key.raw, m_alex.raw);
        QCOMPARE(alex->person, QStringLiteral("alex"));
        QVERIFY(!alex->validAt(t("2025-12-31T23:59:59.999Z")));
        QVERIFY(alex->validAt(t("2026-01-01T00:00:00.000Z")));
        QVERIFY(alex->validAt(t("2030-01-01T00:00:00.000Z")));
        const TrustedKey *sam = l->find(m_sam.fingerprint);
        QVERIFY(sam->validAt(t("2020-01-01T00:00:00.000Z")));
        QVERIFY(!sam->validAt(t("2026-06-01T00:00:00.000Z"))); // revoked or rotated then
        QVERIFY(!l->find(newKey().fingerprint));
        QCOMPARE(TrustList::parse(l->toJson())->toJson(), l->toJson());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = sample();
        const PublicKey other = m_sam;
        auto onKey = [&](const std::function<void(QJsonObject &)> &edit) {
            return edited(good, [&](QJsonObject &o) {
                QJsonArray keys;
                QJsonObject k;
                edit(firstKey(o, keys, k));
                keys[0] = k;
                o.insert(QStringLiteral("keys"), keys);
            });
        };
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("a list") << QByteArray("[]");
        QTest::newRow("wrong format") << edited(good, [](QJsonObject &o) {
            o.insert(QStringLiteral("format"), QStringLiteral("something/1"));
        });
        QTest::newRow("no keys") << edited(
            good, [](QJsonObject &o) { o.remove(QStringLiteral("keys")); });
        QTest::newRow("fingerprint of another key") << onKey(
            [&](QJsonObject &k) { k.insert(QStringLiteral("fingerprint"), other.fingerprint); });
        QTest::newRow("key swapped under its fingerprint") << onKey([&](QJsonObject &k) {
            k.insert(QStringLiteral("public_key"), QString::fromLatin1(other.raw.toBase64()));
        });
        QTest::newRow("upper-case fingerprint") << onKey([](QJsonObject &k) {
            k.insert(QStringLiteral("fingerprint"),
                     k.value(QStringLiteral("fingerprint")).toString().toUpper());
        });
        QTest::newRow("short key") << onKey(
            [](QJsonObject &k) { k.insert(QStringLiteral("public_key"), QStringLiteral("AAAA")); });
        QTest::newRow("no person")
            << onKey([](QJsonObject &k) { k.remove(QStringLiteral("person")); });
        QTest::newRow("local time") << onKey([](QJsonObject &k) {
            k.insert(QStringLiteral("valid_from"), QStringLiteral("2026-01-01T01:00:00+01:00"));
        });
        QTest::newRow("ends before it starts") << onKey([](QJsonObject &k) {
            k.insert(QStringLiteral("valid_until"), QStringLiteral("2025-01-01T00:00:00.000Z"));
        });
        QTest::newRow("listed twice") << edited(good, [](QJsonObject &o) {
            QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
            keys.append(keys.first());
            o.insert(QStringLiteral("keys"), keys);
        });
        QTest::newRow("too large") << QByteArray(5 << 20, ' ');
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        auto l = TrustList::parse(json);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.startsWith(QLatin1String("The trusted-keys file cannot be "
                                                            "used: ")),
                 qPrintable(l.error().message));
        QVERIFY(l.error().message.endsWith(QLatin1String("Nothing is trusted from it.")));
    }
};

QTEST_GUILESS_MAIN(TestTrustList)
#include "tst_trustlist.moc"

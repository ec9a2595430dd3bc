// Regulatory clocks: when each applies, its due time (hours are elapsed
// time, calendar days keep the organisation's wall-clock time across a
// daylight-saving change), status and text, and that neither the due time
// nor its status moves when the viewer's time zone changes.
#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/notify/RegulatoryClock.h"
#include "models/notify/RegulatoryClockModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace ic;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ClockRule rule(const QString &id)
{
    for (const ClockRule &r : ClockRule::builtIns()) {
        if (r.id == id)
            return r;
    }
    return {};
}

ClockState stateOf(const QList<ClockState> &states, const QString &id)
{
    for (const ClockState &s : states) {
        if (s.rule.id == id)
            return s;
    }
    return {};
}

// The viewer's zone, as a person changing the system setting would.
void setViewerZone(const char *tz)
{
    qputenv("TZ", tz);
    tzset();
}

NotificationFacts answered(bool personal, bool phi, bool breach, QStringList where)
{
    NotificationFacts f;
    f.personalData = personal;
    f.phi = phi;
    f.dataBreach = breach;
    f.jurisdictions = where;
    return f;
}
} // namespace

class TestRegulatoryClocks : public QObject
{
    Q_OBJECT
private:
    QByteArray m_tz;

private slots:
    void initTestCase() { m_tz = qgetenv("TZ"); }
    void cleanup()
    {
        if (m_tz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_tz);
        tzset();
    }

    void builtInsAreTheThreeDeadlines()
    {
        QCOMPARE(rule(QStringLiteral("gdpr-art33")).amount, 72);
        QCOMPARE(rule(QStringLiteral("gdpr-art33")).unit, ClockRule::Unit::Hours);
        QCOMPARE(rule(QStringLiteral("hipaa-individuals")).amount, 60);
        QCOMPARE(rule(QStringLiteral("hipaa-individuals")).unit, ClockRule::Unit::CalendarDays);
        QCOMPARE(rule(QStringLiteral("soc2-customers")).amount, 24);
        for (const ClockRule &r : ClockRule::builtIns())
            QVERIFY2(r.validate().ok(), qPrintable(r.id));
    }

    void whenEachClockApplies_data()
    {
        QTest::addColumn<NotificationFacts>("facts");
        QTest::addColumn<int>("gdpr");
        QTest::addColumn<int>("hipaa");
        QTest::addColumn<int>("soc2");
        const int no = int(ClockStatus::NotRequired), open = int(ClockStatus::Open),
                  undecided = int(ClockStatus::Undetermined);
        QTest::newRow("nothing answered")
            << NotificationFacts() << undecided << undecided << undecided;
        QTest::newRow("EU personal data")
            << answered(true, false, false, {QStringLiteral("DE")}) << open << no << no;
        QTest::newRow("EEA group")
            << answered(true, false, false, {QStringLiteral("EEA")}) << open << no << no;
        QTest::newRow("Norway is EEA")
            << answered(true, false, false, {QStringLiteral("no")}) << open << no << no;
        QTest::newRow("UK is not EEA")
            << answered(true, false, false, {QStringLiteral("UK")}) << no << no << no;
        QTest::newRow("US PHI") << answered(false, true, false, {QStringLiteral("US-CA")}) << no
                                << open << no;
        QTest::newRow("PHI outside the US")
            << answered(true, true, false, {QStringLiteral("FR")}) << open << no << no;
        QTest::newRow("data breach anywhere")
            << answered(false, false, true, {QStringLiteral("JP")}) << no << no << open;
        NotificationFacts partial;
        partial.personalData = true; // jurisdictions not yet known
        QTest::newRow("where not answered") << partial << undecided << undecided << undecided;
        NotificationFacts none;
        none.personalData = false;
        none.phi = false;
        none.dataBreach = false;
        QTest::newRow("one no settles it") << none << no << no << no;
    }

    void whenEachClockApplies()
    {
        QFETCH(NotificationFacts, facts);
        QFETCH(int, gdpr);
        QFETCH(int, hipaa);
        QFETCH(int, soc2);
        const QDateTime aware = utc("2026-06-01T08:00:00Z");
        const auto states = RegulatoryClocks::evaluate(aware, facts, ClockRule::builtIns(), {},
                                                       QTimeZone::utc(), aware.addSecs(3600));
        QCOMPARE(int(stateOf(states, QStringLiteral("gdpr-art33")).status), gdpr);
        QCOMPARE(int(stateOf(states, QStringLiteral("hipaa-individuals")).status), hipaa);
        QCOMPARE(int(stateOf(states, QStringLiteral("soc2-customers")).status), soc2);
        for (const ClockState &s : states) {
            if (s.status == ClockStatus::Undetermined)
                QVERIFY(!s.openQuestions.isEmpty());
        }
    }

    void notStartedWithoutBecameAwareTime()
    {
        const auto states = RegulatoryClocks::evaluate(
            QDateTime(), answered(true, false, false, {QStringLiteral("DE")}),
            ClockRule::builtIns(), {}, QTimeZone::utc(), utc("2026-06-01T08:00:00Z"));
        const ClockState gdpr = stateOf(states, QStringLiteral("gdpr-art33"));
        QCOMPARE(gdpr.status, ClockStatus::NotStarted);
        QVERIFY(!gdpr.due.isValid());
        QVERIFY(
            gdpr.statusText(utc("2026-06-01T08:00:00Z")).contains(QLatin1String("became-aware")));
        const auto nearest = RegulatoryClocks::nearest(states);
        QVERIFY(nearest && !nearest->due.isValid());
        QVERIFY(nearest->text(utc("2026-06-01T08:00:00Z")).contains(QLatin1String("not started")));
    }

    void statusesAndTexts()
    {
        const QDateTime aware = utc("2026-06-01T08:00:00Z");
        const NotificationFacts eu = answered(true, false, true, {QStringLiteral("IE")});
        const auto at = [&](const QDateTime &now, const QHash<QString, SentRecord> &sent = {}) {
            return stateOf(RegulatoryClocks::evaluate(aware, eu, ClockRule::builtIns(), sent,
                                                      QTimeZone::utc(), now),
                           QStringLiteral("gdpr-art33"));
        };
        const ClockState open = at(aware.addSecs(3600));
        QCOMPARE(open.status, ClockStatus::Open);
        QCOMPARE(open.due, utc("2026-06-04T08:00:00Z"));
        QCOMPARE(open.secondsLeft(aware.addSecs(3600)), 71 * 3600);
        QCOMPARE(open.statusText(aware.addSecs(3600)), QStringLiteral("Open: 2d 23h left"));

        const ClockState overdue = at(aware.addSecs(75 * 3600));
        QCOMPARE(overdue.status, ClockStatus::Overdue);
        QVERIFY(overdue.statusText(aware.addSecs(75 * 3600))
                    .contains(QLatin1String("OVERDUE by 3h 00m")));

        QHash<QString, SentRecord> sent;
        sent.insert(
            QStringLiteral("gdpr-art33"),
            SentRecord{QStringLiteral("d1"), aware.addSecs(70 * 3600), QStringLiteral("sam"), {}});
        QCOMPARE(at(aware.addSecs(80 * 3600), sent).status, ClockStatus::SentOnTime);
        sent[QStringLiteral("gdpr-art33")] =
            SentRecord{QStringLiteral("d2"), aware.addSecs(74 * 3600), QStringLiteral("sam"),
                       QStringLiteral("Forensics needed two more hours")};
        const ClockState late = at(aware.addSecs(80 * 3600), sent);
        QCOMPARE(late.status, ClockStatus::SentLate);
        QVERIFY(late.statusText(aware).contains(QLatin1String("Sent LATE by 2h 00m")));
        QVERIFY(late.statusText(aware).contains(QLatin1String("Forensics needed two more hours")));
    }

    void nearestPicksTheMostUrgentRunningClock()
    {
        const QDateTime aware = utc("2026-06-01T08:00:00Z");
        NotificationFacts f = answered(true, false, true, {QStringLiteral("DE")});
        auto states = RegulatoryClocks::evaluate(aware, f, ClockRule::builtIns(), {},
                                                 QTimeZone::utc(), aware);
        auto n = RegulatoryClocks::nearest(states);
        QVERIFY(n);
        QCOMPARE(n->ruleId, QStringLiteral("soc2-customers")); // 24 h before 72 h
        QCOMPARE(n->due, aware.addSecs(24 * 3600));
        QCOMPARE(n->running, 2);
        QCOMPARE(n->text(aware), QStringLiteral("SOC 2 24 h: 1d 0h left"));

        // Sent: the next one is the most urgent.
        QHash<QString, SentRecord> sent{
            {QStringLiteral("soc2-customers"),
             SentRecord{QStringLiteral("d"), aware, QStringLiteral("x"), {}}}};
        states = RegulatoryClocks::evaluate(aware, f, ClockRule::builtIns(), sent, QTimeZone::utc(),
                                            aware);
        QCOMPARE(RegulatoryClocks::nearest(states)->ruleId, QStringLiteral("gdpr-art33"));

        // Nothing running, nothing to show.
        states =
            RegulatoryClocks::evaluate(aware, answered(false, false, false, {QStringLiteral("DE")}),
                                       ClockRule::builtIns(), {}, QTimeZone::utc(), aware);
        QVERIFY(!RegulatoryClocks::nearest(states));

        // Undetermined clocks still count, marked as conditional.
        states = RegulatoryClocks::evaluate(aware, NotificationFacts(), ClockRule::builtIns(), {},
                                            QTimeZone::utc(), aware);
        n = RegulatoryClocks::nearest(states);
        QVERIFY(n && n->conditional);
        QVERIFY(n->text(aware).startsWith(QLatin1String("SOC 2 24 h?")));
    }

    // 72 hours are 72 elapsed hours even when the clocks go forward in
    // between (Europe/Berlin, 2026-03-29 02:00 CET → 03:00 CEST): the wall
    // clock shows one hour more.
    void hoursAcrossDaylightSaving()
    {
        setViewerZone("Europe/Berlin");
        const QDateTime aware =
            QDateTime(QDate(2026, 3, 27), QTime(10, 0), QTimeZone("Europe/Berlin")).toUTC();
        QCOMPARE(aware, utc("2026-03-27T09:00:00Z"));
        const ClockRule gdpr = rule(QStringLiteral("gdpr-art33"));
        const QDateTime due = gdpr.dueFrom(aware, QTimeZone("Europe/Berlin"));
        QCOMPARE(due, utc("2026-03-30T09:00:00Z"));
        QCOMPARE(aware.secsTo(due), 72 * 3600);
        QCOMPARE(TimeText::local(due), QStringLiteral("2026-03-30 11:00 CEST"));
        QCOMPARE(TimeText::local(aware), QStringLiteral("2026-03-27 10:00 CET"));
        // The organisation's zone does not change elapsed hours.
        QCOMPARE(gdpr.dueFrom(aware, QTimeZone("America/New_York")), due);
    }

    // 60 calendar days keep the organisation's wall-clock time: discovered
    // 2026-03-01 10:00 EST, due 2026-04-30 10:00 EDT, which is one hour
    // less than 60 × 24 h.
    void calendarDaysAcrossDaylightSaving()
    {
        const QTimeZone newYork("America/New_York");
        const QDateTime aware = QDateTime(QDate(2026, 3, 1), QTime(10, 0), newYork).toUTC();
        QCOMPARE(aware, utc("2026-03-01T15:00:00Z"));
        const ClockRule hipaa = rule(QStringLiteral("hipaa-individuals"));
        const QDateTime due = hipaa.dueFrom(aware, newYork);
        QCOMPARE(due, utc("2026-04-30T14:00:00Z"));
        QCOMPARE(due.toTimeZone(newYork).time(), QTime(10, 0));
        QCOMPARE(aware.secsTo(due), 60 * 86400 - 3600);
        // In UTC (the default organisation zone) calendar days are whole days.
        QCOMPARE(hipaa.dueFrom(aware, QTimeZone::utc()), aware.addDays(60));
    }

    // The viewer moves from Berlin to New York (or changes the system zone):
    // the stored due time and the status stay; only the text shows it in the
    // new local time, with the zone.
    void deadlineDoesNotMoveWhenTheViewerChangesZone()
    {
        const QDateTime aware = utc("2026-03-27T09:00:00Z");
        const NotificationFacts eu = answered(true, false, false, {QStringLiteral("DE")});
        const QDateTime now = utc("2026-03-28T12:00:00Z");
        const QTimeZone org = QTimeZone("Europe/Berlin");

        setViewerZone("Europe/Berlin");
        const ClockState inBerlin =
            stateOf(RegulatoryClocks::evaluate(aware, eu, ClockRule::builtIns(), {}, org, now),
                    QStringLiteral("gdpr-art33"));
        QCOMPARE(inBerlin.dueText(), QStringLiteral("2026-03-30 11:00 CEST"));

        setViewerZone("America/New_York");
        const ClockState inNewYork =
            stateOf(RegulatoryClocks::evaluate(aware, eu, ClockRule::builtIns(), {}, org, now),
                    QStringLiteral("gdpr-art33"));
        QCOMPARE(inNewYork.due, inBerlin.due);
        QCOMPARE(inNewYork.status, inBerlin.status);
        QCOMPARE(inNewYork.secondsLeft(now), inBerlin.secondsLeft(now));
        QCOMPARE(inNewYork.dueText(), QStringLiteral("2026-03-30 05:00 EDT"));

        setViewerZone("Asia/Kolkata");
        const auto hipaaIndia =
            stateOf(RegulatoryClocks::evaluate(
                        aware, answered(false, true, false, {QStringLiteral("US")}),
                        ClockRule::builtIns(), {}, QTimeZone("America/New_York"), now),
                    QStringLiteral("hipaa-individuals"));
        QCOMPARE(hipaaIndia.dueText(), QStringLiteral("2026-05-26 14:30 IST"));
        setViewerZone("UTC");
        const auto hipaaUtc =
            stateOf(RegulatoryClocks::evaluate(
                        aware, answered(false, true, false, {QStringLiteral("US")}),
                        ClockRule::builtIns(), {}, QTimeZone("America/New_York"), now),
                    QStringLiteral("hipaa-individuals"));
        QCOMPARE(hipaaUtc.due, hipaaIndia.due);
        QCOMPARE(hipaaUtc.due, utc("2026-05-26T09:00:00Z"));
        QCOMPARE(hipaaUtc.dueText(), QStringLiteral("2026-05-26 09:00 UTC"));
    }

    void customRulesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("amount");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QStringList>("jurisdictions");
        QTest::addColumn<bool>("personal");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("ok") << QStringLiteral("UK ICO") << 72 << 0
                            << QStringList{QStringLiteral("UK")} << true << QString();
        QTest::newRow("no name") << QString() << 72 << 0 << QStringList{QStringLiteral("UK")}
                                 << true << QStringLiteral("needs a name");
        QTest::newRow("zero") << QStringLiteral("x") << 0 << 0 << QStringList{QStringLiteral("UK")}
                              << true << QStringLiteral("between 1 and");
        QTest::newRow("too many days")
            << QStringLiteral("x") << 400 << 1 << QStringList{QStringLiteral("UK")} << true
            << QStringLiteral("between 1 and 366 days");
        QTest::newRow("bad code") << QStringLiteral("x") << 5 << 0
                                  << QStringList{QStringLiteral("Germany!")} << true
                                  << QStringLiteral("not a jurisdiction code");
        QTest::newRow("applies never") << QStringLiteral("x") << 5 << 0 << QStringList() << false
                                       << QStringLiteral("Say when the rule applies");
    }

    void customRulesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(int, amount);
        QFETCH(int, unit);
        QFETCH(QStringList, jurisdictions);
        QFETCH(bool, personal);
        QFETCH(QString, fragment);
        ClockRule r;
        r.name = name;
        r.id = ClockRule::customId(name);
        r.amount = amount;
        r.unit = ClockRule::Unit(unit);
        r.jurisdictions = jurisdictions;
        r.needsPersonalData = personal;
        const auto v = r.validate();
        if (fragment.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            return;
        }
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(fragment), qPrintable(v.error().message));
        QVERIFY(v.error().message.contains(QLatin1String("not saved")));
    }

    void customIdsAreSlugs()
    {
        QCOMPARE(ClockRule::customId(QStringLiteral("UK ICO (72 h)")),
                 QStringLiteral("custom-uk-ico-72-h"));
        QCOMPARE(ClockRule::customId(QStringLiteral("Datenschutzbehörde")),
                 QStringLiteral("custom-datenschutzbehorde"));
        QCOMPARE(ClockRule::customId(QStringLiteral("!!!")), QStringLiteral("custom-rule"));
    }

    // The pane's table counts down and turns overdue without a reload.
    void clockModelCountsDown()
    {
        const QDateTime aware = utc("2026-06-01T08:00:00Z");
        ManualClock clock(aware.addSecs(71 * 3600));
        RegulatoryClockModel model(clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStates(
            RegulatoryClocks::evaluate(aware, answered(true, false, false, {QStringLiteral("DE")}),
                                       ClockRule::builtIns(), {}, QTimeZone::utc(), clock.now()));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex status = model.index(0, RegulatoryClockModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Open: 1h 00m left"));
        QCOMPARE(status.data(RegulatoryClockModel::AlarmRole).toBool(), false);
        QCOMPARE(model.index(1, RegulatoryClockModel::DueColumn).data().toString(),
                 QString()); // not required
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(2 * 3600);
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.data().toString(), QStringLiteral("Open, OVERDUE by 1h 00m"));
        QCOMPARE(status.data(RegulatoryClockModel::StatusRole).toInt(), int(ClockStatus::Overdue));
        QCOMPARE(status.data(RegulatoryClockModel::AlarmRole).toBool(), true);
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Art. 33(1)")));
        QCOMPARE(model.state(QStringLiteral("soc2-customers"))->status, ClockStatus::NotRequired);
    }

    void jurisdictions()
    {
        QVERIFY(Jurisdictions::within(QStringLiteral("de"), QStringLiteral("EEA")));
        QVERIFY(Jurisdictions::within(QStringLiteral("EU"), QStringLiteral("EEA")));
        QVERIFY(Jurisdictions::within(QStringLiteral("IS"), QStringLiteral("EEA")));
        QVERIFY(!Jurisdictions::within(QStringLiteral("IS"), QStringLiteral("EU")));
        QVERIFY(Jurisdictions::within(QStringLiteral("US-NY"), QStringLiteral("US")));
        QVERIFY(!Jurisdictions::within(QStringLiteral("US"), QStringLiteral("US-NY")));
        QVERIFY(!Jurisdictions::within(QStringLiteral("CH"), QStringLiteral("EEA")));
        QVERIFY(Jurisdictions::isValidCode(QStringLiteral("us-ca")));
        QVERIFY(!Jurisdictions::isValidCode(QStringLiteral("United States")));
        QVERIFY(!Jurisdictions::isValidCode(QString()));
    }
};

QTEST_GUILESS_MAIN(TestRegulatoryClocks)
#include "tst_regulatoryclocks.moc"

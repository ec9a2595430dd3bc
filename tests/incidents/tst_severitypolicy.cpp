// Where an incident stands against its severity's response target, with a
// fixed clock; and what the two seed policies say.
#include "models/incidents/SeverityPolicy.h"

#include <QTest>

using namespace ic;

namespace {

const QDateTime Detected =
    QDateTime::fromString(QStringLiteral("2026-11-22T09:00:00Z"), Qt::ISODate);

QList<int> minutesOf(const SeverityPolicy &p)
{
    QList<int> out;
    for (const SeverityLevel &l : p.levels)
        out << l.responseMinutes;
    return out;
}

} // namespace

class TestSeverityPolicy : public QObject
{
    Q_OBJECT
private slots:
    void responseState_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("ackAfter"); // seconds after detection; -1: never
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("nowAfter"); // seconds after detection
        QTest::addColumn<int>("kind");     // ResponseState::Kind
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<int>("dueAfter"); // seconds after detection
        QTest::addColumn<QString>("text");

        const int running = int(ResponseState::Kind::Running);
        const int overdue = int(ResponseState::Kind::Overdue);
        const int met = int(ResponseState::Kind::Met);
        const int late = int(ResponseState::Kind::MetLate);
        const int closed = int(ResponseState::Kind::Closed);
        const QString team = QStringLiteral("security-team");
        const QString platform = QStringLiteral("platform");

        // P1: one hour. 47m 55s in: 12m 05s left.
        QTest::newRow("P1 running") << team << 1 << -1 << false << 47 * 60 + 55 << running
                                    << qint64(725) << 3600 << QStringLiteral("12m 05s left");
        QTest::newRow("P1 last second") << team << 1 << -1 << false << 3600 << running << qint64(0)
                                        << 3600 << QStringLiteral("0s left");
        QTest::newRow("P1 overdue") << team << 1 << -1 << false << 3600 + 302 << overdue
                                    << qint64(-302) << 3600 << QStringLiteral("OVERDUE 5m 02s");
        QTest::newRow("P1 overdue a day")
            << team << 1 << -1 << false << 3600 + 26 * 3600 + 60 << overdue
            << qint64(-(26 * 3600 + 60)) << 3600 << QStringLiteral("OVERDUE 1d 2h");
        QTest::newRow("P1 met") << team << 1 << 30 * 60 << false << 5 * 3600 << met << qint64(1800)
                                << 3600 << QStringLiteral("Responded");
        QTest::newRow("P1 met on the dot") << team << 1 << 3600 << false << 5 * 3600 << met
                                           << qint64(0) << 3600 << QStringLiteral("Responded");
        QTest::newRow("P1 met late") << team << 1 << 3661 << false << 5 * 3600 << late
                                     << qint64(-61) << 3600 << QStringLiteral("Responded late");
        // P0 immediate: due at detection, overdue one second later.
        QTest::newRow("P0 at detection") << team << 0 << -1 << false << 0 << running << qint64(0)
                                         << 0 << QStringLiteral("0s left");
        QTest::newRow("P0 one second later") << team << 0 << -1 << false << 1 << overdue
                                             << qint64(-1) << 0 << QStringLiteral("OVERDUE 1s");
        QTest::newRow("P0 acknowledged at detection")
            << team << 0 << 0 << false << 600 << met << qint64(0) << 0
            << QStringLiteral("Responded");
        QTest::newRow("P0 acknowledged after 4s")
            << team << 0 << 4 << false << 600 << late << qint64(-4) << 0
            << QStringLiteral("Responded late");
        // Closed before anyone acknowledged it: no alarm, no countdown.
        QTest::newRow("closed unacknowledged") << team << 1 << -1 << true << 7200 << closed
                                               << qint64(-3600) << 3600 << QStringLiteral("Closed");
        QTest::newRow("closed after response")
            << team << 1 << 60 << true << 7200 << met << qint64(3540) << 3600
            << QStringLiteral("Responded");
        // The platform's targets: 5 min, 15 min, 1 h, 24 h.
        QTest::newRow("platform P0 running") << platform << 0 << -1 << false << 4 * 60 << running
                                             << qint64(60) << 300 << QStringLiteral("1m 00s left");
        QTest::newRow("platform P0 overdue") << platform << 0 << -1 << false << 301 << overdue
                                             << qint64(-1) << 300 << QStringLiteral("OVERDUE 1s");
        QTest::newRow("platform P1") << platform << 1 << -1 << false << 45 << running << qint64(855)
                                     << 900 << QStringLiteral("14m 15s left");
        QTest::newRow("platform P2") << platform << 2 << -1 << false << 0 << running << qint64(3600)
                                     << 3600 << QStringLiteral("1h 00m left");
        QTest::newRow("P2 four hours")
            << team << 2 << -1 << false << 3600 + 59 << running << qint64(3 * 3600 - 59) << 4 * 3600
            << QStringLiteral("2h 59m left");
        QTest::newRow("P3 a day") << team << 3 << -1 << false << 3600 << running
                                  << qint64(23 * 3600) << 24 * 3600
                                  << QStringLiteral("23h 00m left");
        QTest::newRow("P3 under a minute")
            << platform << 3 << -1 << false << 24 * 3600 - 9 << running << qint64(9) << 24 * 3600
            << QStringLiteral("9s left");
        // A detection time in the future (clock skew) just leaves more time.
        QTest::newRow("detected in the future")
            << team << 1 << -1 << false << -120 << running << qint64(3720) << 3600
            << QStringLiteral("1h 02m left");
    }

    void responseState()
    {
        QFETCH(QString, preset);
        QFETCH(int, severity);
        QFETCH(int, ackAfter);
        QFETCH(bool, closed);
        QFETCH(int, nowAfter);
        QFETCH(int, kind);
        QFETCH(qint64, secondsLeft);
        QFETCH(int, dueAfter);
        QFETCH(QString, text);

        const SeverityPolicy policy = preset == QLatin1String("platform")
                                          ? SeverityPolicy::platform()
                                          : SeverityPolicy::securityTeam();
        Incident inc;
        inc.severity = Severity(severity);
        inc.detectedAt = Detected;
        if (ackAfter >= 0)
            inc.acknowledgedAt = Detected.addSecs(ackAfter);
        if (closed) {
            inc.status = IncidentStatus::Closed;
            inc.closedAt = Detected.addSecs(nowAfter);
        }

        const ResponseState st = ic::responseState(inc, policy, Detected.addSecs(nowAfter));
        QCOMPARE(int(st.kind), kind);
        QCOMPARE(st.secondsLeft, secondsLeft);
        QCOMPARE(st.due, Detected.addSecs(dueAfter));
        QCOMPARE(st.text(), text);
        QCOMPARE(st.isAlarming(), kind == int(ResponseState::Kind::Overdue));
    }

    void countdownMovesWithTheClockOnly()
    {
        Incident inc;
        inc.severity = Severity::P2;
        inc.detectedAt = Detected;
        const SeverityPolicy policy = SeverityPolicy::securityTeam();
        const QDateTime now = Detected.addSecs(100);
        // Same inputs, same answer: no hidden "now" inside.
        QCOMPARE(ic::responseState(inc, policy, now).secondsLeft,
                 ic::responseState(inc, policy, now).secondsLeft);
        QCOMPARE(ic::responseState(inc, policy, now.addSecs(1)).secondsLeft,
                 ic::responseState(inc, policy, now).secondsLeft - 1);
        // Once acknowledged the result no longer depends on the clock.
        inc.acknowledgedAt = Detected.addSecs(50);
        QCOMPARE(ic::responseState(inc, policy, now.addSecs(86400 * 3)).secondsLeft,
                 qint64(4 * 3600 - 50));
    }

    void presets()
    {
        const SeverityPolicy team = SeverityPolicy::securityTeam();
        QCOMPARE(team.presetId, QStringLiteral("security-team"));
        QCOMPARE(minutesOf(team), (QList<int>{0, 60, 240, 1440}));
        QCOMPARE(team.level(Severity::P0).responseText, QStringLiteral("Immediate"));
        QCOMPARE(team.label(Severity::P1), QStringLiteral("P1 High"));

        const SeverityPolicy platform = SeverityPolicy::platform();
        QCOMPARE(platform.presetId, QStringLiteral("platform"));
        QCOMPARE(minutesOf(platform), (QList<int>{5, 15, 60, 1440}));
        QCOMPARE(platform.label(Severity::P0), QStringLiteral("P0 Critical"));

        for (const SeverityPolicy &p : SeverityPolicy::presets()) {
            QVERIFY(p.validate().ok());
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(p.levels[size_t(i)].level, Severity(i));
                QVERIFY(!p.levels[size_t(i)].name.isEmpty());
                QVERIFY(!p.levels[size_t(i)].description.isEmpty());
            }
        }
        QCOMPARE(SeverityPolicy::presets().size(), 2);
        QVERIFY(SeverityPolicy::presetName(QStringLiteral("platform"))
                    .contains(QLatin1String("5 min")));
        QCOMPARE(SeverityPolicy::presetName(QStringLiteral("whatever")), QStringLiteral("Custom"));
    }

    void validateRejects_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::newRow("empty name") << 2 << QString() << 240 << QStringLiteral("P2 needs a name");
        QTest::newRow("blank name")
            << 0 << QStringLiteral(" \t") << 0 << QStringLiteral("P0 needs a name");
        QTest::newRow("negative") << 0 << QStringLiteral("Critical") << -5
                                  << QStringLiteral("P0 must be between 0 minutes and one year");
        QTest::newRow("more than a year")
            << 3 << QStringLiteral("Low") << 525601
            << QStringLiteral("P3 must be between 0 minutes and one year");
        QTest::newRow("a year") << 3 << QStringLiteral("Low") << 525600 << QString();
        QTest::newRow("P2 faster than P1")
            << 2 << QStringLiteral("Medium") << 59
            << QStringLiteral("P2 must not need a faster response than P1");
        QTest::newRow("P2 as fast as P1") << 2 << QStringLiteral("Medium") << 60 << QString();
        QTest::newRow("P0 slower than P1")
            << 0 << QStringLiteral("Critical") << 61
            << QStringLiteral("P1 must not need a faster response than P0");
    }

    void validateRejects()
    {
        QFETCH(int, level);
        QFETCH(QString, name);
        QFETCH(int, minutes);
        QFETCH(QString, message);
        SeverityPolicy p = SeverityPolicy::securityTeam();
        p.levels[size_t(level)].name = name;
        p.levels[size_t(level)].responseMinutes = minutes;
        const Result<void> v = p.validate();
        if (message.isEmpty()) {
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            return;
        }
        QVERIFY(!v.ok());
        QCOMPARE(v.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(v.error().message.contains(message), qPrintable(v.error().message));
        QVERIFY(v.error().message.contains(QLatin1String("The policy was not saved.")));
    }
};

QTEST_GUILESS_MAIN(TestSeverityPolicy)
#include "tst_severitypolicy.moc"

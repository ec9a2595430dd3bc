// The deadline phrases people write (English, German, Spanish, French), as a
// duration from detection; windows a section sets, cadences that are not
// deadlines, ranges kept as text; anything else kept as text with no due time.
#include "models/playbooks/Deadline.h"

#include <QTest>

using namespace ic;

class TestDeadline : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1: not understood
        // The seeds' own phrases.
        QTest::newRow("Immediate") << QStringLiteral("Immediate") << 0;
        QTest::newRow("(Immediate)") << QStringLiteral("(Immediate)") << 0;
        QTest::newRow("Within 1 hour") << QStringLiteral("Within 1 hour") << 60;
        QTest::newRow("Within 4 hours") << QStringLiteral("Within 4 hours") << 240;
        QTest::newRow("Within 24 hours") << QStringLiteral("Within 24 hours") << 1440;
        QTest::newRow("Within 1 week") << QStringLiteral("Within 1 week") << 10080;
        QTest::newRow("Within 30 minutes") << QStringLiteral("Within 30 minutes") << 30;
        QTest::newRow("Within 72 hours") << QStringLiteral("Within 72 hours") << 4320;
        QTest::newRow("<1 hour") << QStringLiteral("<1 hour") << 60;
        QTest::newRow("<4 hours") << QStringLiteral("<4 hours") << 240;
        QTest::newRow("< 15 minutes") << QStringLiteral("< 15 minutes") << 15;
        QTest::newRow("<15 min") << QStringLiteral("<15 min") << 15;
        QTest::newRow("Immediate (< 5 minutes)") << QStringLiteral("Immediate (< 5 minutes)") << 5;
        QTest::newRow("Within 60 days") << QStringLiteral("Within 60 days") << 86400;
        // Other ways people write them.
        QTest::newRow("T+15m") << QStringLiteral("T+15m") << 15;
        QTest::newRow("T + 2h") << QStringLiteral("T + 2h") << 120;
        QTest::newRow("2h") << QStringLiteral("2h") << 120;
        QTest::newRow("2 h") << QStringLiteral("2 h") << 120;
        QTest::newRow("90 min") << QStringLiteral("90 min") << 90;
        QTest::newRow("1.5 hours") << QStringLiteral("1.5 hours") << 90;
        QTest::newRow("1,5 Stunden") << QStringLiteral("1,5 Stunden") << 90;
        QTest::newRow("1 h 30 min") << QStringLiteral("1 h 30 min") << 90;
        QTest::newRow("1 hour and 30 minutes") << QStringLiteral("1 hour and 30 minutes") << 90;
        QTest::newRow("<= 10 mins") << QStringLiteral("<= 10 mins") << 10;
        QTest::newRow("≤ 3 days") << QStringLiteral("≤ 3 days") << 4320;
        QTest::newRow("within 2 wks") << QStringLiteral("within 2 wks") << 20160;
        QTest::newRow("WITHIN 1 HOUR") << QStringLiteral("WITHIN 1 HOUR") << 60;
        QTest::newRow("less than 20 minutes") << QStringLiteral("less than 20 minutes") << 20;
        QTest::newRow("[within 1 day]") << QStringLiteral("[within 1 day]") << 1440;
        QTest::newRow("Immediately") << QStringLiteral("Immediately") << 0;
        QTest::newRow("German sofort") << QStringLiteral("Sofort") << 0;
        QTest::newRow("German innerhalb") << QStringLiteral("innerhalb von 2 Stunden") << 120;
        QTest::newRow("French") << QStringLiteral("dans les 72 heures") << 4320;
        QTest::newRow("Spanish") << QStringLiteral("en 24 horas") << 1440;
        QTest::newRow("60 calendar days") << QStringLiteral("Within 60 calendar days") << 86400;
        QTest::newRow("an hour") << QStringLiteral("within an hour") << 60;
        QTest::newRow("two days") << QStringLiteral("within two days") << 2880;
        QTest::newRow("German spätestens") << QStringLiteral("spätestens nach 4 Stunden") << 240;
        QTest::newRow("German binnen einer Stunde") << QStringLiteral("binnen einer Stunde") << 60;
        QTest::newRow("German umgehend") << QStringLiteral("umgehend") << 0;
        QTest::newRow("Spanish en menos de") << QStringLiteral("en menos de 30 minutos") << 30;
        QTest::newRow("Spanish dentro de las próximas")
            << QStringLiteral("dentro de las próximas 2 horas") << 120;
        QTest::newRow("Spanish de inmediato") << QStringLiteral("De inmediato") << 0;
        QTest::newRow("French sous") << QStringLiteral("sous 24 heures") << 1440;
        QTest::newRow("French au plus tard") << QStringLiteral("au plus tard dans 2 heures") << 120;
        QTest::newRow("French immédiatement") << QStringLiteral("Immédiatement") << 0;
        // Not deadlines we understand: kept as text, never guessed.
        QTest::newRow("ASAP") << QStringLiteral("ASAP") << -1;
        QTest::newRow("end of day") << QStringLiteral("By end of business day") << -1;
        QTest::newRow("business days") << QStringLiteral("Within 5 business days") << -1;
        QTest::newRow("when possible") << QStringLiteral("when possible") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("a sentence with a number")
            << QStringLiteral("Notify 3 hours after the call if no answer") << -1;
        QTest::newRow("a version number") << QStringLiteral("v1.2") << -1;
        QTest::newRow("unknown unit") << QStringLiteral("within 3 fortnights") << -1;
        QTest::newRow("huge") << QStringLiteral("within 99999999 weeks") << -1;
        QTest::newRow("a range") << QStringLiteral("within 10-15 minutes") << -1;
        QTest::newRow("a range in words") << QStringLiteral("1 to 2 hours") << -1;
        QTest::newRow("a cadence") << QStringLiteral("every 30 minutes") << -1;
        QTest::newRow("a spelled amount with a short unit") << QStringLiteral("a d") << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const Deadline d = Deadline::parse(text);
        QCOMPARE(d.text, text.trimmed());
        QCOMPARE(d.minutes.value_or(-1), minutes);
        QCOMPARE(d.isKnown(), minutes >= 0);
        QCOMPARE(d.isImmediate(), minutes == 0);
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("minutes");
        QTest::newRow("heading") << QStringLiteral("Step 2: Investigation (Within 1 hour)")
                                 << QStringLiteral("Within 1 hour") << 60;
        QTest::newRow("immediate heading") << QStringLiteral("Step 1: Containment (Immediate)")
                                           << QStringLiteral("Immediate") << 0;
        QTest::newRow("in a sentence")
            << QStringLiteral("Notify regulators within 72 hours if personal data is involved")
            << QStringLiteral("within 72 hours") << 4320;
        QTest::newRow("response time line")
            << QStringLiteral("**Response Time**: Immediate (< 5 minutes)")
            << QStringLiteral("Immediate (< 5 minutes)") << 5;
        QTest::newRow("T+ in a list item")
            << QStringLiteral("Page the on-call lead (T+15m)") << QStringLiteral("T+15m") << 15;
        QTest::newRow("none") << QStringLiteral("Review session fingerprints") << QString() << -1;
        QTest::newRow("word containing now")
            << QStringLiteral("Acknowledge the known issue") << QString() << -1;
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(int, minutes);
        const auto d = Deadline::find(text);
        QCOMPARE(d.has_value(), minutes >= 0);
        if (d) {
            QCOMPARE(d->text, phrase);
            QCOMPARE(d->minutes.value_or(-1), minutes);
        }
    }

    // Running text (a step): only a phrase that says it is a deadline.
    void findMarked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("minutes");
        QTest::newRow("lead word") << QStringLiteral("Notify legal within 2 hours")
                                   << QStringLiteral("within 2 hours") << 120;
        QTest::newRow("T+") << QStringLiteral("Page the on-call lead (T+15m)")
                            << QStringLiteral("T+15m") << 15;
        QTest::newRow("in brackets")
            << QStringLiteral("Rotate the keys (1 h)") << QStringLiteral("1 h") << 60;
        QTest::newRow("less than")
            << QStringLiteral("Acknowledge < 5 min") << QStringLiteral("< 5 min") << 5;
        QTest::newRow("immediately")
            << QStringLiteral("Revoke API key immediately") << QStringLiteral("immediately") << 0;
        QTest::newRow("German") << QStringLiteral("Rechner sofort vom Netz trennen")
                                << QStringLiteral("sofort") << 0;
        QTest::newRow("immediately with a promise")
            << QStringLiteral("Page the CISO immediately (< 10 minutes)")
            << QStringLiteral("immediately (< 10 minutes)") << 10;
        QTest::newRow("a bare amount is not a deadline")
            << QStringLiteral("Review logs of the last 24 hours") << QString() << -1;
        QTest::newRow("a retention period is not a deadline")
            << QStringLiteral("Old keys remain valid for 24 hours") << QString() << -1;
        QTest::newRow("now is not immediately")
            << QStringLiteral("Check now whether the key was used") << QString() << -1;
        QTest::newRow("none") << QStringLiteral("Document incident") << QString() << -1;
        QTest::newRow("the first marked one")
            << QStringLiteral("Keep 30 days of logs; report within 72 hours")
            << QStringLiteral("within 72 hours") << 4320;
        QTest::newRow("a cadence is not a deadline")
            << QStringLiteral("Post updates every 30 minutes") << QString() << -1;
        QTest::newRow("a cadence in brackets is not a deadline")
            << QStringLiteral("Post updates (every 30 min)") << QString() << -1;
        QTest::newRow("a range stays text")
            << QStringLiteral("Open a maintenance window within the first 10-15 minutes")
            << QStringLiteral("within the first 10-15 minutes") << -2;
        QTest::newRow("a range in brackets stays text")
            << QStringLiteral("Page the lead (15-30 min)") << QStringLiteral("15-30 min") << -2;
        QTest::newRow("Spanish") << QStringLiteral("Notificar al CERT en menos de 24 horas")
                                 << QStringLiteral("en menos de 24 horas") << 1440;
        QTest::newRow("French") << QStringLiteral("Prévenir la CNIL sous 72 heures")
                                << QStringLiteral("sous 72 heures") << 4320;
        QTest::newRow("German") << QStringLiteral("Datenschutz innerhalb von 72 Stunden melden")
                                << QStringLiteral("innerhalb von 72 Stunden") << 4320;
    }
    void findMarked()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(int, minutes);
        const auto d = Deadline::findMarked(text);
        QCOMPARE(d.has_value(), minutes >= 0 || minutes == -2);
        if (d) {
            QCOMPARE(d->text, phrase);
            QCOMPARE(d->minutes.value_or(-2), minutes); // -2: found, kept as text
        }
    }

    // The window a section's introduction sets: "within the first 5 minutes".
    void findWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("minutes"); // -1: none; -2: found, a range kept as text
        QTest::newRow("English")
            << QStringLiteral("Do these steps first, within the first 5 minutes of discovering it.")
            << QStringLiteral("within the first 5 minutes") << 5;
        QTest::newRow("English, the first hour")
            << QStringLiteral("During the first hour, work down this list.")
            << QStringLiteral("During the first hour") << 60;
        QTest::newRow("Spanish") << QStringLiteral(
                                        "Durante la primera hora, la secuencia recomendada será:")
                                 << QStringLiteral("Durante la primera hora") << 60;
        QTest::newRow("Spanish, minutes") << QStringLiteral("En los primeros 30 minutos:")
                                          << QStringLiteral("En los primeros 30 minutos") << 30;
        QTest::newRow("German") << QStringLiteral("In der ersten Stunde gilt:")
                                << QStringLiteral("In der ersten Stunde") << 60;
        QTest::newRow("German, minutes")
            << QStringLiteral("Innerhalb der ersten 15 Minuten erledigen:")
            << QStringLiteral("Innerhalb der ersten 15 Minuten") << 15;
        QTest::newRow("French") << QStringLiteral("Dans la première heure, suivre ces étapes.")
                                << QStringLiteral("Dans la première heure") << 60;
        QTest::newRow("French, minutes") << QStringLiteral("Dans les 30 premières minutes :")
                                         << QStringLiteral("Dans les 30 premières minutes") << 30;
        QTest::newRow("French, dans l'heure")
            << QStringLiteral("À faire dans l'heure.") << QStringLiteral("dans l'heure") << 60;
        QTest::newRow("a range") << QStringLiteral("within the first 10-15 minutes if needed")
                                 << QStringLiteral("within the first 10-15 minutes") << -2;
        QTest::newRow("an adverb is no window")
            << QStringLiteral("Affected hosts should be immediately isolated.") << QString() << -1;
        QTest::newRow("a plain amount is no window")
            << QStringLiteral("Logs are kept for 30 days.") << QString() << -1;
    }

    void findWindow()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(int, minutes);
        const auto d = Deadline::findWindow(text);
        QCOMPARE(d.has_value(), minutes != -1);
        if (d) {
            QCOMPARE(d->text, phrase);
            QCOMPARE(d->minutes.value_or(-2), minutes);
        }
    }

    // How often, not by when.
    void findCadence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("minutes"); // -1: none; -2: found without a period
        QTest::newRow("every N minutes") << QStringLiteral("Post updates every 30 minutes")
                                         << QStringLiteral("every 30 minutes") << 30;
        QTest::newRow("every hour")
            << QStringLiteral("Check the queue every hour") << QStringLiteral("every hour") << 60;
        QTest::newRow("a range") << QStringLiteral("Post updates every 15-30 minutes")
                                 << QStringLiteral("every 15-30 minutes") << -2;
        QTest::newRow("hourly") << QStringLiteral("Hourly status mail") << QStringLiteral("Hourly")
                                << 60;
        QTest::newRow("German") << QStringLiteral("Lagebericht alle 2 Stunden")
                                << QStringLiteral("alle 2 Stunden") << 120;
        QTest::newRow("German word")
            << QStringLiteral("täglich berichten") << QStringLiteral("täglich") << 1440;
        QTest::newRow("Spanish") << QStringLiteral("Actualizar estado cada 2 horas")
                                 << QStringLiteral("cada 2 horas") << 120;
        QTest::newRow("French") << QStringLiteral("Point toutes les 30 minutes")
                                << QStringLiteral("toutes les 30 minutes") << 30;
        QTest::newRow("French hours") << QStringLiteral("Point toutes les heures")
                                      << QStringLiteral("toutes les heures") << 60;
        QTest::newRow("continuous")
            << QStringLiteral("Continuous") << QStringLiteral("Continuous") << -2;
        QTest::newRow("none") << QStringLiteral("Notify legal within 2 hours") << QString() << -1;
        QTest::newRow("every without a unit")
            << QStringLiteral("Rotate keys on every other system") << QString() << -1;
    }

    void findCadence()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(int, minutes);
        const auto d = Deadline::findCadence(text);
        QCOMPARE(d.has_value(), minutes != -1);
        if (d) {
            QCOMPARE(d->text, phrase);
            QCOMPARE(d->minutes.value_or(-2), minutes);
        }
        QVERIFY(Deadline::isCadence(QStringLiteral("Daily")));
        QVERIFY(Deadline::isCadence(QStringLiteral("**Periodic**:")));
        QVERIFY(!Deadline::isCadence(QStringLiteral("Within 5 min")));
        QVERIFY(!Deadline::isCadence(QStringLiteral("Post updates daily to the channel")));
    }

    void describe()
    {
        QCOMPARE(Deadline::describe(0), QStringLiteral("Immediate"));
        QCOMPARE(Deadline::describe(15), QStringLiteral("15 min"));
        QCOMPARE(Deadline::describe(60), QStringLiteral("1 h"));
        QCOMPARE(Deadline::describe(90), QStringLiteral("1 h 30 min"));
        QCOMPARE(Deadline::describe(4320), QStringLiteral("3 d"));
        QCOMPARE(Deadline::describe(10080), QStringLiteral("1 wk"));
    }
};

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"

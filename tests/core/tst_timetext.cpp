#include "models/core/TimeText.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace ic;

class TestTimeText : public QObject
{
    Q_OBJECT
private slots:
    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
        QTest::newRow("minutes") << qint64(12 * 60 + 5) << QStringLiteral("12m 05s");
        QTest::newRow("hours") << qint64(3600 + 5 * 60 + 59) << QStringLiteral("1h 05m");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3d 4h");
        QTest::newRow("negative is absolute") << qint64(-125) << QStringLiteral("2m 05s");
    }
    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(TimeText::duration(seconds), text);
    }
    void localShowsZone()
    {
        const QDateTime t =
            QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);
        const QString text = TimeText::local(t);
        QVERIFY2(text.startsWith(t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(text));
        QVERIFY2(text.size() > 16, "the zone abbreviation is shown");
        QCOMPARE(TimeText::local(QDateTime()), QString());
    }
    // The zone beside the detection time: its abbreviation and offset, the
    // same text Qt's zone database gives, whatever the workstation's zone.
    void zoneSuffixNamesTheOffset_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *z : {"UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata",
                              "America/New_York", "Pacific/Chatham"})
            QTest::newRow(z) << QByteArray(z);
    }
    void zoneSuffixNamesTheOffset()
    {
        QFETCH(QByteArray, zone);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        const QDateTime now = QDateTime::currentDateTime();
        const QString expected = QStringLiteral(" %1 (%2)")
                                     .arg(now.timeZoneAbbreviation(),
                                          QTimeZone(zone).displayName(now, QTimeZone::OffsetName));
        const QString text = TimeText::zoneSuffix();
        if (before.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", before);
        tzset();
        QCOMPARE(text, expected);
    }
    void localShort()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-22T12:00:00Z"), Qt::ISODate);
        QCOMPARE(TimeText::localShort(now.addSecs(-60), now),
                 now.addSecs(-60).toLocalTime().toString(QStringLiteral("HH:mm")));
        QVERIFY(TimeText::localShort(now.addDays(-400), now).startsWith(QStringLiteral("2025")));
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"

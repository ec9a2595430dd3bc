// The German translation: the built catalogue translates what the app shows,
// the model code finds its strings at run time, every source string has a
// German text, and the catalogue is compiled into incident-commander.
#include "models/core/Clock.h"
#include "models/incidents/Incident.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ic;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_german.load(QStringLiteral(IC_QM_FILE)),
                 "the build did not produce " IC_QM_FILE " (lrelease over translations/ic_de.ts)");
        QVERIFY2(m_german.language().startsWith(QLatin1String("de")),
                 qPrintable(m_german.language()));
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    // Context names are what lupdate writes for the classes in ui/.
    void userInterface_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("german");
        auto row = [](const char *context, const char *source, const char *german) {
            QTest::addRow("%s %s", context, source)
                << QByteArray(context) << QByteArray(source) << QString::fromUtf8(german);
        };
        row("ic::MainWindow", "&File", "&Datei");
        row("ic::MainWindow", "&Incident", "&Vorfall");
        row("ic::MainWindow", "&View", "&Ansicht");
        row("ic::MainWindow", "&Help", "&Hilfe");
        row("ic::MainWindow", "&New Incident…", "&Neuer Vorfall …");
        row("ic::MainWindow", "All changes saved", "Alle Änderungen gespeichert");
        row("ic::IncidentListPane", "Active incidents", "Aktive Vorfälle");
        row("ic::IncidentDetailPane", "Take command", "Leitung übernehmen");
        row("ic::NewIncidentDialog", "Open Incident", "Vorfall eröffnen");
        row("ic::ConnectDialog", "Connect to a Team Workspace",
            "Mit einem Team-Arbeitsbereich verbinden");
        row("ic::SeverityPolicyDialog", "Severity Policy", "Schweregrad-Richtlinie");
        row("ic::MessageBanner", "Error:", "Fehler:");
    }
    void userInterface()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), german);
    }

    void plurals()
    {
        QCOMPARE(QCoreApplication::translate("ic::IncidentListPane", "%n incident(s)", nullptr, 1),
                 QStringLiteral("1 Vorfall"));
        QCOMPARE(QCoreApplication::translate("ic::IncidentListPane", "%n incident(s)", nullptr, 3),
                 QStringLiteral("3 Vorfälle"));
    }

    // Run the model code itself, so a context the code asks for at run time
    // that differs from the one lupdate recorded shows up here.
    void modelStrings()
    {
        QCOMPARE(statusLabel(IncidentStatus::Containment), QStringLiteral("Eindämmung"));
        QCOMPARE(statusLabel(IncidentStatus::Closed), QStringLiteral("Geschlossen"));

        IncidentListModel model(Clock::system());
        QStringList headers;
        for (int c = 0; c < model.columnCount({}); ++c)
            headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(headers.contains(QStringLiteral("Schweregrad")), qPrintable(headers.join(u", ")));
        QVERIFY2(headers.contains(QStringLiteral("Titel")), qPrintable(headers.join(u", ")));
    }

    void severityStrings()
    {
        // Strings of model code outside QObject classes reach the user too:
        // their run-time context must be the one lupdate records.
        QCOMPARE(SeverityPolicy::securityTeam().level(Severity::P0).name,
                 QStringLiteral("Kritisch"));
        ResponseState overdue;
        overdue.kind = ResponseState::Kind::Overdue;
        overdue.secondsLeft = -90;
        QVERIFY2(overdue.text().startsWith(QStringLiteral("ÜBERFÄLLIG")),
                 qPrintable(overdue.text()));
    }

    // A workspace stores the presets' severity names and targets in the
    // source language; a German reader reads them in German ("P0 Kritisch
    // (Sofort)", not "P0 Critical (Immediate)"), an English one in English,
    // from the same rows. Saving the German texts stores the English ones,
    // and a name someone typed stays as typed.
    void severityNamesFromTheWorkspaceAreTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = QStringLiteral("severity-tr");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto info = Workspace::open(ConnectionSpec::sqlite(dir.filePath(QStringLiteral("w.icw"))),
                                    {}, name, now);
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().fullText()));
        QSqlDatabase db = QSqlDatabase::database(name, false);
        auto stored = [&](int level, const char *column) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1 FROM ic_severity_levels WHERE level = ?")
                          .arg(QLatin1String(column)));
            q.addBindValue(level);
            return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
        };
        {
            // Written by an English-speaking colleague.
            QCoreApplication::removeTranslator(&m_german);
            IncidentRepository repo(db, now);
            QVERIFY(repo.ensurePolicy().ok());
            QCoreApplication::installTranslator(&m_german);
        }
        QCOMPARE(stored(0, "name"), QStringLiteral("Critical"));
        QCOMPARE(stored(0, "response_text"), QStringLiteral("Immediate"));

        auto policy = IncidentRepository(db, now).policy();
        QVERIFY(policy.ok());
        QCOMPARE(policy->label(Severity::P0), QStringLiteral("P0 Kritisch"));
        QCOMPARE(policy->level(Severity::P0).responseText, QStringLiteral("Sofort"));
        QCOMPARE(policy->level(Severity::P1).responseText, QStringLiteral("<1 Stunde"));

        // A German reader saves: the rows stay in the source language, and
        // a custom name is kept as typed.
        SeverityPolicy edited = policy.value();
        edited.level(Severity::P3).name = QStringLiteral("Gering (eigene)");
        QVERIFY(IncidentRepository(db, now).savePolicy(edited, QStringLiteral("jo")).ok());
        QCOMPARE(stored(0, "name"), QStringLiteral("Critical"));
        QCOMPARE(stored(1, "response_text"), QStringLiteral("<1 hour"));
        QCOMPARE(stored(3, "name"), QStringLiteral("Gering (eigene)"));

        // The English colleague reads English again.
        QCoreApplication::removeTranslator(&m_german);
        policy = IncidentRepository(db, now).policy();
        QCoreApplication::installTranslator(&m_german);
        QVERIFY(policy.ok());
        QCOMPARE(policy->label(Severity::P0), QStringLiteral("P0 Critical"));
        QCOMPARE(policy->level(Severity::P3).name, QStringLiteral("Gering (eigene)"));
        db = QSqlDatabase();
        Db::close(name);
    }

    // lupdate over today's sources must find nothing new: every user-visible
    // string has a German text in the committed translations/ic_de.ts.
    void everySourceStringIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("ic_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(IC_TS_FILE), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(IC_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-I"),
                       QStringLiteral(IC_SOURCE_ROOT), QStringLiteral("@" IC_TR_SOURCES_LIST),
                       QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList untranslated;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                if (type == u"vanished" || type == u"obsolete")
                    continue;
                ++messages;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || text.trimmed().isEmpty())
                    untranslated << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, "lupdate found suspiciously few strings");
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) have no German text. Run `cmake --build "
                                           "<build dir> --target update_translations`, then "
                                           "translate translations/ic_de.ts (linguist):\n  %2")
                                .arg(untranslated.size())
                                .arg(untranslated.join(QStringLiteral("\n  ")))));
    }

    // qt_add_translations puts the catalogue into the executable's resources
    // at :/i18n/ic_de.qm. rcc's name table stores each name as a big-endian
    // 16-bit length, a 32-bit hash and the UTF-16BE characters.
    void catalogueIsCompiledIntoTheApp()
    {
        const QString binary = qEnvironmentVariable("IC_BINARY");
        QVERIFY2(!binary.isEmpty(), "IC_BINARY is not set");
        QFile exe(binary);
        QVERIFY2(exe.open(QIODevice::ReadOnly), qPrintable(binary));
        const QByteArray bytes = exe.readAll();
        auto hasResourceName = [&bytes](QStringView name) {
            QByteArray utf16be;
            for (QChar c : name)
                utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            for (qsizetype at = bytes.indexOf(utf16be); at >= 6;
                 at = bytes.indexOf(utf16be, at + 1)) {
                if (uchar(bytes[at - 6]) == 0 && uchar(bytes[at - 5]) == name.size())
                    return true;
            }
            return false;
        };
        QVERIFY2(hasResourceName(u"i18n"), "no :/i18n resource folder in the app");
        QVERIFY2(hasResourceName(u"ic_de.qm"), "ic_de.qm is not in the app's resources");
    }

private:
    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

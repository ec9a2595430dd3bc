// The playbook library: bundled runbooks, the team's folders, edits picked
// up while running, and a bad file that never stops the others.
#include "models/playbooks/PlaybookLibrary.h"
#include "models/playbooks/PlaybookListModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ic;

namespace {

bool write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

QStringList names(const PlaybookLibrary &lib)
{
    QStringList out;
    for (const LibraryEntry &e : lib.entries())
        out << e.playbook.name;
    return out;
}

} // namespace

class TestPlaybookLibrary : public QObject
{
    Q_OBJECT
private slots:
    void bundledPlaybooks()
    {
        QCOMPARE(PlaybookLibrary::bundledFiles(),
                 (QStringList{QStringLiteral(":/playbooks/platform-incident-response.md"),
                              QStringLiteral(":/playbooks/security-team-playbooks.md")}));
        PlaybookLibrary lib;
        QSignalSpy loaded(&lib, &PlaybookLibrary::loaded);
        lib.reload();
        QVERIFY(lib.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(names(lib),
                 (QStringList{QStringLiteral("Incident Response Playbook"),
                              QStringLiteral("Suspected API Key Leak"),
                              QStringLiteral("Suspected Database Exfiltration"),
                              QStringLiteral("Token Compromise"), QStringLiteral("Tenant Breach"),
                              QStringLiteral("DDoS Attack"), QStringLiteral("Insider Threat")}));
        const LibraryEntry *token =
            lib.entry(QStringLiteral(":/playbooks/security-team-playbooks.md#Token Compromise"));
        QVERIFY(token);
        QVERIFY(token->bundled);
        QCOMPARE(token->fileSha256.size(), 64);
        // The preview is the playbook's own part of the document.
        QVERIFY(token->html.contains(QLatin1String("Playbook: Token Compromise")));
        QVERIFY(!token->html.contains(QLatin1String("Tenant Breach")));
        QVERIFY(token->html.contains(QLatin1String("<code class=\"language-sql\">")));

        PlaybookListModel model(&lib);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 7);
        PlaybookFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("token"));
        QCOMPARE(filter.rowCount(), 1); // the name
        filter.setSearchText(QStringLiteral("spike traffic"));
        QCOMPARE(filter.rowCount(), 1); // an indicator: DDoS
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("DDoS Attack"));
        filter.setSearchText(QStringLiteral("unusual"));
        QCOMPARE(filter.rowCount(), 4); // indicators of four playbooks
        filter.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void foldersEditsAndBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString team = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(QDir().mkpath(team + QStringLiteral("/network")));
        QVERIFY(QDir().mkpath(team + QStringLiteral("/.git")));
        QVERIFY(write(team + QStringLiteral("/phishing.md"),
                      "## Playbook: Phishing\n### Triage (15 min)\n- Collect the email\n"));
        QVERIFY(write(team + QStringLiteral("/network/ddos.txt"),
                      "# Volumetric DDoS\n## Containment (immediately)\n- Call the ISP\n"));
        QVERIFY(write(team + QStringLiteral("/.git/HEAD.md"),
                      "## Playbook: Not mine\n### Triage\n- x\n"));
        QVERIFY(write(team + QStringLiteral("/logo.png"), QByteArray("\x89PNG\0\0", 6)));
        QVERIFY(write(team + QStringLiteral("/broken.md"), QByteArray("# Broken\0\0", 10)));

        PlaybookLibrary lib;
        lib.setIncludeBundled(false);
        QSignalSpy loaded(&lib, &PlaybookLibrary::loaded);
        lib.setFolders({team, dir.filePath(QStringLiteral("missing-folder"))});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1 && !lib.isLoading(), 10000);
        QCOMPARE(names(lib),
                 (QStringList{QStringLiteral("Phishing"), QStringLiteral("Volumetric DDoS")}));
        // The broken file and the missing folder are reported; the rest loaded.
        QStringList errors;
        for (const PlaybookFile &f : lib.files()) {
            if (!f.ok())
                errors << QFileInfo(f.path).fileName();
        }
        errors.sort();
        QCOMPARE(errors,
                 (QStringList{QStringLiteral("broken.md"), QStringLiteral("missing-folder")}));

        // An edit on disk is read again while running.
        const int before = lib.generation();
        QTest::qWait(50);
        QVERIFY(write(team + QStringLiteral("/phishing.md"),
                      "## Playbook: Phishing\n### Triage (15 min)\n- Collect the email\n"
                      "- Warn the staff\n### Containment (1 h)\n- Block the sender\n"));
        QTRY_VERIFY_WITH_TIMEOUT(lib.generation() > before && !lib.isLoading(), 10000);
        const LibraryEntry *phishing = lib.entry(team + QStringLiteral("/phishing.md#Phishing"));
        QVERIFY(phishing);
        QCOMPARE(phishing->playbook.stepCount(), 3);
        QCOMPARE(phishing->playbook.phases.size(), 2);

        // A new file in a watched folder appears; a deleted one goes.
        const int before2 = lib.generation();
        QVERIFY(write(team + QStringLiteral("/network/bgp.md"),
                      "## Playbook: BGP hijack\n### Triage\n- Check the route\n### Recovery\n- "
                      "Call the upstream\n"));
        QTRY_VERIFY_WITH_TIMEOUT(lib.generation() > before2 && !lib.isLoading() &&
                                     names(lib).contains(QStringLiteral("BGP hijack")),
                                 10000);
        const int before3 = lib.generation();
        QVERIFY(QFile::remove(team + QStringLiteral("/phishing.md")));
        QTRY_VERIFY_WITH_TIMEOUT(lib.generation() > before3 && !lib.isLoading() &&
                                     !names(lib).contains(QStringLiteral("Phishing")),
                                 10000);

        // A file replaced by rename (how editors save) is still watched.
        const QString ddos = team + QStringLiteral("/network/ddos.txt");
        const QString tmp = team + QStringLiteral("/network/.ddos.txt.swp");
        QVERIFY(write(
            tmp,
            "# Volumetric DDoS\n## Containment (5 min)\n- Call the ISP\n- Enable scrubbing\n"));
        const int before4 = lib.generation();
        QVERIFY(QFile::remove(ddos));
        QVERIFY(QFile::rename(tmp, ddos));
        QTRY_VERIFY_WITH_TIMEOUT(
            lib.generation() > before4 && !lib.isLoading() &&
                lib.entry(ddos + QStringLiteral("#Volumetric DDoS")) &&
                lib.entry(ddos + QStringLiteral("#Volumetric DDoS"))->playbook.stepCount() == 2,
            10000);
    }

    void reloadWhileLoadingRunsAgain()
    {
        PlaybookLibrary lib;
        QSignalSpy loaded(&lib, &PlaybookLibrary::loaded);
        lib.reload();
        lib.reload(); // asked again mid-load: one more load follows
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QTRY_VERIFY(!lib.isLoading());
        QCOMPARE(lib.generation(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPlaybookLibrary)
#include "tst_playbooklibrary.moc"

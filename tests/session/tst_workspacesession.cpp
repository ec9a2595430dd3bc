// One open workspace as the window and the command line see it: open,
// close and open again; who is connected and what they may do (a reviewer
// is refused by every store before anything is written, and the database
// itself is not asked); the stores announce what they write and the session
// passes it on; history that lost its hashes is not chained again on open.
#include "models/core/Clock.h"
#include "models/core/Settings.h"
#include "models/detection/DetectionRunner.h"
#include "models/escalation/EscalationStore.h"
#include "models/evidence/EvidenceStore.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/NotifyStore.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/review/ReviewStore.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/Database.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ic;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Reads the workspace file directly, the way another program would.
template <typename Fn>
auto direct(const QString &path, Fn fn)
{
    static int n = 0;
    const QString name = QStringLiteral("direct-%1").arg(++n);
    auto db = Db::open(ConnectionSpec::sqlite(path), name);
    auto result = fn(db.value());
    db.value() = QSqlDatabase();
    Db::close(name);
    return result;
}

} // namespace

class TestWorkspaceSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<WorkspaceSession> open(const ConnectionProfile &profile,
                                           WorkspaceSession::Options options = {.live = false})
    {
        auto s = std::make_unique<WorkspaceSession>(profile, m_settings, nullptr, m_clock, options);
        auto opened = s->openAndWait();
        if (!opened) {
            qWarning().noquote() << opened.error().fullText();
            return nullptr;
        }
        return s;
    }

    QString createIncident(WorkspaceSession &s, const QString &title)
    {
        QString id;
        NewIncident n;
        n.title = title;
        s.incidents()->create(n, [&](const Result<Incident> &r) { id = r ? r->id : QString(); });
        (void)QTest::qWaitFor([&] { return !id.isEmpty(); }, 10000); // the caller checks id
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings.setActorName(QStringLiteral("casey.commander"));
        m_settings.setDetectionRuleFolders({});
        m_settings.setPlaybookFolders({});
    }

    void openCloseReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("session.icw"));
        QString id;
        {
            auto s = open(ConnectionProfile::forSqlite(path));
            QVERIFY(s);
            QVERIFY(s->isOpen());
            QVERIFY(s->info().created);
            QCOMPARE(s->identity().actor, QStringLiteral("casey.commander"));
            QVERIFY(s->identity().login.isEmpty()); // a file: no database login
            QVERIFY(s->permissions().canEdit());
            QVERIFY(!s->changeFeed()); // a file has no change feed
            id = createIncident(*s, QStringLiteral("Opened in the first session"));
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE(s->incidentList()->rowCount(), 1);
            // Opening twice is not a second workspace.
            s->open();
            QCOMPARE(s->incidentList()->rowCount(), 1);
        } // deleting the session closes the workspace: its workers end, and their connections
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("ic-store-")), qPrintable(name));

        // Reopened by a new session: the incident is there, written once.
        auto again = open(ConnectionProfile::forSqlite(path));
        QVERIFY(again);
        QVERIFY(!again->info().created);
        QTRY_COMPARE(again->incidentList()->rowCount(), 1);
        QCOMPARE(again->incidentList()->incident(0)->id, id);
        QCOMPARE(again->incidentList()->incident(0)->createdBy, QStringLiteral("casey.commander"));

        // A new name is recorded from now on, by every store.
        QSignalSpy identity(again.get(), &WorkspaceSession::identityChanged);
        again->setActor(QStringLiteral("robin.responder"));
        QCOMPARE(identity.size(), 1);
        QCOMPARE(again->timeline()->actor(), QStringLiteral("robin.responder"));
        bool added = false;
        again->timeline()->addEntry(id, QStringLiteral("Called the vendor"), {},
                                    [&](const Result<IncidentEvent> &r) { added = r.ok(); });
        QTRY_VERIFY(added);
        const auto events =
            direct(path, [&](QSqlDatabase &db) { return EventLog::events(db, id); });
        QVERIFY(events.ok());
        QCOMPARE(events->last().actor, QStringLiteral("robin.responder"));
    }

    void aFileThatIsNotAWorkspaceIsRefusedUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.icw"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = sha(path);
        WorkspaceSession s(ConnectionProfile::forSqlite(path), m_settings, nullptr, m_clock,
                           {.live = false});
        QSignalSpy failed(&s, &WorkspaceSession::failed);
        auto r = s.openAndWait();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotAWorkspace);
        QVERIFY2(r.error().message.contains(QLatin1String("not changed")),
                 qPrintable(r.error().message));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!s.isOpen());
        QVERIFY(!s.incidents());
        QCOMPARE(sha(path), before);
    }

    void storesAnnounceWhatTheyWrite()
    {
        auto s = open(ConnectionProfile::forSqlite(m_dir.filePath(QStringLiteral("bus.icw"))));
        QVERIFY(s);
        const QString id = createIncident(*s, QStringLiteral("Announced"));
        QVERIFY(!id.isEmpty());
        QSignalSpy changed(s.get(), &WorkspaceSession::incidentChanged);
        auto expectOne = [&](const char *what, auto write) {
            changed.clear();
            write();
            if (!QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000)) {
                qWarning() << what << "announced nothing";
                return false;
            }
            QTest::qWait(50);
            const bool one = changed.size() == 1 && changed.first().first().toString() == id;
            if (!one)
                qWarning() << what << "announced" << changed;
            return one;
        };
        QVERIFY(expectOne("timeline", [&] {
            s->timeline()->addEntry(id, QStringLiteral("Paged the on-call"), {});
        }));
        QVERIFY(expectOne("evidence", [&] {
            EvidenceQuery q;
            q.name = QStringLiteral("logins");
            q.sql = QStringLiteral("SELECT * FROM audit_logs WHERE user_id = ?");
            q.params = {QStringLiteral("usr_x")};
            s->evidence()->addQuery(id, q, [](const Result<EvidenceQuery> &) {});
        }));
        QVERIFY(expectOne("review", [&] {
            s->reviews()->save(id, QStringLiteral("# Review\n"), 0,
                               [](const Result<SavedReview> &) {});
        }));
        QVERIFY(expectOne("escalation",
                          [&] { s->escalation()->setDataBreach(id, std::optional<bool>(true)); }));
        QVERIFY(expectOne("incident note",
                          [&] { s->incidents()->addNote(id, QStringLiteral("Noted")); }));

        // One service of each kind per session: the same object every time.
        QCOMPARE(s->checklists(), s->checklists());
        QCOMPARE(s->notifications(), s->notifications());
        QCOMPARE(s->auditSource(), s->auditSource());
    }

    void aReviewerIsRefusedBeforeAnythingIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.icw"));
        QString id;
        {
            auto writer = open(ConnectionProfile::forSqlite(path));
            QVERIFY(writer);
            id = createIncident(*writer, QStringLiteral("Under review"));
            QVERIFY(!id.isEmpty());
        }
        const QByteArray before = sha(path);
        ConnectionProfile profile = ConnectionProfile::forSqlite(path);
        profile.readOnly = true;
        auto s = open(profile);
        QVERIFY(s);
        QVERIFY(s->permissions().isReviewer());
        QVERIFY(!s->permissions().canEdit());
        QVERIFY(s->permissions().may(Permissions::Action::Comment));
        QVERIFY(!s->permissions().whyNot(Permissions::Action::Edit).isEmpty());

        // Every store follows the one rule: refused at once, no job queued.
        QVERIFY(s->incidents()->isReadOnly());
        QVERIFY(s->checklists()->isReadOnly());
        QVERIFY(s->notifications()->isReadOnly());
        QVERIFY(s->escalation()->isReadOnly());
        QVERIFY(s->evidence()->isReadOnly());
        QVERIFY(s->reviews()->isReadOnly());
        QSignalSpy failed(s->escalation(), &WorkspaceStore::failed);
        s->escalation()->setDataBreach(id, std::optional<bool>(true));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(s->escalation()->pending(), 0);
        std::optional<Result<SavedReview>> review;
        s->reviews()->save(id, QStringLiteral("# Mine\n"), 0,
                           [&](const Result<SavedReview> &r) { review = r; });
        QVERIFY(review && !review->ok());
        QCOMPARE(s->reviews()->pending(), 0);
        std::optional<Result<IncidentEvent>> entry;
        s->timeline()->addEntry(id, QStringLiteral("Not mine to add"), {},
                                [&](const Result<IncidentEvent> &r) { entry = r; });
        QVERIFY(entry && !entry->ok());
        QTRY_COMPARE(s->incidents()->pending(), 0);
        QCOMPARE(sha(path), before); // nothing was written (the review comment below is)

        // The one thing a reviewer adds: a review comment.
        std::optional<Result<IncidentEvent>> comment;
        s->timeline()->addReviewComment(id, QStringLiteral("Why was the key not revoked?"), 0,
                                        [&](const Result<IncidentEvent> &r) { comment = r; });
        QTRY_VERIFY(comment.has_value());
        QVERIFY2(comment->ok(), qPrintable(comment->ok() ? QString() : comment->error().message));
        // No rules run from a reviewer's workstation.
        auto live = open(profile, {});
        QVERIFY(live);
        QVERIFY(live->detection());
        QVERIFY(!live->detection()->canDetect());
        QVERIFY(!live->detection()->detector());
    }

    // Where per-person roles will come in: the session says what the person
    // may do, every store follows at once, and whoever shows controls hears.
    void permissionsChangeReachesEveryStore()
    {
        auto s = open(ConnectionProfile::forSqlite(m_dir.filePath(QStringLiteral("roles.icw"))));
        QVERIFY(s);
        const QString id = createIncident(*s, QStringLiteral("Before the change"));
        QVERIFY(!id.isEmpty());
        ChecklistStore *made = s->checklists(); // made before the change
        QVERIFY(!made->isReadOnly());
        QSignalSpy changed(s.get(), &WorkspaceSession::permissionsChanged);
        s->setPermissions(Permissions::reviewer());
        QCOMPARE(changed.size(), 1);
        QVERIFY(made->isReadOnly());
        QVERIFY(s->incidents()->isReadOnly());
        QVERIFY(s->reviews()->isReadOnly()); // made after the change
        QSignalSpy failed(s->incidents(), &WorkspaceStore::failed);
        s->incidents()->addNote(id, QStringLiteral("Not any more"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(s->incidents()->pending(), 0);
        s->setPermissions(Permissions::reviewer()); // the same: nothing to say
        QCOMPARE(changed.size(), 1);
    }

    void aWritableWorkspaceRunsTheDetectorWithoutAWindow()
    {
        auto s =
            open(ConnectionProfile::forSqlite(m_dir.filePath(QStringLiteral("detect.icw"))), {});
        QVERIFY(s);
        QVERIFY(s->detection());
        QVERIFY(s->detection()->canDetect());
        QVERIFY(s->detection()->detector()); // the workspace holds its own audit log
        QCOMPARE(s->auditSource()->state(), AuditSource::State::Ready);
        QVERIFY(!s->auditSource()->isSeparate());
        QVERIFY(s->deadlines());
    }

    // Issue 15: history is never chained again silently on open. Someone
    // with the database's file cleared the hashes of an incident's record;
    // opening the workspace must not cover that up.
    void historyThatLostItsHashesIsNotChainedOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("tampered.icw"));
        QString id;
        {
            auto s = open(ConnectionProfile::forSqlite(path));
            QVERIFY(s);
            id = createIncident(*s, QStringLiteral("Tampered with"));
            QVERIFY(!id.isEmpty());
            bool added = false;
            s->timeline()->addEntry(id, QStringLiteral("Evidence collected"), {},
                                    [&](const Result<IncidentEvent> &r) { added = r.ok(); });
            QTRY_VERIFY(added);
        }
        const bool edited = direct(path, [&](QSqlDatabase &db) {
            return Db::exec(db,
                            QStringLiteral("UPDATE ic_incident_events SET seq = NULL, prev_hash = "
                                           "NULL, hash = NULL WHERE incident_id = ?"),
                            {id})
                .ok();
        });
        QVERIFY(edited);
        auto s = open(ConnectionProfile::forSqlite(path));
        QVERIFY(s);
        const auto v = direct(path, [&](QSqlDatabase &db) { return EventLog::verify(db, id); });
        QVERIFY(v.ok());
        QVERIFY2(!v->intact, "opening the workspace chained the altered record again");
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"

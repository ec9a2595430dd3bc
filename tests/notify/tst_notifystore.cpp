// Notification facts, organisation profile, clock rules and drafts on both
// engines: versions, review by someone who wrote none of it, sent and
// frozen, reasons for a late notification, every step on the timeline.
#include "WorkspaceFixture.h"
#include "models/core/Clock.h"
#include "models/incidents/IncidentRepository.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/ClockRepository.h"
#include "models/notify/DeadlineFeed.h"
#include "models/notify/DraftRepository.h"
#include "models/notify/NotifyStore.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace ic;
using namespace ic::test;

namespace {
const QString Alex = QStringLiteral("alex");
const QString Sam = QStringLiteral("sam");

QStringList kinds(QSqlDatabase &db, const QString &incidentId, const QString &prefix)
{
    QStringList out;
    const auto events = EventLog::events(db, incidentId);
    for (const IncidentEvent &e : events.value()) {
        if (e.kind.startsWith(prefix))
            out << e.kind;
    }
    return out;
}

IncidentEvent lastEvent(QSqlDatabase &db, const QString &incidentId)
{
    return EventLog::events(db, incidentId).value().constLast();
}
} // namespace

class TestNotifyStore : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    QString m_incident;
    int m_n = 0;
    const QDateTime m_aware = utc("2026-03-27T09:00:00.000Z");
    const QDateTime m_now = utc("2026-03-27T12:00:00.000Z");
    TemplateLibrary m_lib;

    NotificationFacts euFacts()
    {
        NotificationFacts f;
        f.incidentId = m_incident;
        f.personalData = true;
        f.phi = false;
        f.dataBreach = true;
        f.jurisdictions = {QStringLiteral("de"), QStringLiteral("US")};
        f.peopleAffected = QStringLiteral("about 1,200");
        f.recordsAffected = QStringLiteral("48,000");
        f.subjectCategories = {QStringLiteral("End users")};
        f.dataCategories = {QStringLiteral("Names"), QStringLiteral("Emails")};
        f.consequences = QStringLiteral("Phishing");
        f.measuresTaken = QStringLiteral("Key revoked");
        f.measuresProposed = QStringLiteral("Rotation");
        f.mitigation = QStringLiteral("Warnings");
        return f;
    }

    OrganisationProfile org()
    {
        OrganisationProfile o;
        o.name = QStringLiteral("Settler GmbH");
        o.contactName = QStringLiteral("Erika Mustermann");
        o.contactEmail = QStringLiteral("dpo@settler.io");
        o.securityEmail = QStringLiteral("security@settler.io");
        o.authorityName = QStringLiteral("BlnBDI");
        o.authorityEmail = QStringLiteral("mailbox@datenschutz-berlin.de");
        o.timeZone = QStringLiteral("Europe/Berlin");
        return o;
    }

    // A GDPR draft by Alex with every element filled in.
    NotificationDraft completeGdprDraft()
    {
        ClockRepository clocks(m_db, m_now);
        auto f = clocks.saveFacts(euFacts(), Alex);
        if (!f)
            return {};
        if (!clocks.saveOrganisation(org(), Alex))
            return {};
        auto d = DraftRepository(m_db, m_now)
                     .create(m_incident, *m_lib.find(QStringLiteral("gdpr-art33-authority")),
                             QStringLiteral("gdpr-art33"), Alex);
        return d ? d.value() : NotificationDraft();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
        m_lib = TemplateLibrary::load(QString());
        QVERIFY(m_lib.problems().isEmpty());
    }
    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("nt-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Database exfiltration");
        n.summary = QStringLiteral("Customer records were exported with a leaked key.");
        n.detectedAt = m_aware.addSecs(-600);
        n.becameAwareAt = m_aware;
        auto inc = IncidentRepository(m_db, m_aware).create(n, QStringLiteral("detection"));
        IC_VERIFY_OK(inc);
        m_incident = inc->id;
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void factsAreVersionedAndRecorded()
    {
        ClockRepository repo(m_db, m_now);
        auto none = repo.facts(m_incident);
        IC_VERIFY_OK(none);
        QCOMPARE(none->version, 0);
        QVERIFY(!none->personalData.has_value());

        auto saved = repo.saveFacts(euFacts(), Alex);
        IC_VERIFY_OK(saved);
        QCOMPARE(saved->version, 1);
        QCOMPARE(saved->jurisdictions, (QStringList{QStringLiteral("DE"), QStringLiteral("US")}));
        auto read = repo.facts(m_incident);
        QCOMPARE(read->personalData, std::optional<bool>(true));
        QCOMPARE(read->phi, std::optional<bool>(false));
        QCOMPARE(read->dataCategories, euFacts().dataCategories);
        QCOMPARE(read->subjectCategories, euFacts().subjectCategories);
        QCOMPARE(read->updatedBy, Alex);
        const IncidentEvent e = lastEvent(m_db, m_incident);
        QCOMPARE(e.kind, QStringLiteral("notification.facts"));
        QCOMPARE(e.actor, Alex);
        QVERIFY(e.summary.contains(QLatin1String("Personal data involved: yes")));

        // Sam saves on top of version 1; Alex, still on version 1, conflicts.
        NotificationFacts bySam = read.value();
        bySam.consequences = QStringLiteral("Identity theft");
        IC_VERIFY_OK(repo.saveFacts(bySam, Sam));
        NotificationFacts stale = read.value();
        stale.phi = true;
        NotificationFacts current;
        auto conflict = repo.saveFacts(stale, Alex, &current);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QVERIFY(conflict.error().message.contains(QLatin1String("Your values were not saved")));
        QCOMPARE(current.version, 2);
        QCOMPARE(current.consequences, QStringLiteral("Identity theft"));

        // Saving the same again writes nothing and records nothing.
        const int events = int(EventLog::events(m_db, m_incident)->size());
        IC_VERIFY_OK(repo.saveFacts(current, Alex));
        QCOMPARE(int(EventLog::events(m_db, m_incident)->size()), events);
        QCOMPARE(repo.facts(m_incident)->version, 2);
        QVERIFY(EventLog::verify(m_db, m_incident)->intact);
    }

    void badFactsChangeNothing()
    {
        ClockRepository repo(m_db, m_now);
        NotificationFacts nul = euFacts();
        nul.consequences = QStringLiteral("a\u0000b");
        NotificationFacts code = euFacts();
        code.jurisdictions = {QStringLiteral("Germany")};
        NotificationFacts huge = euFacts();
        huge.mitigation = QString(30000, QLatin1Char('x'));
        for (const NotificationFacts &bad : {nul, code, huge}) {
            auto r = repo.saveFacts(bad, Alex);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was saved")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(repo.facts(m_incident)->version, 0);
        NotificationFacts elsewhere = euFacts();
        elsewhere.incidentId = QStringLiteral("no-such-incident");
        QCOMPARE(repo.saveFacts(elsewhere, Alex).error().kind, Error::Kind::NotFound);
        QVERIFY(kinds(m_db, m_incident, QStringLiteral("notification")).isEmpty());
    }

    void organisationProfile()
    {
        ClockRepository repo(m_db, m_now);
        QCOMPARE(repo.organisation()->version, 0);
        QCOMPARE(repo.organisation()->timeZone, QStringLiteral("UTC"));
        auto saved = repo.saveOrganisation(org(), Alex);
        IC_VERIFY_OK(saved);
        QCOMPARE(saved->version, 1);
        QCOMPARE(repo.organisation()->contactName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(repo.organisation()->timeZone, QStringLiteral("Europe/Berlin"));

        OrganisationProfile stale = org(); // version 0
        OrganisationProfile current;
        auto conflict = repo.saveOrganisation(stale, Sam, &current);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QCOMPARE(current.version, 1);

        OrganisationProfile badMail = saved.value();
        badMail.contactEmail = QStringLiteral("dpo at settler");
        OrganisationProfile badZone = saved.value();
        badZone.timeZone = QStringLiteral("Mars/Olympus_Mons");
        for (const OrganisationProfile &bad : {badMail, badZone}) {
            auto r = repo.saveOrganisation(bad, Alex);
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QLatin1String("Nothing was saved")));
        }
        QCOMPARE(repo.organisation()->version, 1);
    }

    void customRules()
    {
        ClockRepository repo(m_db, m_now);
        QCOMPARE(repo.rules()->size(), 3);
        ClockRule uk;
        uk.name = QStringLiteral("UK ICO");
        uk.audience = QStringLiteral("Information Commissioner's Office");
        uk.needsPersonalData = true;
        uk.jurisdictions = {QStringLiteral("uk")};
        uk.amount = 72;
        auto added = repo.addRule(uk, Alex);
        IC_VERIFY_OK(added);
        QCOMPARE(added->id, QStringLiteral("custom-uk-ico"));
        auto again = repo.addRule(uk, Sam);
        IC_VERIFY_OK(again);
        QCOMPARE(again->id, QStringLiteral("custom-uk-ico-2"));
        const auto all = repo.rules();
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(3).jurisdictions, QStringList{QStringLiteral("UK")});
        QCOMPARE(all->at(3).createdBy, Alex);

        NotificationFacts f = euFacts();
        f.jurisdictions = {QStringLiteral("UK")};
        IC_VERIFY_OK(repo.saveFacts(f, Alex));
        const auto clocks = repo.clocks(m_incident);
        IC_VERIFY_OK(clocks);
        for (const ClockState &s : clocks.value()) {
            if (s.rule.id == QLatin1String("custom-uk-ico")) {
                QCOMPARE(s.status, ClockStatus::Open);
                QCOMPARE(s.due, m_aware.addSecs(72 * 3600));
            }
            if (s.rule.id == QLatin1String("gdpr-art33"))
                QCOMPARE(s.status, ClockStatus::NotRequired);
        }

        IC_VERIFY_OK(repo.removeRule(QStringLiteral("custom-uk-ico-2")));
        QCOMPARE(repo.rules()->size(), 4);
        QCOMPARE(repo.removeRule(QStringLiteral("gdpr-art33")).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(repo.removeRule(QStringLiteral("custom-nope")).error().kind,
                 Error::Kind::NotFound);
        ClockRule bad = uk;
        bad.amount = 0;
        QVERIFY(!repo.addRule(bad, Alex).ok());
        QCOMPARE(repo.rules()->size(), 4);
    }

    void draftReviewSendLifecycle()
    {
        const NotificationDraft d = completeGdprDraft();
        QVERIFY(!d.id.isEmpty());
        QCOMPARE(d.state, NotificationDraft::State::Draft);
        QCOMPARE(d.latestVersion, 1);
        DraftRepository drafts(m_db, m_now);
        auto v1 = drafts.version(d.id, 0);
        IC_VERIFY_OK(v1);
        QCOMPARE(v1->savedBy, Alex);
        QCOMPARE(v1->recipients, QStringLiteral("mailbox@datenschutz-berlin.de"));
        QVERIFY(v1->subject.contains(QLatin1String("Settler GmbH")));
        QVERIFY(v1->body.contains(QLatin1String("Customer records were exported")));
        QVERIFY(NotificationRenderer::missingIn(v1->body).isEmpty());

        // The author cannot review.
        auto self = drafts.markReviewed(d.id, 1, Alex);
        QVERIFY(!self.ok());
        QVERIFY2(self.error().message.contains(QLatin1String("cannot be its reviewer")),
                 qPrintable(self.error().message));
        // Not reviewed: cannot be sent.
        QVERIFY(drafts.markSent(d.id, 1, {}, Alex)
                    .error()
                    .message.contains(QLatin1String("has not been reviewed")));

        // Sam edits: now Sam wrote version 2 and cannot review it either.
        DraftVersion edit = v1.value();
        edit.body += QStringLiteral("\nAddendum by Sam.\n");
        auto v2 = drafts.save(d.id, edit, 1, Sam);
        IC_VERIFY_OK(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(!drafts.markReviewed(d.id, 2, Sam).ok());
        // Saving the same text again is not a new version.
        auto same = drafts.save(d.id, edit, 2, Sam);
        IC_VERIFY_OK(same);
        QVERIFY(same->unchanged);
        QCOMPARE(same->version, 2);

        const QString kim = QStringLiteral("kim");
        QVERIFY(drafts.markReviewed(d.id, 1, kim)
                    .error()
                    .message.contains(QLatin1String("review the latest")));
        auto reviewed = drafts.markReviewed(d.id, 2, kim);
        IC_VERIFY_OK(reviewed);
        QCOMPARE(reviewed->state, NotificationDraft::State::Reviewed);
        QCOMPARE(reviewed->reviewedBy, kim);
        QCOMPARE(reviewed->reviewedVersion, 2);
        QCOMPARE(reviewed->reviewedAt, m_now);

        // A change after the review needs a new review.
        edit.body += QStringLiteral("One more line.\n");
        auto v3 = drafts.save(d.id, edit, 2, Alex);
        IC_VERIFY_OK(v3);
        QVERIFY(v3->reviewCleared);
        QCOMPARE(drafts.draft(d.id)->state, NotificationDraft::State::Draft);
        QVERIFY(!drafts.markSent(d.id, 3, {}, Alex).ok());
        IC_VERIFY_OK(drafts.markReviewed(d.id, 3, kim));

        // Sent within 72 hours, by the author: fine, and frozen.
        DraftRepository later(m_db, m_now.addSecs(3600));
        auto sent = later.markSent(d.id, 3, {}, Alex);
        IC_VERIFY_OK(sent);
        QCOMPARE(sent->state, NotificationDraft::State::Sent);
        QCOMPARE(sent->sentBy, Alex);
        QCOMPARE(sent->sentAt, m_now.addSecs(3600));
        QCOMPARE(sent->sentVersion, 3);
        const DraftVersion any{0, {}, QStringLiteral("s"), QStringLiteral("b"), {}, {}};
        auto save = later.save(d.id, any, 3, Alex);
        auto review = later.markReviewed(d.id, 3, QStringLiteral("lee"));
        auto resend = later.markSent(d.id, 3, {}, Alex);
        QVERIFY(!save.ok() && !review.ok() && !resend.ok());
        for (const Error &refused : {save.error(), review.error(), resend.error()})
            QVERIFY2(refused.message.contains(QLatin1String("is frozen")),
                     qPrintable(refused.message));
        QCOMPARE(drafts.versions(d.id)->size(), 3);

        // The clock is answered, on time, and the list shows it no more.
        ClockRepository clocks(m_db, m_now.addSecs(7200));
        const auto states = clocks.clocks(m_incident);
        for (const ClockState &s : states.value()) {
            if (s.rule.id == QLatin1String("gdpr-art33")) {
                QCOMPARE(s.status, ClockStatus::SentOnTime);
                QCOMPARE(s.sent->sentBy, Alex);
            }
        }
        const auto nearest = clocks.nearestDeadlines();
        IC_VERIFY_OK(nearest);
        QCOMPARE(nearest->value(m_incident).ruleId, QStringLiteral("soc2-customers"));

        QCOMPARE(kinds(m_db, m_incident, QStringLiteral("notification.")),
                 (QStringList{
                     QStringLiteral("notification.facts"), QStringLiteral("notification.drafted"),
                     QStringLiteral("notification.saved"), QStringLiteral("notification.reviewed"),
                     QStringLiteral("notification.saved"), QStringLiteral("notification.reviewed"),
                     QStringLiteral("notification.sent")}));
        const IncidentEvent e = lastEvent(m_db, m_incident);
        QCOMPARE(e.actor, Alex);
        QCOMPARE(e.details.value(QStringLiteral("on_time")).toBool(), true);
        QCOMPARE(e.details.value(QStringLiteral("recipients")).toString(),
                 QStringLiteral("mailbox@datenschutz-berlin.de"));
        QVERIFY(EventLog::verify(m_db, m_incident)->intact);
    }

    void missingElementsBlockReview()
    {
        // No facts, no organisation: the GDPR draft is full of gaps.
        DraftRepository drafts(m_db, m_now);
        auto d = drafts.create(m_incident, *m_lib.find(QStringLiteral("gdpr-art33-authority")),
                               QStringLiteral("gdpr-art33"), Alex);
        IC_VERIFY_OK(d);
        const DraftVersion v1 = drafts.version(d->id, 0).value();
        const QStringList missing =
            NotificationRenderer::missingIn(v1.recipients + v1.subject + v1.body);
        QVERIFY(
            missing.contains(QStringLiteral("Likely consequences of the personal data breach")));
        QVERIFY(lastEvent(m_db, m_incident).summary.contains(QLatin1String("still missing")));
        auto refused = drafts.markReviewed(d->id, 1, Sam);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("is not ready")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(
            QLatin1String("Likely consequences of the personal data breach")));
        QCOMPARE(drafts.draft(d->id)->state, NotificationDraft::State::Draft);
    }

    void lateNotificationsNeedReasons()
    {
        const NotificationDraft d = completeGdprDraft();
        QVERIFY(!d.id.isEmpty());
        IC_VERIFY_OK(DraftRepository(m_db, m_now).markReviewed(d.id, 1, Sam));
        const QDateTime afterDeadline = m_aware.addSecs(75 * 3600);
        DraftRepository late(m_db, afterDeadline);
        auto refused = late.markSent(d.id, 1, QStringLiteral("   "), Alex);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("3h 00m after its deadline")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("Nothing was recorded")));
        QCOMPARE(late.draft(d.id)->state, NotificationDraft::State::Reviewed);

        auto sent = late.markSent(d.id, 1, QStringLiteral("Logs had to be restored first."), Alex);
        IC_VERIFY_OK(sent);
        QCOMPARE(sent->delayReasons, QStringLiteral("Logs had to be restored first."));
        const IncidentEvent e = lastEvent(m_db, m_incident);
        QCOMPARE(e.kind, QStringLiteral("notification.sent"));
        QVERIFY(e.summary.contains(QLatin1String("LATE")));
        QCOMPARE(e.details.value(QStringLiteral("on_time")).toBool(true), false);
        const auto states = ClockRepository(m_db, afterDeadline).clocks(m_incident);
        for (const ClockState &s : states.value()) {
            if (s.rule.id == QLatin1String("gdpr-art33")) {
                QCOMPARE(s.status, ClockStatus::SentLate);
                QCOMPARE(s.sent->delayReasons, QStringLiteral("Logs had to be restored first."));
            }
        }
    }

    void badDraftTextChangesNothing()
    {
        const NotificationDraft d = completeGdprDraft();
        DraftRepository drafts(m_db, m_now);
        const DraftVersion good = drafts.version(d.id, 0).value();
        auto with = [&](auto change) {
            DraftVersion v = good;
            change(v);
            return v;
        };
        const QList<DraftVersion> bad = {
            with([](DraftVersion &v) { v.subject.clear(); }),
            with([](DraftVersion &v) { v.subject = QStringLiteral("two\nlines"); }),
            with([](DraftVersion &v) { v.body = QStringLiteral("  \n"); }),
            with([](DraftVersion &v) { v.body += QChar(QChar::Null); }),
            with([](DraftVersion &v) { v.recipients = QStringLiteral("not an address"); }),
            with([](DraftVersion &v) {
                v.body = QString(DraftRepository::MaxBody + 1, QLatin1Char('x'));
            }),
        };
        for (const DraftVersion &v : bad) {
            auto r = drafts.save(d.id, v, 1, Alex);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.endsWith(QLatin1String("Nothing was saved.")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(drafts.versions(d.id)->size(), 1);
        // Missing markers in "To" are kept in a draft, refused at review.
        IC_VERIFY_OK(drafts.save(d.id, with([](DraftVersion &v) {
                                     v.recipients = QStringLiteral("[[MISSING: Authority email]]");
                                 }),
                                 1, Alex));
        QVERIFY(drafts.markReviewed(d.id, 2, Sam)
                    .error()
                    .message.contains(QLatin1String("Authority email")));
    }

    void unsavedTypingIsKeptUntilSaved()
    {
        const NotificationDraft d = completeGdprDraft();
        DraftRepository drafts(m_db, m_now);
        QVERIFY(!drafts.unsaved(d.id, Alex)->has_value());
        IC_VERIFY_OK(drafts.keepUnsaved(
            d.id, Alex,
            UnsavedDraft{QString(), QStringLiteral("Subj"), QStringLiteral("typing…"), 1, {}}));
        auto kept = drafts.unsaved(d.id, Alex);
        QVERIFY(kept->has_value());
        QCOMPARE(kept->value().body, QStringLiteral("typing…"));
        QCOMPARE(kept->value().updatedAt, m_now);
        QVERIFY(!drafts.unsaved(d.id, Sam)->has_value());
        IC_VERIFY_OK(drafts.save(
            d.id,
            DraftVersion{0, QString(), QStringLiteral("Subj"), QStringLiteral("typing…"), {}, {}},
            1, Alex));
        QVERIFY(!drafts.unsaved(d.id, Alex)->has_value());
    }

    void nearestDeadlinesForTheList()
    {
        NewIncident quiet;
        quiet.title = QStringLiteral("No notification needed");
        quiet.detectedAt = m_aware;
        quiet.becameAwareAt = m_aware;
        auto q = IncidentRepository(m_db, m_now).create(quiet, Alex);
        NewIncident unaware;
        unaware.title = QStringLiteral("Aware time not set");
        unaware.detectedAt = m_aware;
        auto u = IncidentRepository(m_db, m_now).create(unaware, Alex);
        ClockRepository repo(m_db, m_now);
        IC_VERIFY_OK(repo.saveFacts(euFacts(), Alex));
        NotificationFacts none;
        none.incidentId = q->id;
        none.personalData = false;
        none.phi = false;
        none.dataBreach = false;
        IC_VERIFY_OK(repo.saveFacts(none, Alex));
        NotificationFacts personal;
        personal.incidentId = u->id;
        personal.personalData = true;
        personal.jurisdictions = {QStringLiteral("FR")};
        IC_VERIFY_OK(repo.saveFacts(personal, Alex));

        const auto all = repo.nearestDeadlines();
        IC_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        const IncidentDeadline first = all->value(m_incident);
        QCOMPARE(first.ruleId, QStringLiteral("soc2-customers"));
        QCOMPARE(first.due, m_aware.addSecs(24 * 3600));
        QCOMPARE(first.running, 2);
        QCOMPARE(first.text(m_now), QStringLiteral("SOC 2 24 h: 21h 00m left"));
        QVERIFY(!all->contains(q->id));
        QVERIFY(!all->value(u->id).due.isValid());
        QVERIFY(all->value(u->id).text(m_now).contains(QLatin1String("not started")));
    }

    void concurrentSavesGetDistinctVersions()
    {
        const NotificationDraft d = completeGdprDraft();
        QVERIFY(!d.id.isEmpty());
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&, t] {
                const QString name = QStringLiteral("saver-%1-%2").arg(m_n).arg(t);
                {
                    auto db = Db::open(m_spec, name);
                    for (int i = 0; db && i < 4; ++i) {
                        DraftVersion v{0,
                                       QString(),
                                       QStringLiteral("S"),
                                       QStringLiteral("text %1 %2").arg(t).arg(i),
                                       {},
                                       {}};
                        if (!DraftRepository(db.value(), QDateTime::currentDateTimeUtc())
                                 .save(d.id, v, 1, QStringLiteral("w%1").arg(t)))
                            ++failures;
                    }
                    if (!db)
                        ++failures;
                }
                Db::close(name);
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(DraftRepository(m_db, m_now).versions(d.id)->size(), 13);
        QCOMPARE(DraftRepository(m_db, m_now).draft(d.id)->latestVersion, 13);
    }

    void storeAnswersOnTheUiThread()
    {
        ManualClock clock(m_now);
        SqlExecutor executor(m_spec, QStringLiteral("notify-test"));
        NotifyStore store(&executor, clock, Alex);
        QSignalSpy changed(&store, &NotifyStore::changed);
        bool saved = false;
        int offThread = 0; // answers that came on another thread than the UI's
        const auto onUi = [&] { offThread += QThread::currentThread() != qApp->thread() ? 1 : 0; };
        store.saveFacts(euFacts(),
                        [&](const Result<NotificationFacts> &r, const NotificationFacts &) {
                            onUi();
                            saved = r.ok();
                        });
        QTRY_VERIFY(saved);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), m_incident);
        QList<ClockState> clocks;
        store.clocks(m_incident, [&](const Result<QList<ClockState>> &r) {
            onUi();
            clocks = r.value();
        });
        QTRY_COMPARE(clocks.size(), 3);
        std::optional<NotificationDraft> draft;
        store.createDraft(m_incident, *m_lib.find(QStringLiteral("internal-notification")),
                          QString(), [&](const Result<NotificationDraft> &r) {
                              onUi();
                              if (r)
                                  draft = r.value();
                          });
        QTRY_VERIFY(draft.has_value());
        QTRY_COMPARE(store.pending(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(offThread, 0);
    }

    // What the incident list shows: the feed reloads on the announcement
    // of a change (the session passes the stores' announcements on), so a
    // saved fact shows up without anyone asking.
    void deadlineFeedFollowsChanges()
    {
        ManualClock clock(m_now);
        SqlExecutor executor(m_spec, QStringLiteral("feed-test"));
        DeadlineFeed feed(&executor, clock);
        NotifyStore store(&executor, clock, Alex);
        connect(&store, &NotifyStore::changed, &feed, &DeadlineFeed::reload);
        QSignalSpy loaded(&feed, &DeadlineFeed::deadlinesChanged);
        feed.reload();
        QTRY_COMPARE(loaded.size(), 1);
        // Nothing answered yet: every clock may apply; the soonest is shown, marked so.
        QVERIFY(feed.deadlines().value(m_incident).conditional);
        store.saveFacts(euFacts(),
                        [](const Result<NotificationFacts> &, const NotificationFacts &) {});
        QTRY_COMPARE(loaded.size(), 2);
        const IncidentDeadline d = feed.deadlines().value(m_incident);
        QCOMPARE(d.ruleId, QStringLiteral("soc2-customers"));
        QVERIFY(!d.conditional);
        QCOMPARE(d.due, m_aware.addSecs(24 * 3600));
        QCOMPARE(d.secondsLeft(m_now), 21 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestNotifyStore)
#include "tst_notifystore.moc"

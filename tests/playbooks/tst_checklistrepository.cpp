// Checklists on incidents, on SQLite and PostgreSQL: attaching a playbook,
// ticking, unticking, skipping with a reason and notes, each recorded as an
// event with who and when; the state survives a new connection; two
// commanders ticking at once never lose a tick. A playbook attached late
// counts from when it was attached if the commander says so; a step done
// earlier keeps the time it was done (backdated, with who entered it).
#include "WorkspaceFixture.h"
#include "models/incidents/IncidentRepository.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/playbooks/PlaybookReader.h"
#include "models/timeline/EventLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace ic;
using namespace ic::test;

namespace {

Playbook tokenCompromise()
{
    const PlaybookFile f =
        PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
    return f.playbooks.value(0);
}

QStringList kinds(const QList<IncidentEvent> &events)
{
    QStringList out;
    for (const IncidentEvent &e : events)
        out << e.kind;
    return out;
}

} // namespace

class TestChecklistRepository : public QObject
{
    Q_OBJECT
private:
    TestWorkspaces m_ws;
    ConnectionSpec m_spec;
    QSqlDatabase m_db;
    Incident m_incident;
    int m_n = 0;
    const QDateTime m_detected = utc("2026-11-22T10:00:00.000Z");
    const QDateTime m_now = utc("2026-11-22T10:20:00.000Z");

    ChecklistRepository repo(const QDateTime &now) { return ChecklistRepository(m_db, now); }

    QList<IncidentEvent> events()
    {
        auto e = EventLog::events(m_db, m_incident.id);
        return e ? e.value() : QList<IncidentEvent>();
    }

    Checklist attachToken()
    {
        auto c = repo(m_now).attach(m_incident.id, tokenCompromise(), QStringLiteral("abc123"),
                                    QStringLiteral("casey"));
        if (!c)
            qWarning() << c.error().fullText();
        return c ? c.value() : Checklist();
    }

private slots:
    void initTestCase_data() { addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_ws.isValid());
        IC_START_PG(m_ws.pg());
        QCOMPARE(tokenCompromise().stepCount(), 13);
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        auto spec = m_ws.create(engine);
        IC_VERIFY_OK(spec);
        m_spec = spec.value();
        auto db = TestWorkspaces::connect(m_spec, QStringLiteral("cl-%1").arg(++m_n));
        IC_VERIFY_OK(db);
        m_db = db.value();
        NewIncident n;
        n.title = QStringLiteral("Stolen session tokens");
        n.detectedAt = m_detected;
        n.affectedUsers = {QStringLiteral("u-42")};
        auto inc = IncidentRepository(m_db, m_detected).create(n, QStringLiteral("casey"));
        IC_VERIFY_OK(inc);
        m_incident = inc.value();
    }
    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        Db::close(name);
    }

    void attachCopiesTheStepsAndRecordsIt()
    {
        QFETCH_GLOBAL(QString, engine);
        const Checklist c = attachToken();
        QVERIFY(!c.id.isEmpty());
        QCOMPARE(c.position, 1);

        auto loaded = repo(m_now).load(m_incident.id);
        IC_VERIFY_OK(loaded);
        QCOMPARE(loaded->detectedAt, m_detected);
        QCOMPARE(loaded->checklists.size(), 1);
        QCOMPARE(loaded->checklists[0].playbookName, QStringLiteral("Token Compromise"));
        QCOMPARE(loaded->checklists[0].sourceSha256, QStringLiteral("abc123"));
        QCOMPARE(loaded->checklists[0].attachedBy, QStringLiteral("casey"));
        QCOMPARE(loaded->checklists[0].attachedAt, m_now);
        const QList<ChecklistItem> &items = loaded->items;
        QCOMPARE(items.size(), 13);
        QCOMPARE(items[0].text, QStringLiteral("Revoke all tokens for affected user"));
        QCOMPARE(items[0].phase, QStringLiteral("Containment"));
        QCOMPARE(items[0].phaseDeadline.text, QStringLiteral("Immediate"));
        QCOMPARE(items[0].phaseDeadline.minutes.value_or(-1), 0);
        QCOMPARE(items[0].sourceLine, 47);
        QCOMPARE(items[0].state, ChecklistItem::State::Open);
        QCOMPARE(items[0].code.size(), 1);
        QCOMPARE(items[0].code[0].kind, CodeBlock::Kind::AdminApi);
        QCOMPARE(items[0].code[0].placeholders.size(), 1);
        QCOMPARE(items[0].code[0].placeholders[0].name, QStringLiteral("user_id"));
        // Due = detection + the phase's deadline.
        QCOMPARE(items[0].due(loaded->detectedAt), m_detected);
        QCOMPARE(items[2].phase, QStringLiteral("Investigation"));
        QCOMPARE(items[2].due(loaded->detectedAt), m_detected.addSecs(3600));
        QCOMPARE(items[3].substeps.size(), 3);
        QCOMPARE(items[12].phase, QStringLiteral("Post-Incident Review"));
        QCOMPARE(items[12].due(loaded->detectedAt), m_detected.addDays(7));
        for (int i = 1; i < items.size(); ++i)
            QVERIFY(items[i].position > items[i - 1].position);

        const QList<IncidentEvent> ev = events();
        QCOMPARE(kinds(ev), (QStringList{QStringLiteral("incident.created"),
                                         QStringLiteral("checklist.attached")}));
        QCOMPARE(ev[1].actor, QStringLiteral("casey"));
        IC_COMPARE_RECORDED_AT(engine, ev[1].recordedAt, m_now);
        QCOMPARE(ev[1].details.value(QStringLiteral("steps")).toInt(), 13);
        auto v = EventLog::verify(m_db, m_incident.id);
        IC_VERIFY_OK(v);
        QVERIFY(v->intact);
    }

    void attachingTwiceIsRefused()
    {
        attachToken();
        auto again =
            repo(m_now).attach(m_incident.id, tokenCompromise(), {}, QStringLiteral("sam"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(again.error().message.contains(QLatin1String("already attached")));
        QVERIFY(again.error().message.contains(QLatin1String("casey")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ic_checklist_items")).toInt(),
                 13);
        QCOMPARE(events().size(), 2);

        // A second, different playbook comes after the first.
        const PlaybookFile f =
            PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
        auto second = repo(m_now).attach(m_incident.id, f.playbooks[1], {}, QStringLiteral("sam"));
        IC_VERIFY_OK(second);
        QCOMPARE(second->position, 2);
        auto loaded = repo(m_now).load(m_incident.id);
        QCOMPARE(loaded->checklists.size(), 2);
        QCOMPARE(loaded->items.first().playbookName, QStringLiteral("Token Compromise"));
        QCOMPARE(loaded->items.last().playbookName, QStringLiteral("Tenant Breach"));
    }

    void badAttachesChangeNothing()
    {
        Playbook empty;
        empty.name = QStringLiteral("Empty");
        auto r = repo(m_now).attach(m_incident.id, empty, {}, QStringLiteral("casey"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
        QVERIFY(r.error().message.contains(QLatin1String("Nothing was attached")));

        Playbook nul = tokenCompromise();
        nul.phases[0].steps[0].text += QChar(QChar::Null);
        r = repo(m_now).attach(m_incident.id, nul, {}, QStringLiteral("casey"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("NUL")));

        r = repo(m_now).attach(QStringLiteral("no-such-incident"), tokenCompromise(), {},
                               QStringLiteral("casey"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ic_checklists")).toInt(), 0);
        QCOMPARE(events().size(), 1);
    }

    // Attached seven hours after detection, counted from then: "Immediate"
    // is due when it was attached, "within 1 hour" an hour after. The
    // choice is on the record; without one the deadlines count from detection.
    void lateAttachCountsFromWhenAttached()
    {
        const QDateTime late = m_detected.addSecs(7 * 3600 + 34 * 60);
        auto c = repo(late).attach(m_incident.id, tokenCompromise(), QStringLiteral("abc"),
                                   QStringLiteral("priya"), late);
        IC_VERIFY_OK(c);
        QCOMPARE(c->deadlinesFrom, late);
        auto loaded = repo(late).load(m_incident.id);
        IC_VERIFY_OK(loaded);
        QCOMPARE(loaded->checklists.at(0).deadlinesFrom, late);
        QCOMPARE(loaded->items.at(0).due(loaded->detectedAt), late);
        QCOMPARE(loaded->items.at(2).due(loaded->detectedAt), late.addSecs(3600));
        const IncidentEvent attached = events().last();
        QCOMPARE(attached.kind, QStringLiteral("checklist.attached"));
        QCOMPARE(attached.details.value(QStringLiteral("deadlines_from")).toString(),
                 late.toString(Qt::ISODateWithMs));
        QVERIFY2(attached.summary.contains(QLatin1String("not from detection")),
                 qPrintable(attached.summary));

        // The next playbook without a choice: from detection, and it says so.
        const PlaybookFile f =
            PlaybookReader::readFile(QStringLiteral(":/playbooks/security-team-playbooks.md"));
        IC_VERIFY_OK(repo(late).attach(m_incident.id, f.playbooks[1], {}, QStringLiteral("priya")));
        QCOMPARE(events().last().details.value(QStringLiteral("deadlines_from")).toString(),
                 QStringLiteral("detection"));
        loaded = repo(late).load(m_incident.id);
        QVERIFY(!loaded->checklists.at(1).deadlinesFrom.isValid());
        QCOMPARE(loaded->items.last().deadlinesFrom, QDateTime());
    }

    // Deadlines counted from the future, or from before the incident was
    // detected, are refused with what was wrong; nothing is attached.
    void badDeadlineStartsChangeNothing()
    {
        for (const QDateTime &from : {m_now.addSecs(3600), m_detected.addSecs(-60)}) {
            auto r = repo(m_now).attach(m_incident.id, tokenCompromise(), {},
                                        QStringLiteral("casey"), from);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was attached")),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(from > m_now ? QLatin1String("future")
                                                             : QLatin1String("detected")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ic_checklists")).toInt(), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM ic_checklist_items")).toInt(),
                 0);
        QCOMPARE(events().size(), 1);
    }

    // The notes say the tokens were revoked at 14:10; it is ticked at 21:36.
    // Both times are kept: the step reads "done 14:10", the record has the
    // tick where it happened, marked as entered later, by who ticked it.
    void doneEarlierIsRecordedAsBackdated()
    {
        QFETCH_GLOBAL(QString, engine);
        attachToken();
        const QDateTime happened = m_detected.addSecs(4 * 3600 + 10 * 60);
        const QDateTime recorded = m_detected.addSecs(11 * 3600 + 36 * 60);
        const QString item = repo(recorded).load(m_incident.id)->items.at(2).id; // within 1 hour
        auto done = repo(recorded).setState(item, ChecklistItem::State::Done, {},
                                            QStringLiteral("priya"), happened);
        IC_VERIFY_OK(done);
        QVERIFY(done->changed);
        QCOMPARE(done->item.stateHappenedAt, happened);
        QCOMPARE(done->item.stateAt, recorded);

        auto loaded = repo(recorded).load(m_incident.id);
        const ChecklistItem &it = loaded->items.at(2);
        QCOMPARE(it.state, ChecklistItem::State::Done);
        QVERIFY(it.isBackdated());
        QCOMPARE(it.settledAt(), happened);
        QCOMPARE(it.stateAt, recorded);
        QCOMPARE(it.stateBy, QStringLiteral("priya"));

        const IncidentEvent e = events().last();
        QCOMPARE(e.kind, QStringLiteral("checklist.ticked"));
        QCOMPARE(e.actor, QStringLiteral("priya"));
        QCOMPARE(e.occurredAt, happened);
        IC_COMPARE_RECORDED_AT(engine, e.recordedAt, recorded);
        QVERIFY(e.backdated);
        QCOMPARE(e.details.value(QStringLiteral("happened_at")).toString(),
                 happened.toString(Qt::ISODateWithMs));
        QCOMPARE(e.details.value(QStringLiteral("on_time")).toBool(), false); // due 11:00
        auto verified = EventLog::verify(m_db, m_incident.id);
        IC_VERIFY_OK(verified);
        QVERIFY(verified->intact);

        // On time when it was done in time, however late it is ticked.
        const QString first = loaded->items.at(0).id; // Immediate: due at detection
        IC_VERIFY_OK(repo(recorded).setState(first, ChecklistItem::State::Done, {},
                                             QStringLiteral("priya"), m_detected));
        QCOMPARE(events().last().details.value(QStringLiteral("on_time")).toBool(), true);

        // Unticking forgets the earlier time; ticking now is not backdated.
        IC_VERIFY_OK(
            repo(recorded).setState(item, ChecklistItem::State::Open, {}, QStringLiteral("sam")));
        IC_VERIFY_OK(
            repo(recorded).setState(item, ChecklistItem::State::Done, {}, QStringLiteral("sam")));
        loaded = repo(recorded).load(m_incident.id);
        QVERIFY(!loaded->items.at(2).isBackdated());
        QVERIFY(!loaded->items.at(2).stateHappenedAt.isValid());
        QVERIFY(!events().last().backdated);

        if (engine == QLatin1String("postgres")) {
            // The database itself keeps "happened" no later than "recorded".
            QSqlQuery q(m_db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE ic_checklist_items SET state_happened_at = "
                                             "state_at + interval '1 hour' WHERE id = ?")));
            q.addBindValue(item);
            QVERIFY(!q.exec());
            QVERIFY2(q.lastError().text().contains(QLatin1String("happened_before_recorded")),
                     qPrintable(q.lastError().text()));
        }
    }

    // A done time in the future, before detection, or on a skip is refused;
    // the step stays open and nothing is recorded.
    void badDoneTimesChangeNothing()
    {
        attachToken();
        const QString item = repo(m_now).load(m_incident.id)->items.at(1).id;
        const int before = int(events().size());
        struct Bad
        {
            ChecklistItem::State state;
            QDateTime at;
            const char *says;
        };
        for (const Bad &bad : {Bad{ChecklistItem::State::Done, m_now.addSecs(600), "future"},
                               Bad{ChecklistItem::State::Done, m_detected.addSecs(-1), "detected"},
                               Bad{ChecklistItem::State::Skipped, m_detected, "Only ticking"}}) {
            auto r = repo(m_now).setState(item, bad.state, QStringLiteral("not needed"),
                                          QStringLiteral("casey"), bad.at);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(r.error().message.contains(QLatin1String(bad.says)),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QLatin1String("not ticked")) ||
                         r.error().message.contains(QLatin1String("Nothing was changed")),
                     qPrintable(r.error().message));
        }
        auto loaded = repo(m_now).load(m_incident.id);
        QCOMPARE(loaded->items.at(1).state, ChecklistItem::State::Open);
        QCOMPARE(int(events().size()), before);
    }

    // The playbooks the incident's alerts suggested (their rules name one),
    // and only this incident's.
    void suggestedPlaybooksComeFromTheAlerts()
    {
        NewIncident other;
        other.title = QStringLiteral("Another");
        other.detectedAt = m_detected;
        auto second = IncidentRepository(m_db, m_detected).create(other, QStringLiteral("casey"));
        IC_VERIFY_OK(second);
        int id = 0;
        auto addAlert = [&](const QString &incident, const QString &playbook) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "INSERT INTO ic_alerts (id, rule_id, rule_name, severity, playbook, subject_kind, "
                "subject, status, first_seen, last_seen, created_at, updated_at, incident_id) "
                "VALUES (?, 'r', 'Rule', 'P1', ?, 'user', 'u-42', 'promoted', ?, ?, ?, ?, ?)"));
            const QVariant t = Db::bindTime(m_db, m_detected.addSecs(++id));
            for (const QVariant &v :
                 {QVariant(id), QVariant(playbook), t, t, t, t, QVariant(incident)})
                q.addBindValue(v);
            return q.exec();
        };
        QVERIFY(addAlert(m_incident.id, QStringLiteral("Insider Threat")));
        QVERIFY(addAlert(m_incident.id, QStringLiteral("insider threat"))); // the same, once
        QVERIFY(addAlert(m_incident.id, QStringLiteral(""))); // no suggestion (NOT NULL)
        QVERIFY(addAlert(m_incident.id, QStringLiteral("Token Compromise")));
        QVERIFY(addAlert(second->id, QStringLiteral("DDoS Attack")));
        auto loaded = repo(m_now).load(m_incident.id);
        IC_VERIFY_OK(loaded);
        QCOMPARE(loaded->suggestedPlaybooks, (QStringList{QStringLiteral("Insider Threat"),
                                                          QStringLiteral("Token Compromise")}));
        loaded = repo(m_now).load(second->id);
        QCOMPARE(loaded->suggestedPlaybooks, QStringList{QStringLiteral("DDoS Attack")});
    }

    void tickUntickSkipReopenAndNotes()
    {
        QFETCH_GLOBAL(QString, engine);
        attachToken();
        auto loaded = repo(m_now).load(m_incident.id);
        const QString first = loaded->items[0].id;
        const QString second = loaded->items[1].id;

        auto t =
            repo(m_now).setState(first, ChecklistItem::State::Done, {}, QStringLiteral("casey"));
        IC_VERIFY_OK(t);
        QVERIFY(t->changed);
        QCOMPARE(t->item.state, ChecklistItem::State::Done);
        QCOMPARE(t->item.stateBy, QStringLiteral("casey"));

        // The same tick again (a second commander): nothing written.
        auto again = repo(m_now.addSecs(5))
                         .setState(first, ChecklistItem::State::Done, {}, QStringLiteral("sam"));
        IC_VERIFY_OK(again);
        QVERIFY(!again->changed);
        QCOMPARE(again->item.stateBy, QStringLiteral("casey"));

        auto un = repo(m_now.addSecs(60))
                      .setState(first, ChecklistItem::State::Open, {}, QStringLiteral("sam"));
        IC_VERIFY_OK(un);
        QVERIFY(un->changed);

        // A skip needs a reason; without one nothing changes.
        auto noReason = repo(m_now).setState(second, ChecklistItem::State::Skipped,
                                             QStringLiteral("   "), QStringLiteral("casey"));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().kind, Error::Kind::InvalidInput);
        auto skip = repo(m_now.addSecs(120))
                        .setState(second, ChecklistItem::State::Skipped,
                                  QStringLiteral("User has no sessions"), QStringLiteral("casey"));
        IC_VERIFY_OK(skip);
        auto reopen =
            repo(m_now.addSecs(180))
                .setState(second, ChecklistItem::State::Open, {}, QStringLiteral("casey"));
        IC_VERIFY_OK(reopen);
        QVERIFY(reopen->changed);

        IC_VERIFY_OK(repo(m_now.addSecs(240))
                         .addNote(first, QStringLiteral("Called the user"), QStringLiteral("sam")));
        QVERIFY(!repo(m_now).addNote(first, QStringLiteral(" "), QStringLiteral("sam")));
        QVERIFY(!repo(m_now).addNote(first, QStringLiteral("a") + QChar(QChar::Null),
                                     QStringLiteral("sam")));
        auto missing = repo(m_now).setState(QStringLiteral("nope"), ChecklistItem::State::Done, {},
                                            QStringLiteral("sam"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        const QList<IncidentEvent> ev = events();
        QCOMPARE(
            kinds(ev),
            (QStringList{QStringLiteral("incident.created"), QStringLiteral("checklist.attached"),
                         QStringLiteral("checklist.ticked"), QStringLiteral("checklist.unticked"),
                         QStringLiteral("checklist.skipped"), QStringLiteral("checklist.reopened"),
                         QStringLiteral("checklist.note")}));
        QCOMPARE(ev[2].actor, QStringLiteral("casey"));
        IC_COMPARE_RECORDED_AT(engine, ev[2].recordedAt, m_now);
        QCOMPARE(ev[2].details.value(QStringLiteral("item_id")).toString(), first);
        QCOMPARE(ev[2].details.value(QStringLiteral("on_time")).toBool(),
                 false); // due at detection
        QCOMPARE(ev[3].actor, QStringLiteral("sam"));
        QCOMPARE(ev[4].details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("User has no sessions"));
        QVERIFY(ev[4].summary.contains(QLatin1String("User has no sessions")));
        QCOMPARE(ev[6].details.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Called the user"));
        auto v = EventLog::verify(m_db, m_incident.id);
        QVERIFY(v && v->intact);

        // Notes come back with the item, from the record.
        loaded = repo(m_now).load(m_incident.id);
        QCOMPARE(loaded->items[0].notes.size(), 1);
        QCOMPARE(loaded->items[0].notes[0].actor, QStringLiteral("sam"));
        QCOMPARE(loaded->items[0].notes[0].text, QStringLiteral("Called the user"));
        QCOMPARE(loaded->items[1].state, ChecklistItem::State::Open);
    }

    void stateSurvivesANewConnection()
    {
        attachToken();
        auto loaded = repo(m_now).load(m_incident.id);
        IC_VERIFY_OK(repo(m_now).setState(loaded->items[0].id, ChecklistItem::State::Done, {},
                                          QStringLiteral("casey")));
        IC_VERIFY_OK(repo(m_now).setState(loaded->items[4].id, ChecklistItem::State::Skipped,
                                          QStringLiteral("Keys not compromised"),
                                          QStringLiteral("casey")));
        // Another connection, as after a restart or on a second workstation.
        auto other = TestWorkspaces::connect(m_spec, QStringLiteral("cl-other-%1").arg(m_n));
        IC_VERIFY_OK(other);
        {
            auto again = ChecklistRepository(other.value(), m_now).load(m_incident.id);
            IC_VERIFY_OK(again);
            QCOMPARE(again->items[0].state, ChecklistItem::State::Done);
            QCOMPARE(again->items[0].stateBy, QStringLiteral("casey"));
            QCOMPARE(again->items[0].stateAt, m_now);
            QCOMPARE(again->items[4].state, ChecklistItem::State::Skipped);
            QCOMPARE(again->items[4].stateReason, QStringLiteral("Keys not compromised"));
            QCOMPARE(again->items[1].state, ChecklistItem::State::Open);
        }
        Db::close(other->connectionName());
    }

    void twoCommandersTickingAtOnceLoseNothing()
    {
        attachToken();
        auto loaded = repo(m_now).load(m_incident.id);
        QStringList ids;
        for (const ChecklistItem &it : loaded->items)
            ids << it.id;
        std::atomic<int> failures{0};
        std::atomic<int> changes{0};
        // Each commander ticks every step (the same ones at the same time):
        // each step must end up ticked once, with exactly one event.
        auto commander = [&](const QString &who, int seed) {
            const QString name = QStringLiteral("cl-%1-%2").arg(who).arg(m_n);
            {
                auto db = TestWorkspaces::connect(m_spec, name);
                if (!db) {
                    ++failures;
                    return;
                }
                for (int k = 0; k < ids.size(); ++k) {
                    const QString &id = ids[(k * seed) % ids.size()];
                    auto r = ChecklistRepository(db.value(), m_now)
                                 .setState(id, ChecklistItem::State::Done, {}, who);
                    if (!r) {
                        qWarning() << r.error().fullText();
                        ++failures;
                    } else if (r->changed) {
                        ++changes;
                    }
                }
            }
            Db::close(name);
        };
        std::thread a(commander, QStringLiteral("casey"), 1);
        std::thread b(commander, QStringLiteral("sam"), 5);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(changes.load(), int(ids.size()));
        auto after = repo(m_now).load(m_incident.id);
        for (const ChecklistItem &it : after->items)
            QCOMPARE(it.state, ChecklistItem::State::Done);
        int ticked = 0;
        for (const IncidentEvent &e : events())
            ticked += e.kind == QLatin1String("checklist.ticked") ? 1 : 0;
        QCOMPARE(ticked, int(ids.size()));
        auto v = EventLog::verify(m_db, m_incident.id);
        QVERIFY(v && v->intact);
    }
};

QTEST_GUILESS_MAIN(TestChecklistRepository)
#include "tst_checklistrepository.moc"

#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/core/Settings.h"
#include "models/record/CheckpointStore.h"
#include "models/record/MemberKeys.h"
#include "models/record/RecordVerifier.h"
#include "models/record/WorkspaceLog.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"
#include "models/timeline/EventLog.h"
#include "models/timeline/TimelineStore.h"

#include <QFile>
#include <QMap>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace ic::app {

namespace {

constexpr int ExitUntrusted = 3;  // intact, but signed by a key that is not registered here
constexpr int ExitUnreadable = 4; // the checkpoint or the workspace cannot be read

QString tr(const char *text)
{
    // lupdate files these calls under the namespace's context.
    return QCoreApplication::translate("ic::app", text);
}

// What the workspace log check found, for the exit code and the report.
struct LogReport
{
    int code = ExitOk;
    QStringList lines;
};

void worse(LogReport &r, int code)
{
    // ALTERED outranks UNREADABLE, which outranks UNTRUSTED.
    auto rank = [](int c) {
        return c == ExitFailure ? 3 : c == ExitUnreadable ? 2 : c == ExitUntrusted ? 1 : 0;
    };
    if (rank(code) > rank(r.code))
        r.code = code;
}

// The workspace's Merkle log: every event recomputed and compared with the
// stored tree, every signature checked against the registered keys, and
// the log compared with a checkpoint (`note`: a file's or the one this
// workstation kept; empty: none).
Result<LogReport> checkLog(QSqlDatabase &db, const QByteArray &note, const QString &noteSource)
{
    LogReport r;
    auto tree = WorkspaceLog::checkStoredTree(db);
    if (!tree)
        return tree.error();
    if (!tree->intact) {
        worse(r, ExitFailure);
        r.lines << tr("Workspace log: ALTERED: %1").arg(tree->problem);
    }
    auto events = EventLog::logEvents(db);
    if (!events)
        return events.error();
    auto origin = EventLog::logOrigin(db);
    if (!origin)
        return origin.error();
    auto keys = MemberKeys::checked(db);
    if (!keys)
        return keys.error();
    for (const QString &p : std::as_const(keys->problems)) {
        worse(r, ExitFailure);
        r.lines << tr("Workspace log: ALTERED: %1").arg(p);
    }
    QHash<QString, PublicKey> byFingerprint;
    for (auto it = keys->keys.cbegin(); it != keys->keys.cend(); ++it)
        byFingerprint.insert(it.key(), it.value().key);
    QList<RecordEvent> records;
    records.reserve(events->size());
    for (const IncidentEvent &e : events.value())
        records << EventLog::recordEvent(e, origin.value());
    const EventCheck check = RecordVerifier::checkEvents(records, byFingerprint);
    auto where = [&](int i) {
        const IncidentEvent &e = events.value()[i];
        return tr("leaf %1 (event %2 of incident %3, %4)")
            .arg(e.leafIndex)
            .arg(e.seq)
            .arg(e.incidentId, e.kind);
    };
    for (int i : check.badSignature) {
        worse(r, ExitFailure);
        r.lines << tr("Workspace log: ALTERED: the signature of %1 does not hold by the key "
                      "registered as %2.")
                       .arg(where(i), records[i].signer);
    }
    for (int i : check.unknownSigner) {
        worse(r, ExitUntrusted);
        r.lines << tr("Workspace log: UNTRUSTED SIGNER: %1 is signed by %2, which is not a "
                      "registered key of this workspace.")
                       .arg(where(i), records[i].signer);
    }
    // Every event in the log is signed by its author, but the legacy ones: events from
    // before the log, put into it by an admin (record adopt-legacy), whose signed
    // record.legacy-adopted event names their leaves.
    QList<std::pair<qint64, qint64>> legacy;
    for (int i = 0; i < records.size(); ++i) {
        const IncidentEvent &e = events.value()[i];
        if (e.kind != QLatin1String("record.legacy-adopted") || e.signer.isEmpty() ||
            check.badSignature.contains(i) || check.unknownSigner.contains(i))
            continue;
        const qint64 first = e.details.value(QStringLiteral("first_leaf")).toInteger(-1);
        const qint64 last = e.details.value(QStringLiteral("last_leaf")).toInteger(-1);
        if (first >= 0 && first <= last && last < e.leafIndex)
            legacy << std::pair{first, last};
    }
    auto isLegacy = [&legacy](qint64 leaf) {
        return std::any_of(legacy.cbegin(), legacy.cend(), [leaf](const auto &range) {
            return leaf >= range.first && leaf <= range.second;
        });
    };
    int legacyUnsigned = 0, unsignedShown = 0, unsignedNew = 0;
    for (int i : check.unsignedEvents) {
        if (isLegacy(events.value()[i].leafIndex)) {
            ++legacyUnsigned;
            continue;
        }
        worse(r, ExitFailure);
        if (++unsignedNew > 20)
            continue;
        ++unsignedShown;
        r.lines << tr("Workspace log: ALTERED: %1 is not signed. Every event is signed by the "
                      "person who recorded it; this one was written around the app (directly "
                      "in the database, or by a tool without its author's key).")
                       .arg(where(i));
    }
    if (unsignedNew > unsignedShown)
        r.lines << tr("Workspace log: ALTERED: %1 more unsigned events.")
                       .arg(unsignedNew - unsignedShown);
    const bool team = Db::isPostgres(db);
    QMap<QString, int> awaiting; // key -> events signed before an admin confirmed it
    for (int i = 0; i < records.size(); ++i) {
        const RecordEvent &e = records[i];
        if (e.signer.isEmpty())
            continue;
        const auto k = keys->keys.constFind(e.signer);
        if (k == keys->keys.cend())
            continue;
        // A team workspace's actor is the server's session_user, so it must be the key's
        // login. A SQLite workspace is one person's, and the name on its events is what
        // they set (it may change); every key registered there is theirs.
        if (team && k->login != e.actor) {
            worse(r, ExitUntrusted);
            r.lines << tr("Workspace log: UNTRUSTED SIGNER: %1 names %2 but is signed by %3's key.")
                           .arg(where(i), e.actor, k->login);
        } else if (k->revokedAt.isValid() && e.recordedAt >= k->revokedAt) {
            worse(r, ExitUntrusted);
            r.lines << tr("Workspace log: UNTRUSTED SIGNER: %1 is signed by %2, revoked before "
                          "it was recorded.")
                           .arg(where(i), e.signer);
        } else if (!k->confirmedAt.isValid()) {
            awaiting[e.signer + QStringLiteral(" (") + k->login + QLatin1Char(')')] += 1;
        }
    }
    // A key registered but not yet confirmed by an admin signs (an incident does not wait
    // for the admin); its events are intact, and named until the key is confirmed.
    for (auto it = awaiting.cbegin(); it != awaiting.cend(); ++it)
        r.lines << tr("Workspace log: %1 events signed by %2, a key awaiting an admin's "
                      "confirmation.")
                       .arg(it.value())
                       .arg(it.key());
    if (!note.isEmpty()) {
        auto parsed = Checkpoints::parse(note);
        if (!parsed) {
            worse(r, ExitUnreadable);
            r.lines << tr("Workspace log: UNREADABLE checkpoint (%1): %2")
                           .arg(noteSource, parsed.error().message);
        } else {
            const Checkpoint &c = parsed->checkpoint;
            QList<PublicKey> known;
            for (const MemberKey &k : std::as_const(keys->keys))
                known << k.key;
            const CheckpointSignatures sigs = Checkpoints::verify(parsed.value(), known);
            std::vector<Merkle::Hash> leaves;
            if (c.origin != origin.value()) {
                worse(r, ExitFailure);
                r.lines << tr("Workspace log: ALTERED: the checkpoint (%1) is of the log %2, "
                              "not this workspace's %3.")
                               .arg(noteSource, c.origin, origin.value());
            } else if (c.size > uint64_t(records.size())) {
                worse(r, ExitFailure);
                r.lines << tr("Workspace log: ALTERED: the checkpoint (%1) covers %2 events; "
                              "the log now holds %3: events were deleted.")
                               .arg(noteSource)
                               .arg(c.size)
                               .arg(records.size());
            } else if (RecordVerifier::rootOf(
                           {check.leaves.begin(), check.leaves.begin() + qsizetype(c.size)}) !=
                       c.root) {
                worse(r, ExitFailure);
                r.lines << tr("Workspace log: ALTERED: the first %1 events no longer give the "
                              "root the checkpoint (%2, %3) states: they were changed, removed, "
                              "reordered or inserted.")
                               .arg(c.size)
                               .arg(noteSource, c.time.toString(Qt::ISODateWithMs));
            } else {
                r.lines << tr("Workspace log: consistent with the checkpoint (%1) of %2 events "
                              "at %3.")
                               .arg(noteSource)
                               .arg(c.size)
                               .arg(c.time.toString(Qt::ISODateWithMs));
            }
            if (!sigs.invalidBy.isEmpty()) {
                worse(r, ExitFailure);
                r.lines << tr("Workspace log: ALTERED: the checkpoint's signature by %1 does "
                              "not hold.")
                               .arg(sigs.invalidBy.join(QStringLiteral(", ")));
            } else if (sigs.validBy.isEmpty()) {
                r.lines << tr("Workspace log: the checkpoint is not signed by a key registered "
                              "here; it was used as the reference you gave.");
            }
        }
    } else {
        r.lines << tr("Workspace log: no checkpoint to compare with (none kept on this "
                      "workstation; give one with --checkpoint FILE).");
    }
    if (r.code == ExitOk) {
        r.lines.prepend(tr("Workspace log: intact (%1 events, %2 unsigned from before the "
                           "log), root %3")
                            .arg(records.size())
                            .arg(legacyUnsigned)
                            .arg(QString::fromLatin1(Merkle::toBase64(tree->root))));
    }
    return r;
}

} // namespace

// verify-record: proves an incident's record was not changed in the database.
int runVerifyRecord(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "verify-record",
        "Checks that an incident's record (its hash-chained events) was not altered, deleted, "
        "reordered or added to directly in the database, then the workspace's whole log: every "
        "event against the stored tree, every signature against the members' registered keys, "
        "and the log against a checkpoint (this workstation's, or --checkpoint FILE).\n"
        "Exit code 0: intact; 1: ALTERED (an event changed, removed or not signed by its author, "
        "or an incident that cannot be found); 2: bad usage; "
        "3: UNTRUSTED SIGNER (intact, but an event is signed by a key not registered here, "
        "another person's, or a revoked one); 4: UNREADABLE (the workspace or the checkpoint "
        "cannot be read)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-record"), {},
                                 QStringLiteral("verify-record"));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"),
                                 QCoreApplication::translate("verify-record",
                                                             "Reference (INC-2026-001) or id; "
                                                             "omit with --all."));
    WorkspaceArgs ws;
    ws.addTo(parser);
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("verify-record", "Verify every incident."));
    parser.addOption(all);
    const QCommandLineOption checkpointFile(
        QStringLiteral("checkpoint"),
        QCoreApplication::translate("verify-record",
                                    "A checkpoint note to compare the workspace log with (one "
                                    "kept elsewhere: exported, printed, mailed). Default: the "
                                    "one this workstation kept."),
        QStringLiteral("FILE"));
    parser.addOption(checkpointFile);

    auto usage = [&](const QString &problem) {
        err << "incident-commander verify-record: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (const QString p = ws.problem(parser); !p.isEmpty())
        return usage(p);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(all) == !positional.isEmpty() || positional.size() > 1)
        return usage(QCoreApplication::translate("verify-record", "give one INCIDENT, or --all."));

    // Opened as the window opens it, but only to read: nothing is migrated
    // or written, and a workspace this build cannot read as it is is refused.
    auto profile = ws.profile(parser);
    if (!profile) {
        err << profile.error().fullText() << '\n';
        return ExitFailure;
    }
    QByteArray note;
    QString noteSource;
    if (parser.isSet(checkpointFile)) {
        noteSource = parser.value(checkpointFile);
        QFile f(noteSource);
        if (!f.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("verify-record",
                                               "UNREADABLE: the checkpoint %1 cannot be read: %2")
                       .arg(noteSource, f.errorString())
                << '\n';
            return ExitUnreadable;
        }
        note = f.read(Checkpoints::MaxNoteBytes + 1);
        if (note.isEmpty()) {
            err << QCoreApplication::translate("verify-record",
                                               "UNREADABLE: the checkpoint %1 is empty.")
                       .arg(noteSource)
                << '\n';
            return ExitUnreadable;
        }
    }
    Settings settings;
    auto session = openSession(profile.value(), settings, nullptr, /*readOnly*/ true);
    if (!session) {
        err << session.error().fullText() << '\n';
        return ExitFailure;
    }
    if (note.isEmpty()) {
        auto kept = CheckpointStore().latest(session.value()->info().workspaceId);
        if (!kept) {
            err << kept.error().fullText() << '\n';
            return ExitUnreadable;
        }
        if (kept.value()) {
            note = kept.value()->note();
            noteSource = QCoreApplication::translate("verify-record", "kept on this workstation");
        }
    }
    QList<Incident> chosen;
    if (parser.isSet(all)) {
        auto list = incidents(*session.value());
        if (!list) {
            err << list.error().fullText() << '\n';
            return ExitFailure;
        }
        chosen = list.value();
        std::sort(chosen.begin(), chosen.end(),
                  [](const Incident &a, const Incident &b) { return a.ref < b.ref; });
    } else {
        auto found = findIncident(*session.value(), positional.first());
        if (!found) {
            err << found.error().message << '\n';
            return ExitFailure;
        }
        chosen.append(found.value());
    }
    int code = ExitOk;
    TimelineStore *timeline = session.value()->timeline();
    for (const Incident &incident : std::as_const(chosen)) {
        const QString id = incident.id;
        auto v = wait<ChainVerification>([timeline, id](auto done) { timeline->verify(id, done); });
        if (!v) {
            err << incident.ref << ": " << v.error().fullText() << '\n';
            code = ExitFailure;
        } else if (v->intact) {
            out << incident.ref << ": intact, " << v->events
                << (v->events == 1 ? " event\n" : " events\n");
        } else {
            out << incident.ref << ": BROKEN at event " << v->firstBrokenSeq << ": " << v->problem
                << '\n';
            code = ExitFailure;
        }
    }
    SqlExecutor *executor = session.value()->storeExecutor();
    WorkspaceSession *context = session.value().get();
    auto log = wait<LogReport>([executor, context, note, noteSource](auto done) {
        executor->run<LogReport>(
            [note, noteSource](QSqlDatabase &db) { return checkLog(db, note, noteSource); },
            context, [done](Result<LogReport> r) { done(r); });
    });
    if (!log) {
        err << log.error().fullText() << '\n';
        return code == ExitOk ? ExitUnreadable : code;
    }
    for (const QString &line : std::as_const(log->lines))
        out << line << '\n';
    if (code == ExitOk || log->code == ExitFailure)
        code = log->code == ExitOk ? code : log->code;
    return code;
}

} // namespace ic::app

#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/timeline/TimelineEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace ic {

// A stale edit: someone saved the incident after the version the edit was
// based on. Carries the current row so the commander can choose.
struct IncidentConflict
{
    Incident current;
};

// Reads and writes incidents, their events and the severity policy in one
// workspace database. Synchronous: call it on a worker thread (IncidentStore)
// or from a command-line tool. Every change is recorded as an event in the
// same transaction, with who and when.
class IncidentRepository
{
public:
    IncidentRepository(QSqlDatabase db, const QDateTime &nowUtc);

    Result<QList<Incident>> list();
    Result<Incident> get(const QString &id);
    Result<Incident> create(const NewIncident &draft, const QString &actor);

    // Applies `patch` if the stored version is still `baseVersion`; otherwise
    // fails with Error::Kind::Conflict and fills `conflict` with the current row.
    Result<Incident> update(const QString &id, int baseVersion, const IncidentPatch &patch,
                            const QString &actor, IncidentConflict *conflict = nullptr);

    Result<QList<IncidentEvent>> events(const QString &incidentId);
    // `occurredAt` (optional): when it was written, e.g. offline; later than
    // a minute ago it is recorded as entered afterwards.
    Result<void> addNote(const QString &incidentId, const QString &actor, const QString &text,
                         const QDateTime &occurredAt = {});

    // The id of a kept offline edit being applied (OfflineJournal): the
    // first event the next change records carries it, and the database
    // refuses it twice (a unique index), so a replay cannot apply it again.
    void setEditId(const QString &editId)
    {
        m_editId = editId;
        m_editIdRecorded = false;
    }
    // Whether an edit with this id is already on the record.
    Result<bool> hasEdit(const QString &editId);
    // Whether an error is the database refusing an edit id it already has.
    static bool isDuplicateEdit(const Error &error);

    Result<SeverityPolicy> policy();
    // Writes the policy (and seeds the default on a new workspace).
    Result<void> savePolicy(const SeverityPolicy &policy, const QString &actor);
    Result<SeverityPolicy> ensurePolicy(); // default preset if none stored

    // Validation shared by the UI and the repository.
    static Result<void> validate(const NewIncident &draft);

private:
    Result<QString> nextRef(int year);
    Result<void> recordEvent(const QString &incidentId, const QString &actor, const QString &kind,
                             const QString &summary, const QJsonObject &details);
    Incident fromQuery(const class QSqlQuery &q) const;

    QJsonObject withEditId(QJsonObject details);

    QSqlDatabase m_db;
    QDateTime m_now;
    QString m_editId;
    bool m_editIdRecorded = false;
};

} // namespace ic

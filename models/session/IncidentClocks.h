#pragma once

#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace ic {

class Clock;
class DeadlineFeed;
class IncidentListModel;
class SqlExecutor;

// One of an incident's clocks as the header shows it: the next deadline of
// that kind and how many of its items are already overdue.
struct ClockDue
{
    enum class Kind { Response, Escalation, Checklist, Regulatory };

    Kind kind = Kind::Response;
    QString what;             // "Security Lead", "Revoke the leaked keys", "GDPR 72 h"
    QDateTime due;            // UTC; invalid: a clock that applies but has not started
    int overdue = 0;          // items of this kind past their deadline
    int open = 0;             // items of this kind still to do (with a deadline)
    bool conditional = false; // a regulatory clock that may not apply

    bool isOverdue() const { return overdue > 0; }
    bool notStarted() const { return !due.isValid(); }
    static QString kindName(Kind kind); // "Response", "Escalation"... (translated)
};

// Where the commander's attention must go: every clock of every open
// incident. Response and regulatory deadlines are read from the incident
// list and the deadline feed; escalation and checklist deadlines are read on
// the workspace's worker (never on the UI thread) whenever an incident
// changes. What is overdue is computed at the moment it is asked.
class IncidentClocks : public QObject
{
    Q_OBJECT
public:
    // A deadline still to meet, read from the workspace.
    struct Pending
    {
        ClockDue::Kind kind = ClockDue::Kind::Checklist;
        QString what;
        QDateTime due;
    };
    struct Worst
    {
        QString incidentId;
        ClockDue::Kind kind = ClockDue::Kind::Response;
        QDateTime due;
    };

    IncidentClocks(IncidentListModel *list, DeadlineFeed *deadlines, SqlExecutor *executor,
                   const Clock &clock, QObject *parent = nullptr);

    // Reads escalations and checklists again soon, of that incident ("":
    // of every open incident); several requests make one read.
    void reload(const QString &incidentId = {});
    bool isLoaded() const { return m_loaded; }

    // The incident's clocks, worst first: overdue ones (longest overdue
    // first), then the nearest deadline, then clocks not started.
    QList<ClockDue> clocks(const QString &incidentId) const;
    // Every overdue item of every open incident: responses, escalation
    // contacts, checklist steps, regulatory clocks.
    int overdueTotal() const;
    // The item overdue the longest, if any.
    std::optional<Worst> worst() const;

    // For tests and the bench: what was read (escalation and checklist).
    const QHash<QString, QList<Pending>> &pending() const { return m_pending; }

signals:
    // A read finished: what the header and the status bar show may differ.
    void changed();

private:
    void load();

    IncidentListModel *m_list;
    DeadlineFeed *m_deadlines;
    SqlExecutor *m_executor;
    const Clock &m_clock;
    QHash<QString, QList<Pending>> m_pending;
    QTimer m_debounce;
    bool m_loading = false;
    bool m_again = false;
    bool m_loaded = false;
    bool m_all = true;     // the next read reads every open incident
    QSet<QString> m_dirty; // else these
};

} // namespace ic

#include "models/session/IncidentClocks.h"

#include "models/core/Clock.h"
#include "models/escalation/EscalationPath.h"
#include "models/escalation/EscalationPolicy.h"
#include "models/escalation/EscalationRepository.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/notify/DeadlineFeed.h"
#include "models/playbooks/ChecklistRepository.h"
#include "models/store/SqlExecutor.h"

#include <QCoreApplication>

#include <algorithm>

namespace ic {

namespace {

struct Subject
{
    QString id;
    Severity severity = Severity::P2;
    QDateTime detectedAt;
    QDateTime acknowledgedAt;
    QString commander;
};

using PendingMap = QHash<QString, QList<IncidentClocks::Pending>>;

// The escalation policy the workspace uses (a built-in one by default).
std::optional<EscalationPolicy> activePolicy(EscalationRepository &repo)
{
    auto name = repo.activePolicy();
    if (!name)
        return std::nullopt;
    if (const EscalationPolicy *p = EscalationPolicies::findBuiltIn(name.value()))
        return *p;
    auto imported = repo.importedPolicies();
    if (imported) {
        for (const EscalationPolicy &p : imported.value()) {
            if (p.name == name.value())
                return p;
        }
    }
    if (const EscalationPolicy *p =
            EscalationPolicies::findBuiltIn(EscalationPolicies::securityTeamName()))
        return *p;
    return std::nullopt;
}

Result<PendingMap> readPending(QSqlDatabase &db, const QList<Subject> &subjects,
                               const QDateTime &now)
{
    PendingMap out;
    EscalationRepository escalation(db, now);
    ChecklistRepository checklists(db, now);
    const std::optional<EscalationPolicy> policy = activePolicy(escalation);
    for (const Subject &s : subjects) {
        QList<IncidentClocks::Pending> &list = out[s.id];
        auto lists = checklists.load(s.id);
        if (!lists && lists.error().kind == Error::Kind::NotFound)
            continue; // deleted meanwhile
        if (!lists)
            return lists.error();
        for (const ChecklistItem &item : lists->items) {
            if (item.isSettled())
                continue;
            const QDateTime due = item.due(lists->detectedAt);
            if (due.isValid())
                list.append({ClockDue::Kind::Checklist, item.text, due});
        }
        if (!policy || !policy->isValid())
            continue;
        auto state = escalation.state(s.id);
        if (!state)
            return state.error();
        IncidentFacts facts;
        facts.severity = s.severity;
        facts.dataBreach = state->dataBreach;
        facts.detectedAt = s.detectedAt;
        facts.decisions = state->decisions;
        facts.acknowledgedAt = s.acknowledgedAt;
        facts.acknowledgedBy = s.commander;
        const EscalationOverlay overlay = computeOverlay(*policy, facts, state->records, now);
        for (const NodeStatus &node : overlay.nodes) {
            if (!node.onPath())
                continue;
            for (const ContactStatus &c : node.contacts) {
                if (!c.due.isValid() || c.applies == Applies::No || c.notifiedAt.isValid() ||
                    c.acknowledgedAt.isValid())
                    continue;
                list.append({ClockDue::Kind::Escalation, c.role, c.due});
            }
        }
    }
    return out;
}

} // namespace

QString ClockDue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Response:
        return QCoreApplication::translate("ic::IncidentClocks", "Response");
    case Kind::Escalation:
        return QCoreApplication::translate("ic::IncidentClocks", "Escalation");
    case Kind::Checklist:
        return QCoreApplication::translate("ic::IncidentClocks", "Checklist");
    case Kind::Regulatory:
        return QCoreApplication::translate("ic::IncidentClocks", "Regulatory");
    }
    return {};
}

IncidentClocks::IncidentClocks(IncidentListModel *list, DeadlineFeed *deadlines,
                               SqlExecutor *executor, const Clock &clock, QObject *parent)
    : QObject(parent), m_list(list), m_deadlines(deadlines), m_executor(executor), m_clock(clock)
{
    m_debounce.setSingleShot(true);
    // After the list and the deadlines: opening a workspace shows the list first.
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &IncidentClocks::load);
    if (m_deadlines)
        connect(m_deadlines, &DeadlineFeed::deadlinesChanged, this, &IncidentClocks::changed);
}

void IncidentClocks::reload(const QString &incidentId)
{
    if (incidentId.isEmpty())
        m_all = true;
    else
        m_dirty.insert(incidentId);
    m_debounce.start();
}

void IncidentClocks::load()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    if (!m_all && m_dirty.isEmpty())
        return;
    // One incident changed: only it is read again.
    const bool all = m_all;
    const QSet<QString> dirty = m_dirty;
    m_all = false;
    m_dirty.clear();
    QList<Subject> subjects;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const Incident *inc = m_list->incident(row);
        if (!inc || inc->isClosed() || (!all && !dirty.contains(inc->id)))
            continue;
        subjects.append({inc->id, inc->severity,
                         inc->detectedAt.isValid() ? inc->detectedAt : inc->createdAt,
                         inc->acknowledgedAt, inc->commander});
    }
    m_loading = true;
    const QDateTime now = m_clock.now();
    m_executor->run<PendingMap>(
        [subjects, now](QSqlDatabase &db) { return readPending(db, subjects, now); }, this,
        [this, all, dirty](Result<PendingMap> r) {
            m_loading = false;
            // A failed read keeps what was read before and reads it again
            // with the next change; the panes report errors.
            if (r) {
                if (all)
                    m_pending = r.value();
                for (const QString &id : dirty)
                    m_pending.remove(id); // closed or gone meanwhile
                for (auto it = r->cbegin(); it != r->cend(); ++it)
                    m_pending.insert(it.key(), it.value());
                m_loaded = m_loaded || all;
                emit changed();
            } else {
                m_all = m_all || all;
                m_dirty.unite(dirty);
            }
            if (m_again) {
                m_again = false;
                load();
            }
        });
}

QList<ClockDue> IncidentClocks::clocks(const QString &incidentId) const
{
    QList<ClockDue> out;
    const Incident *inc = m_list->incidentById(incidentId);
    if (!inc || inc->isClosed())
        return out;
    const QDateTime now = m_clock.now();

    const ResponseState response = responseState(*inc, m_list->policy(), now);
    if (response.kind == ResponseState::Kind::Running ||
        response.kind == ResponseState::Kind::Overdue) {
        ClockDue c;
        c.kind = ClockDue::Kind::Response;
        c.what = QCoreApplication::translate("ic::IncidentClocks", "acknowledgement");
        c.due = response.due;
        c.open = 1;
        c.overdue = response.kind == ResponseState::Kind::Overdue ? 1 : 0;
        out.append(c);
    }

    for (const ClockDue::Kind kind : {ClockDue::Kind::Escalation, ClockDue::Kind::Checklist}) {
        ClockDue c;
        c.kind = kind;
        for (const Pending &p : m_pending.value(incidentId)) {
            if (p.kind != kind)
                continue;
            ++c.open;
            if (p.due < now)
                ++c.overdue;
            if (!c.due.isValid() || p.due < c.due) {
                c.due = p.due;
                c.what = p.what;
            }
        }
        if (c.open > 0)
            out.append(c);
    }

    if (m_deadlines) {
        const IncidentDeadline d = m_deadlines->deadlines().value(incidentId);
        if (d.isValid()) {
            ClockDue c;
            c.kind = ClockDue::Kind::Regulatory;
            c.what = d.ruleName;
            c.due = d.due;
            c.conditional = d.conditional;
            c.open = 1;
            c.overdue = d.due.isValid() && d.due < now ? 1 : 0;
            out.append(c);
        }
    }

    // Overdue first (the longest overdue first), then the nearest deadline,
    // then clocks not started.
    std::stable_sort(out.begin(), out.end(), [](const ClockDue &a, const ClockDue &b) {
        if (a.isOverdue() != b.isOverdue())
            return a.isOverdue();
        if (a.notStarted() != b.notStarted())
            return !a.notStarted();
        return a.due < b.due;
    });
    return out;
}

int IncidentClocks::overdueTotal() const
{
    int n = 0;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const Incident *inc = m_list->incident(row);
        if (!inc || inc->isClosed())
            continue;
        for (const ClockDue &c : clocks(inc->id))
            n += c.overdue;
    }
    return n;
}

std::optional<IncidentClocks::Worst> IncidentClocks::worst() const
{
    std::optional<Worst> out;
    int worstSeverity = 99;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const Incident *inc = m_list->incident(row);
        if (!inc || inc->isClosed())
            continue;
        const QList<ClockDue> list = clocks(inc->id);
        if (list.isEmpty() || !list.first().isOverdue())
            continue;
        const ClockDue &c = list.first();
        // The longest overdue; the more severe incident when equal.
        const int sev = int(inc->severity);
        if (!out || c.due < out->due || (c.due == out->due && sev < worstSeverity)) {
            out = Worst{inc->id, c.kind, c.due};
            worstSeverity = sev;
        }
    }
    return out;
}

} // namespace ic

#include "ui/team/ApprovalWatch.h"

#include "models/actions/ActionKind.h"
#include "models/actions/ActionService.h"
#include "models/incidents/IncidentListModel.h"
#include "models/session/WorkspaceSession.h"
#include "ui/team/ApprovalNotifier.h"

#include <QTimer>

namespace ic {

ApprovalWatch::ApprovalWatch(WorkspaceSession *session, ApprovalNotifier *notifier, QObject *parent)
    : QObject(parent), m_session(session), m_service(session->actions()), m_notifier(notifier),
      m_timer(new QTimer(this))
{
    // Several changes in a row (a decision and its event) read once.
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ApprovalWatch::refresh);
    connect(session, &WorkspaceSession::tableChanged, this, [this](const QString &table) {
        if (table.isEmpty() || table == QLatin1String("ic_actions") ||
            table == QLatin1String("ic_approvals") || table == QLatin1String("ic_approval_policy"))
            scheduleRefresh();
    });
    connect(session, &WorkspaceSession::permissionsChanged, this, &ApprovalWatch::scheduleRefresh);
    if (m_service)
        connect(m_service, &ActionService::actionChanged, this, &ApprovalWatch::scheduleRefresh);
    refresh();
}

void ApprovalWatch::scheduleRefresh()
{
    m_timer->start();
}

QString ApprovalWatch::refOf(const QString &incidentId) const
{
    const Incident *inc = m_session && m_session->incidentList()
                              ? m_session->incidentList()->incidentById(incidentId)
                              : nullptr;
    return inc ? inc->ref : QString();
}

void ApprovalWatch::refresh()
{
    if (!m_service || !m_session)
        return;
    const int serial = ++m_serial;
    QPointer<ApprovalWatch> guard(this);
    m_service->loadWaiting([guard, serial](const Result<QList<Team::ApprovalStatus>> &r) {
        if (!guard || serial != guard->m_serial || !r)
            return;
        ApprovalWatch *self = guard;
        const Permissions &p = self->m_service->permissions();
        const QString me = p.login().isEmpty() ? self->m_service->actor() : p.login();
        const bool approver = p.may(Permissions::Action::Approve);
        QList<Team::ApprovalStatus> forMe;
        QSet<QString> now;
        for (const Team::ApprovalStatus &s : r.value()) {
            now.insert(s.actionId);
            if (approver && s.requestedBy != me)
                forMe << s;
        }
        // Only what started waiting since the last look is news.
        if (self->m_loadedWaiting) {
            for (const Team::ApprovalStatus &s : std::as_const(forMe)) {
                if (self->m_knownWaiting.contains(s.actionId))
                    continue;
                const auto kind = Actions::fromCode(s.kind);
                self->m_notifier->approvalRequested(s.incidentId, self->refOf(s.incidentId),
                                                    kind ? Actions::label(*kind, s.target)
                                                         : s.kind + QLatin1Char(' ') + s.target,
                                                    s.requestedBy);
            }
        }
        self->m_loadedWaiting = true;
        self->m_knownWaiting = now;
        const bool changed =
            forMe.size() != self->m_forMe.size() ||
            !std::equal(forMe.cbegin(), forMe.cend(), self->m_forMe.cbegin(),
                        [](const auto &a, const auto &b) { return a.actionId == b.actionId; });
        self->m_forMe = forMe;
        if (changed)
            emit self->waitingChanged(int(forMe.size()));
    });
    m_service->loadBreakGlass(
        [guard, serial](const Result<QList<Team::Approvals::BreakGlassRun>> &r) {
            if (!guard || serial != guard->m_serial || !r)
                return;
            ApprovalWatch *self = guard;
            QSet<QString> now, runs;
            for (const Team::Approvals::BreakGlassRun &run : r.value()) {
                now.insert(run.incidentId);
                runs.insert(run.actionId);
                // Each run is news (per action, not per incident: a second
                // break-glass in the same incident is announced again).
                if (self->m_loadedBreakGlass && !self->m_brokenGlass.contains(run.actionId))
                    self->m_notifier->brokeGlass(run.incidentId, self->refOf(run.incidentId));
            }
            self->m_brokenGlass = runs;
            self->m_loadedBreakGlass = true;
            if (now != self->m_breakGlass || self->m_breakGlass.isEmpty()) {
                self->m_breakGlass = now;
                emit self->breakGlassChanged(now);
            }
        });
}

} // namespace ic

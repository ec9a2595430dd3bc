#include "ui/shell/ActFeedback.h"

#include "models/actions/ActionKind.h"
#include "models/core/TimeText.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/shell/Toast.h"

namespace ic {

ActFeedback::ActFeedback(Toast *toast, QObject *parent) : QObject(parent), m_toast(toast) {}

void ActFeedback::setSession(WorkspaceSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        if (m_session->incidents())
            disconnect(m_session->incidents(), nullptr, this, nullptr);
    }
    m_session = session;
    m_seen.clear();
    if (!session)
        return;
    connect(session->incidents(), &IncidentStore::incidentsLoaded, this,
            [this](const QList<Incident> &list) {
                m_seen.clear();
                for (const Incident &inc : list)
                    m_seen.insert(inc.id, inc);
            });
    connect(session->incidents(), &IncidentStore::incidentSaved, this, &ActFeedback::saved);
    connect(session, &WorkspaceSession::actionChanged, this, &ActFeedback::action);
}

void ActFeedback::saved(const Incident &inc)
{
    const auto before = m_seen.constFind(inc.id);
    const bool known = before != m_seen.constEnd();
    const Incident old = known ? before.value() : Incident();
    m_seen.insert(inc.id, inc);
    if (!known || !m_session || inc.updatedBy != m_session->identity().actor ||
        old.version >= inc.version || old.isClosed() != inc.isClosed())
        return;
    QStringList what;
    IncidentPatch undo;
    if (old.severity != inc.severity) {
        what << tr("severity set to %1")
                    .arg(m_session->incidentList()->policy().label(inc.severity));
        undo.severity = old.severity;
    }
    if (old.status != inc.status) {
        what << tr("status set to %1").arg(statusLabel(inc.status));
        undo.status = old.status;
    }
    if (old.commander != inc.commander) {
        what << (inc.commander.isEmpty() ? tr("commander removed")
                                         : tr("commander set to %1").arg(inc.commander));
        undo.commander = old.commander;
    }
    if (old.title != inc.title) {
        what << tr("title changed");
        undo.title = old.title;
    }
    if (old.becameAwareAt != inc.becameAwareAt) {
        what << (inc.becameAwareAt.isValid()
                     ? tr("became aware set to %1").arg(TimeText::local(inc.becameAwareAt))
                     : tr("became aware cleared"));
        undo.becameAwareAt = old.becameAwareAt;
    }
    if (what.isEmpty())
        return;
    const QString id = inc.id;
    QPointer<WorkspaceSession> session(m_session);
    m_toast->showMessage(tr("%1: %2.").arg(inc.ref, what.join(QStringLiteral(", "))), tr("Undo"),
                         [session, id, undo] {
                             const Incident *now =
                                 session ? session->incidentList()->incidentById(id) : nullptr;
                             if (now)
                                 session->incidents()->update(id, now->version, undo);
                         });
}

void ActFeedback::action(const ActionRecord &a)
{
    if (!m_session || a.createdBy != m_session->identity().actor)
        return;
    const Incident *inc = m_session->incidentList()->incidentById(a.incidentId);
    const QString id = a.incidentId;
    m_toast->showMessage(
        tr("%1 on %2: %3.")
            .arg(Actions::label(a.kind, a.target), inc ? inc->ref : QString(), stateLabel(a.state)),
        tr("View"), [this, id] { emit viewActions(id); });
}

} // namespace ic

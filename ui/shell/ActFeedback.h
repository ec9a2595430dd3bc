#pragma once

#include "models/actions/ActionRecord.h"
#include "models/incidents/Incident.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ic {

class Toast;
class WorkspaceSession;

// Says what an act just did, on which incident: an edit made here ("INC-
// 2026-004: severity set to P1 High." with Undo, which writes the old values
// back) and a containment action changing state (with View). Edits made on
// other workstations, and closing or reopening (the Close command speaks
// for itself), say nothing here.
class ActFeedback : public QObject
{
    Q_OBJECT
public:
    ActFeedback(Toast *toast, QObject *parent = nullptr);
    // The open workspace, or null.
    void setSession(WorkspaceSession *session);

signals:
    // View on an action's line: show the incident's actions.
    void viewActions(const QString &incidentId);

private:
    void saved(const ic::Incident &incident);
    void action(const ic::ActionRecord &action);

    Toast *m_toast;
    QPointer<WorkspaceSession> m_session;
    QHash<QString, Incident> m_seen; // as last shown, to say what an edit changed
};

} // namespace ic

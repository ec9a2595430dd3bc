#pragma once

#include "models/team/Approvals.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace ic {

class ActionService;
class ApprovalNotifier;
class WorkspaceSession;

// Follows the two-person rule of an open team workspace for the window:
// the requests waiting for this person (an approver; never their own), in
// every incident, and the incidents where someone broke glass (the incident
// list flags them). Every break-glass run is announced, a second one in the
// same incident too. Reads again whenever an action or approval changes,
// here or on another workstation (the change feed), and tells the
// notifier what is new since it last looked.
class ApprovalWatch : public QObject
{
    Q_OBJECT
public:
    ApprovalWatch(WorkspaceSession *session, ApprovalNotifier *notifier, QObject *parent = nullptr);

    // Requests this person may decide now, oldest first.
    const QList<Team::ApprovalStatus> &waitingForMe() const { return m_forMe; }
    const QSet<QString> &breakGlassIncidents() const { return m_breakGlass; }
    void refresh();

signals:
    void waitingChanged(int count);
    void breakGlassChanged(const QSet<QString> &incidentIds);

private:
    void scheduleRefresh();
    QString refOf(const QString &incidentId) const;

    QPointer<WorkspaceSession> m_session;
    ActionService *m_service;
    ApprovalNotifier *m_notifier;
    QTimer *m_timer;
    QList<Team::ApprovalStatus> m_forMe;
    QSet<QString> m_knownWaiting;
    QSet<QString> m_breakGlass;  // incidents
    QSet<QString> m_brokenGlass; // actions run by break-glass, each announced once
    bool m_loadedWaiting = false;
    bool m_loadedBreakGlass = false;
    int m_serial = 0;
};

} // namespace ic

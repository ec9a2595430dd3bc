#pragma once

#include "models/incidents/Incident.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace ic {

class Clock;
class IncidentDetailPane;
class IncidentListPane;
class NewIncidentDialog;
class Toast;
class TrayNotifier;
class WorkspaceSession;

// The Incident menu: open an incident, take command, close or reopen, add a
// note, edit the title, mute, find, the severity policy. Enabled by what the
// session says the person may do and what is selected; a disabled command
// says why in its tooltip.
class IncidentCommands : public QObject
{
    Q_OBJECT
public:
    IncidentCommands(QMainWindow *window, IncidentListPane *list, TrayNotifier *notifier,
                     const Clock &clock);

    void addTo(QMenu *menu);
    // The open workspace and its details pane (both null when none is open).
    void setWorkspace(WorkspaceSession *session, IncidentDetailPane *detail);
    // Enabled states and texts, after a change of selection or permissions.
    void update();

    void showNewIncidentDialog();
    void showPolicyDialog();
    // Where "what just happened" is said (closing, reopening).
    void setToast(Toast *toast) { m_toast = toast; }
    // Ctrl+Shift+W: asks for a resolution summary and a confirmation,
    // records both, closes, and offers Undo (reopen). On a closed incident: reopens.
    void closeOrReopen();

signals:
    // A command is about to focus a field of the details: bring them to the front.
    void detailsWanted();

private:
    void setClosed(const QString &incidentId, bool closed, IncidentStatus reopenAs,
                   const QString &resolution);

    QAction *make(const QString &text, const char *name, const QKeySequence &key = {});

    QMainWindow *m_window;
    IncidentListPane *m_list;
    TrayNotifier *m_notifier;
    const Clock &m_clock;
    QPointer<WorkspaceSession> m_session;
    QPointer<IncidentDetailPane> m_detail;
    QPointer<NewIncidentDialog> m_newDialog;
    QPointer<Toast> m_toast;

    QAction *m_newIncident;
    QAction *m_takeCommand;
    QAction *m_closeIncident;
    QAction *m_addNote;
    QAction *m_editTitle;
    QAction *m_mute;
    QAction *m_policy;
    QAction *m_find;
    QAction *m_focusList;
};

} // namespace ic

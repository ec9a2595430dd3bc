#pragma once

#include "models/session/IncidentClocks.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTabWidget;
class QWidget;

namespace ic {

class ActFeedback;
class IncidentHeader;
class IncidentListPane;
class Navigator;
class OverdueLabel;
class PaneHost;
class PaneNavigation;
class SideTabWidget;
class Toast;
class WorkspaceSession;

// What the window shows around the panes for a commander under pressure:
// the selected incident's header with its clocks, the incident's panes
// named down the side, the status bar's overdue count (a click goes to the
// worst) and the line saying what an act just did. The window places the
// widgets; this object wires them to the open workspace.
class CommanderShell : public QObject
{
    Q_OBJECT
public:
    using ShowPane = std::function<QWidget *(const QString &objectName)>;
    CommanderShell(QWidget *window, QTabWidget *mainTabs, SideTabWidget *incidentTabs,
                   IncidentListPane *list, Navigator *navigator, ShowPane showPane);

    IncidentHeader *header() const { return m_header; }
    Toast *toast() const { return m_toast; }
    OverdueLabel *overdueLabel() const { return m_overdue; }
    // The side list beside the incident's tabs, in one widget for the splitter.
    QWidget *incidentSide() const { return m_side; }
    PaneNavigation *navigation() const { return m_nav; }

    void setSession(WorkspaceSession *session); // null: closed
    void setIncident(const QString &incidentId);
    void setHost(PaneHost *host); // the open workspace's panes, or null
    // Selects the incident overdue the longest and shows its pane.
    bool goToWorstOverdue();
    void showClockPane(ClockDue::Kind kind);
    // The details in front (a shortcut is about to focus one of their fields).
    void showDetails();

private:
    QTabWidget *m_mainTabs;
    SideTabWidget *m_incidentTabs;
    IncidentListPane *m_list;
    ShowPane m_showPane;
    QPointer<WorkspaceSession> m_session;
    IncidentHeader *m_header;
    Toast *m_toast;
    ActFeedback *m_feedback;
    OverdueLabel *m_overdue;
    PaneNavigation *m_nav;
    QWidget *m_side;
};

} // namespace ic

#include "Panes.h"

#include "actions/ActionsPane.h"
#include "audit/AuditView.h"
#include "detection/AlertsView.h"
#include "escalation/EscalationPane.h"
#include "evidence/EvidencePane.h"
#include "notify/NotificationsPane.h"
#include "playbooks/ChecklistPane.h"
#include "playbooks/PlaybooksView.h"
#include "review/ReviewPane.h"
#include "timeline/TimelinePane.h"

// Feature panes register here: one line each, in the order they appear.

namespace ic {

QList<IncidentPane *> createIncidentPanes(const PaneContext &context, QWidget *parent)
{
    QList<IncidentPane *> panes;
    panes << new ChecklistPane(context, parent);
    panes << new TimelinePane(context, parent);
    panes << new ActionsPane(context, parent);
    panes << new NotificationsPane(context, parent);
    panes << new ReviewPane(context, parent);
    panes << new EvidencePane(context, parent);
    panes << new EscalationPane(context, parent);
    return panes;
}

QList<WorkspaceView *> createWorkspaceViews(const PaneContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    Q_UNUSED(parent)
    QList<WorkspaceView *> views;
    views << new AuditView(context, parent);
    views << new AlertsView(context, parent);
    views << new PlaybooksView(context, parent);
    return views;
}

} // namespace ic

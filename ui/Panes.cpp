#include "ui/Panes.h"

#include "ui/actions/ActionsPane.h"
#include "ui/audit/AuditView.h"
#include "ui/detection/AlertsView.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/evidence/EvidencePane.h"
#include "ui/notify/NotificationsPane.h"
#include "ui/playbooks/ChecklistPane.h"
#include "ui/playbooks/PlaybooksView.h"
#include "ui/review/ReviewPane.h"
#include "ui/timeline/TimelinePane.h"

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

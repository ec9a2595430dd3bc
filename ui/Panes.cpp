#include "Panes.h"

#include "timeline/TimelinePane.h"

// Feature panes register here: one line each, in the order they appear.

namespace ic {

QList<IncidentPane *> createIncidentPanes(const PaneContext &context, QWidget *parent)
{
    QList<IncidentPane *> panes;
    panes << new TimelinePane(context, parent);
    return panes;
}

QList<WorkspaceView *> createWorkspaceViews(const PaneContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    Q_UNUSED(parent)
    QList<WorkspaceView *> views;
    return views;
}

} // namespace ic

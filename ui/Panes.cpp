#include "ui/Panes.h"

#include "models/session/WorkspaceSession.h"
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

namespace ic {

const Clock &PaneContext::clock() const
{
    return session->clock();
}

const Permissions &PaneContext::permissions() const
{
    return session->permissions();
}

QAction *PaneContext::action(const char *objectName) const
{
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String(objectName))
            return a;
    }
    return nullptr;
}

QAction *makePaneAction(QObject *owner, const QString &text, const char *objectName,
                        const QKeySequence &shortcut)
{
    auto *a = new QAction(text, owner);
    a->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

namespace {

template <typename P>
PaneSpec spec(PaneSpec::Place place, const char *objectName, QStringList requests = {})
{
    PaneSpec s;
    s.place = place;
    s.objectName = QString::fromLatin1(objectName);
    s.title = &P::paneTitle;
    s.requests = std::move(requests);
    s.create = [](const PaneContext &context, QWidget *parent) -> Pane * {
        return new P(context, parent);
    };
    return s;
}

} // namespace

// Feature panes register here, in the order their tabs appear.
const QList<PaneSpec> &paneSpecs()
{
    using Place = PaneSpec::Place;
    static const QList<PaneSpec> specs = [] {
        QList<PaneSpec> s;
        PaneSpec checklist = spec<ChecklistPane>(Place::Incident, "checklistPane",
                                                 {QStringLiteral("checklist.show")});
        checklist.actions = &ChecklistPane::createActions;
        s << checklist;
        s << spec<TimelinePane>(Place::Incident, "timelinePane");
        PaneSpec actions = spec<ActionsPane>(
            Place::Incident, "actionsPane",
            {QStringLiteral("actions.palette"), QStringLiteral("actions.prefill")});
        actions.actions = &ActionsPane::createActions;
        actions.watch = &ActionsPane::watchUnfinished;
        s << actions;
        s << spec<NotificationsPane>(Place::Incident, "notificationsPane");
        PaneSpec review = spec<ReviewPane>(Place::Incident, "reviewPane");
        review.actions = &ReviewPane::createActions;
        s << review;
        s << spec<EvidencePane>(Place::Incident, "evidencePane",
                                {QStringLiteral("evidence.add_query")});
        s << spec<EscalationPane>(Place::Incident, "escalationPane",
                                  {QStringLiteral("escalation.show")});

        PaneSpec audit =
            spec<AuditView>(Place::Workspace, "auditView",
                            {QStringLiteral("audit.query"), QStringLiteral("audit.filter")});
        audit.actions = &AuditView::createActions;
        s << audit;
        PaneSpec alerts = spec<AlertsView>(Place::Workspace, "alertsView");
        alerts.actions = &AlertsView::createActions;
        s << alerts;
        PaneSpec playbooks = spec<PlaybooksView>(Place::Workspace, "playbooksView");
        playbooks.actions = &PlaybooksView::createActions;
        s << playbooks;
        return s;
    }();
    return specs;
}

} // namespace ic

#include "ui/shell/CommanderShell.h"

#include "models/session/WorkspaceSession.h"
#include "ui/PaneHost.h"
#include "ui/Panes.h"
#include "ui/incidents/IncidentListPane.h"
#include "ui/shell/ActFeedback.h"
#include "ui/shell/IncidentHeader.h"
#include "ui/shell/OverdueLabel.h"
#include "ui/shell/PaneNavigation.h"
#include "ui/shell/Toast.h"

#include <QHBoxLayout>

namespace ic {

CommanderShell::CommanderShell(QWidget *window, QTabWidget *mainTabs, SideTabWidget *incidentTabs,
                               IncidentListPane *list, Navigator *navigator, ShowPane showPane)
    : QObject(window), m_mainTabs(mainTabs), m_incidentTabs(incidentTabs), m_list(list),
      m_showPane(std::move(showPane))
{
    m_header = new IncidentHeader(window);
    connect(m_header, &IncidentHeader::clockActivated, this, &CommanderShell::showClockPane);
    m_toast = new Toast(window);
    connect(m_header, &IncidentHeader::notApplicableRecorded, this,
            [this](const QString &, const QString &text) { m_toast->showMessage(text); });
    m_feedback = new ActFeedback(m_toast, this);
    connect(m_feedback, &ActFeedback::viewActions, this, [this, navigator](const QString &id) {
        emit navigator->showIncident(id);
        m_showPane(QStringLiteral("actionsPane"));
    });
    m_overdue = new OverdueLabel(window);
    connect(m_overdue, &OverdueLabel::activated, this, &CommanderShell::goToWorstOverdue);

    m_nav = new PaneNavigation(incidentTabs, window);
    m_side = new QWidget(window);
    m_side->setObjectName(QStringLiteral("incidentSide"));
    auto *layout = new QHBoxLayout(m_side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_nav);
    layout->addWidget(incidentTabs, 1);
}

void CommanderShell::setSession(WorkspaceSession *session)
{
    m_session = session;
    m_header->setSession(session);
    m_feedback->setSession(session);
    m_overdue->setSession(session);
    if (!session)
        m_toast->dismiss();
}

void CommanderShell::setIncident(const QString &incidentId)
{
    m_header->setIncident(incidentId);
}

void CommanderShell::setHost(PaneHost *host)
{
    if (host)
        connect(host, &PaneHost::tabTextChanged, m_nav, &PaneNavigation::refresh);
    m_nav->refresh();
    // The side list names the incident's panes; it hides while there is one.
    m_nav->setVisible(m_incidentTabs->count() > 1);
}

bool CommanderShell::goToWorstOverdue()
{
    IncidentClocks *clocks = m_session ? m_session->clocks() : nullptr;
    const auto worst = clocks ? clocks->worst() : std::nullopt;
    if (!worst)
        return false;
    m_mainTabs->setCurrentIndex(0);
    m_list->selectIncident(worst->incidentId);
    showClockPane(worst->kind);
    return true;
}

void CommanderShell::showDetails()
{
    m_mainTabs->setCurrentIndex(0);
    m_incidentTabs->setCurrentIndex(0);
}

void CommanderShell::showClockPane(ClockDue::Kind kind)
{
    switch (kind) {
    case ClockDue::Kind::Response:
        showDetails(); // taking command answers it
        break;
    case ClockDue::Kind::Escalation:
        m_showPane(QStringLiteral("escalationPane"));
        break;
    case ClockDue::Kind::Checklist:
        m_showPane(QStringLiteral("checklistPane"));
        break;
    case ClockDue::Kind::Regulatory:
        m_showPane(QStringLiteral("notificationsPane"));
        break;
    }
}

} // namespace ic

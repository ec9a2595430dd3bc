#include "ui/team/TeamShell.h"

#include "models/incidents/IncidentListModel.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/Panes.h"
#include "ui/team/ApprovalNotifier.h"
#include "ui/team/ApprovalWatch.h"
#include "ui/team/MembersDialog.h"
#include "ui/team/WaitingApprovalsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace ic {

TeamShell::TeamShell(QWidget *window, MessageBanner *banner, TrayNotifier *tray,
                     Navigator *navigator, ShowPane showPane)
    : QObject(window), m_window(window), m_banner(banner), m_navigator(navigator),
      m_showPane(std::move(showPane))
{
    // Approval requests and break-glass from any workstation: always shown
    // here, and on the desktop where there is a tray.
    m_noticeBanner = new MessageBanner(window);
    m_noticeBanner->setObjectName(QStringLiteral("approvalBanner"));
    m_noticeBanner->hide();
    m_notifier = new ApprovalNotifier(m_noticeBanner, tray, this);
    connect(m_notifier, &ApprovalNotifier::showIncident, this, &TeamShell::showIncidentActions);

    m_waitingButton = new QToolButton(window);
    m_waitingButton->setObjectName(QStringLiteral("approvalsWaitingButton"));
    m_waitingButton->setAutoRaise(true);
    m_waitingButton->hide();
    connect(m_waitingButton, &QToolButton::clicked, this, &TeamShell::showWaitingApprovals);
}

void TeamShell::addMenu(QMenuBar *bar)
{
    QMenu *team = bar->addMenu(tr("&Team"));
    m_waitingAction =
        team->addAction(tr("&Waiting for My Approval…"), this, &TeamShell::showWaitingApprovals);
    m_waitingAction->setObjectName(QStringLiteral("waitingApprovalsAction"));
    m_membersAction = team->addAction(tr("&Members && Roles…"), this, &TeamShell::showMembers);
    m_membersAction->setObjectName(QStringLiteral("membersRolesAction"));
    updateActions();
}

void TeamShell::showIncidentActions(const QString &id)
{
    m_navigator->showIncident(id);
    m_showPane(QStringLiteral("actionsPane"));
}

void TeamShell::setSession(WorkspaceSession *session, IncidentListModel *model)
{
    delete m_approvals;
    m_approvals = nullptr;
    m_waitingButton->hide();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model = model;
    if (!session) {
        m_noticeBanner->hide();
        delete m_window->findChild<MembersDialog *>(QStringLiteral("membersDialog"));
        updateActions();
        return;
    }
    connect(session, &WorkspaceSession::permissionsChanged, this, &TeamShell::updateActions);
    if (!session->permissions().isTeam() || !session->actions()) {
        updateActions();
        return;
    }
    m_approvals = new ApprovalWatch(session, m_notifier, this);
    connect(m_approvals, &ApprovalWatch::waitingChanged, this, [this](int count) {
        m_waitingButton->setText(tr("%n waiting for your approval", nullptr, count));
        m_waitingButton->setToolTip(tr("Requests of containment actions that wait for you to "
                                       "approve or reject them"));
        m_waitingButton->setVisible(count > 0);
        updateActions();
    });
    connect(m_approvals, &ApprovalWatch::breakGlassChanged, this, [this](const QSet<QString> &ids) {
        if (m_model)
            m_model->setBreakGlass(ids);
    });
    updateActions();
}

QString TeamShell::whyNoMembers() const
{
    if (!m_session || !m_session->permissions().isTeam() ||
        m_session->profile().kind != ConnectionProfile::Kind::Postgres)
        return tr("Only a team workspace (PostgreSQL, one login per person) has members and "
                  "roles.");
    return m_session->permissions().whyNot(Permissions::Action::Administer);
}

void TeamShell::showMembers()
{
    if (const QString why = whyNoMembers(); !why.isEmpty()) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info, why);
        return;
    }
    if (auto *open = m_window->findChild<MembersDialog *>(QStringLiteral("membersDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dlg = new MembersDialog(m_session, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void TeamShell::updateActions()
{
    if (!m_waitingAction)
        return;
    const QString whyMembers = whyNoMembers();
    m_membersAction->setEnabled(whyMembers.isEmpty());
    m_membersAction->setToolTip(whyMembers.isEmpty()
                                    ? tr("Who is a member, with which roles; give and take roles")
                                    : whyMembers);
    QString why;
    if (!m_approvals)
        why = tr("Only a team workspace (PostgreSQL, one login per person) has approvals.");
    else
        why = m_session->permissions().whyNot(Permissions::Action::Approve);
    m_waitingAction->setEnabled(why.isEmpty());
    m_waitingAction->setToolTip(why.isEmpty() ? tr("Requests that wait for your approval") : why);
    if (m_approvals && why.isEmpty())
        m_waitingAction->setText(
            tr("&Waiting for My Approval (%1)…").arg(m_approvals->waitingForMe().size()));
    else
        m_waitingAction->setText(tr("&Waiting for My Approval…"));
}

void TeamShell::showWaitingApprovals()
{
    if (!m_approvals)
        return;
    auto *dlg = new WaitingApprovalsDialog(m_approvals, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &WaitingApprovalsDialog::showIncident, this, &TeamShell::showIncidentActions);
    dlg->open();
}

} // namespace ic

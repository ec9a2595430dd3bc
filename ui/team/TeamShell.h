#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenuBar;
class QToolButton;
class QWidget;

namespace ic {

class ApprovalNotifier;
class ApprovalWatch;
class IncidentListModel;
class MessageBanner;
class Navigator;
class TrayNotifier;
class WorkspaceSession;

// The window's part of a team workspace: the Team menu (requests waiting for
// my approval, Members & Roles), the status-bar count of requests waiting for
// me, and the notice banner for approval requests and break-glass (always in
// the window, on the desktop where there is a tray).
class TeamShell : public QObject
{
    Q_OBJECT
public:
    using ShowPane = std::function<QWidget *(const QString &name)>;
    TeamShell(QWidget *window, MessageBanner *banner, TrayNotifier *tray, Navigator *navigator,
              ShowPane showPane);

    MessageBanner *noticeBanner() const { return m_noticeBanner; }
    QToolButton *waitingButton() const { return m_waitingButton; }
    void addMenu(QMenuBar *bar);

    // The open workspace (null: none) and its incident list, which marks
    // incidents with a break-glass action.
    void setSession(WorkspaceSession *session, IncidentListModel *model);

    ApprovalWatch *approvals() const { return m_approvals; }
    ApprovalNotifier *notifier() const { return m_notifier; }
    void showWaitingApprovals();
    void showMembers();
    QString whyNoMembers() const;

private:
    void updateActions();
    void showIncidentActions(const QString &id);

    QWidget *m_window;
    MessageBanner *m_banner;
    Navigator *m_navigator;
    ShowPane m_showPane;
    MessageBanner *m_noticeBanner;
    ApprovalNotifier *m_notifier;
    QToolButton *m_waitingButton;
    QAction *m_waitingAction = nullptr;
    QAction *m_membersAction = nullptr;
    QPointer<WorkspaceSession> m_session;
    QPointer<IncidentListModel> m_model;
    ApprovalWatch *m_approvals = nullptr;
};

} // namespace ic

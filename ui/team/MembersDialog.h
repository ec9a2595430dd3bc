#pragma once

#include "models/team/MemberService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ic {

class MessageBanner;
class WorkspaceSession;

// Members & Roles of a team workspace, for admins: who is a member, with
// which roles, last seen; give and take roles; add an existing login;
// create a login when the admin's own role has CREATEROLE (the password is
// typed once and kept nowhere). Everything runs on the workspace's worker;
// the server decides, and its refusals are shown as they come ("... would
// leave the workspace without an admin").
class MembersDialog : public QDialog
{
    Q_OBJECT
public:
    MembersDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    MemberService *service() const { return m_service; }
    const QList<Team::Member> &members() const { return m_members; }
    bool loaded() const { return m_loaded; }

signals:
    void changed(); // a grant, revoke or new login went through

private:
    void reload();
    void fill();
    QString selectedLogin() const;
    void grantSelected(bool grant);
    void addExisting();
    void createLogin();
    void refused(const Error &error);
    void setBusy(bool busy);
    void updateControls();

    WorkspaceSession *m_session;
    MemberService *m_service;
    QList<Team::Member> m_members;
    bool m_canCreate = false;
    bool m_loaded = false;
    bool m_busy = false;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QLineEdit *m_existing;
    QComboBox *m_existingRole;
    QPushButton *m_add;
    QLineEdit *m_newLogin;
    QLineEdit *m_password;
    QComboBox *m_newRole;
    QPushButton *m_create;
};

} // namespace ic

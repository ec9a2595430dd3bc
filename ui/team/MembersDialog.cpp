#include "ui/team/MembersDialog.h"

#include "models/core/TimeText.h"
#include "models/session/WorkspaceSession.h"
#include "models/team/TeamAccess.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

namespace {

QComboBox *roleCombo(const QString &objectName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    for (const QString &r : Team::roleNames())
        c->addItem(r, r);
    c->setCurrentIndex(c->findData(QStringLiteral("responder")));
    return c;
}

} // namespace

MembersDialog::MembersDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session),
      m_service(new MemberService(session->storeExecutor(), this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members & Roles"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("membersBanner"));
    m_banner->hide();

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Roles"), tr("Last seen")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Members of this workspace"));

    m_role = roleCombo(QStringLiteral("memberRoleCombo"), this);
    m_role->setAccessibleName(tr("Role"));
    m_grant = new QPushButton(tr("Give Role"), this);
    m_grant->setObjectName(QStringLiteral("grantRoleButton"));
    m_revoke = new QPushButton(tr("Take Role Away"), this);
    m_revoke->setObjectName(QStringLiteral("revokeRoleButton"));
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(new QLabel(tr("Selected member:"), this));
    memberRow->addWidget(m_role);
    memberRow->addWidget(m_grant);
    memberRow->addWidget(m_revoke);
    memberRow->addStretch(1);

    auto *existingBox = new QGroupBox(tr("Add an existing login"), this);
    m_existing = new QLineEdit(existingBox);
    m_existing->setObjectName(QStringLiteral("existingLoginEdit"));
    m_existing->setAccessibleName(tr("Login"));
    m_existing->setPlaceholderText(tr("PostgreSQL login name"));
    m_existingRole = roleCombo(QStringLiteral("existingRoleCombo"), existingBox);
    m_add = new QPushButton(tr("Add"), existingBox);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    auto *existingRow = new QHBoxLayout(existingBox);
    existingRow->addWidget(m_existing, 1);
    existingRow->addWidget(m_existingRole);
    existingRow->addWidget(m_add);

    auto *createBox = new QGroupBox(tr("Create a login"), this);
    m_newLogin = new QLineEdit(createBox);
    m_newLogin->setObjectName(QStringLiteral("newLoginEdit"));
    m_newLogin->setAccessibleName(tr("New login"));
    m_password = new QLineEdit(createBox);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(
        tr("At least 12 characters; hand it over yourself, it is kept nowhere"));
    m_newRole = roleCombo(QStringLiteral("newLoginRoleCombo"), createBox);
    m_create = new QPushButton(tr("Create"), createBox);
    m_create->setObjectName(QStringLiteral("createLoginButton"));
    auto *createForm = new QFormLayout(createBox);
    createForm->addRow(tr("Login"), m_newLogin);
    createForm->addRow(tr("Password"), m_password);
    createForm->addRow(tr("Role"), m_newRole);
    createForm->addRow(QString(), m_create);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(memberRow);
    layout->addWidget(existingBox);
    layout->addWidget(createBox);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, &MembersDialog::updateControls);
    connect(m_grant, &QPushButton::clicked, this, [this] { grantSelected(true); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { grantSelected(false); });
    connect(m_add, &QPushButton::clicked, this, &MembersDialog::addExisting);
    connect(m_existing, &QLineEdit::returnPressed, this, &MembersDialog::addExisting);
    connect(m_create, &QPushButton::clicked, this, &MembersDialog::createLogin);
    connect(m_existing, &QLineEdit::textChanged, this, &MembersDialog::updateControls);
    connect(m_newLogin, &QLineEdit::textChanged, this, &MembersDialog::updateControls);
    connect(m_password, &QLineEdit::textChanged, this, &MembersDialog::updateControls);
    connect(session, &WorkspaceSession::permissionsChanged, this, &MembersDialog::updateControls);
    connect(session, &WorkspaceSession::tableChanged, this, [this](const QString &t) {
        if (t.isEmpty() || t == QLatin1String("ic_members"))
            reload();
    });
    resize(720, 560);
    setBusy(true);
    reload();
}

void MembersDialog::reload()
{
    m_service->load([this](const Result<MemberService::Overview> &r) {
        setBusy(false);
        if (!r) {
            refused(r.error());
            return;
        }
        m_members = r->members;
        m_canCreate = r->canCreateLogins;
        m_loaded = true;
        fill();
    });
}

void MembersDialog::fill()
{
    const QString keep = selectedLogin();
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const Team::Member &m = m_members.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(m.login));
        m_table->setItem(row, 1, new QTableWidgetItem(m.displayName));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(m.superuser
                                                  ? tr("%1 (superuser)").arg(m.roles.join(u", "))
                                                  : m.roles.join(u", ")));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(m.lastSeen.isValid() ? TimeText::local(m.lastSeen) : tr("never")));
        if (m.login == keep)
            m_table->selectRow(row);
    }
    updateControls();
}

QString MembersDialog::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_members.size() ? m_members.at(row).login : QString();
}

void MembersDialog::refused(const Error &error)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, error.message, error.detail);
}

void MembersDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

void MembersDialog::updateControls()
{
    // Mirrors the server (ic_team_grant, CREATEROLE); the server decides.
    const QString why = m_session->permissions().whyNot(Permissions::Action::Administer);
    const bool may = why.isEmpty() && !m_busy;
    const bool selected = !selectedLogin().isEmpty();
    m_grant->setEnabled(may && selected);
    m_revoke->setEnabled(may && selected);
    m_add->setEnabled(may && !m_existing->text().trimmed().isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_grant), static_cast<QWidget *>(m_revoke),
                       static_cast<QWidget *>(m_add)})
        w->setToolTip(why);
    QString whyNotCreate = why;
    if (whyNotCreate.isEmpty() && m_loaded && !m_canCreate)
        whyNotCreate = tr("Your login may not create logins (that needs CREATEROLE). Ask your "
                          "database administrator to create one, then add it here.");
    const bool mayCreate = whyNotCreate.isEmpty() && m_loaded && !m_busy;
    m_newLogin->setEnabled(mayCreate);
    m_password->setEnabled(mayCreate);
    m_newRole->setEnabled(mayCreate);
    m_create->setEnabled(mayCreate && !m_newLogin->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
    m_create->setToolTip(whyNotCreate);
}

void MembersDialog::grantSelected(bool grant)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const QString role = m_role->currentData().toString();
    setBusy(true);
    auto done = [this, login, role, grant](const Result<QStringList> &r) {
        setBusy(false);
        if (!r) {
            refused(r.error());
            return;
        }
        m_banner->clearActions();
        m_banner->show(
            MessageBanner::Kind::Info,
            (grant ? tr("%1 now holds %2.") : tr("%1 no longer holds %2.")).arg(login, role) +
                QLatin1Char(' ') +
                (r->isEmpty() ? tr("No role is left: %1 is no longer a member.").arg(login)
                              : tr("Roles: %1.").arg(r->join(u", "))));
        emit changed();
        reload();
    };
    if (grant)
        m_service->grant(login, {role}, done);
    else
        m_service->revoke(login, {role}, done);
}

void MembersDialog::addExisting()
{
    const QString login = m_existing->text().trimmed();
    if (login.isEmpty() || m_busy)
        return;
    const QString role = m_existingRole->currentData().toString();
    setBusy(true);
    m_service->grant(login, {role}, [this, login, role](const Result<QStringList> &r) {
        setBusy(false);
        if (!r) {
            refused(r.error());
            return;
        }
        m_existing->clear();
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("%1 is a member now, with %2.").arg(login, r->join(u", ")));
        emit changed();
        reload();
    });
}

void MembersDialog::createLogin()
{
    const QString login = m_newLogin->text().trimmed();
    if (login.isEmpty() || m_busy)
        return;
    // Typed once, sent once (as a SCRAM verifier), then gone from the form.
    const QString password = m_password->text();
    m_password->clear();
    const QString role = m_newRole->currentData().toString();
    setBusy(true);
    m_service->createLogin(login, password, {role}, [this, login](const Result<QStringList> &r) {
        setBusy(false);
        if (!r) {
            refused(r.error());
            return;
        }
        m_newLogin->clear();
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info, tr("Created the login %1, with %2. Hand the "
                                                     "password over yourself: it is kept nowhere.")
                                                      .arg(login, r->join(u", ")));
        emit changed();
        reload();
    });
}

} // namespace ic

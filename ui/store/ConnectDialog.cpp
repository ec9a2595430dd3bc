#include "ui/store/ConnectDialog.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ic {

ConnectDialog::EndpointFields ConnectDialog::makeFields(QWidget *parent, const QString &prefix,
                                                        const PgEndpoint &e)
{
    EndpointFields f;
    f.host = new QLineEdit(e.host, parent);
    f.host->setObjectName(prefix + QStringLiteral("HostEdit"));
    f.port = new QSpinBox(parent);
    f.port->setObjectName(prefix + QStringLiteral("PortSpin"));
    f.port->setRange(1, 65535);
    f.port->setValue(e.port);
    f.database = new QLineEdit(e.database, parent);
    f.database->setObjectName(prefix + QStringLiteral("DatabaseEdit"));
    f.user = new QLineEdit(e.user, parent);
    f.user->setObjectName(prefix + QStringLiteral("UserEdit"));
    f.sslMode = new QComboBox(parent);
    f.sslMode->setObjectName(prefix + QStringLiteral("SslModeCombo"));
    // Automatic: verify-full, unless the server is on this machine.
    f.sslMode->addItem(tr("automatic (verify-full for another machine)"), QString());
    for (const char *m : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        f.sslMode->addItem(QString::fromLatin1(m), QString::fromLatin1(m));
    f.sslMode->setCurrentIndex(qMax(0, f.sslMode->findData(e.sslMode)));
    f.sslWarning = new QLabel(parent);
    f.sslWarning->setObjectName(prefix + QStringLiteral("SslWarningLabel"));
    f.sslWarning->setWordWrap(true);
    QPalette warn = f.sslWarning->palette();
    warn.setColor(QPalette::WindowText, Theme::overdueColor(warn));
    f.sslWarning->setPalette(warn);
    f.sslWarning->hide();
    f.password = new QLineEdit(parent);
    f.password->setObjectName(prefix + QStringLiteral("PasswordEdit"));
    f.password->setEchoMode(QLineEdit::Password);
    f.password->setPlaceholderText(
        tr("Stored in your keychain; leave empty to use the stored one"));
    return f;
}

void ConnectDialog::updateSslWarning(const EndpointFields &f)
{
    const QString warning = endpoint(f).weakTlsWarning();
    f.sslWarning->setText(warning);
    f.sslWarning->setVisible(!warning.isEmpty());
}

PgEndpoint ConnectDialog::endpoint(const EndpointFields &f)
{
    PgEndpoint e;
    e.host = f.host->text().trimmed();
    e.port = f.port->value();
    e.database = f.database->text().trimmed();
    e.user = f.user->text().trimmed();
    e.sslMode = f.sslMode->currentData().toString();
    return e;
}

ConnectDialog::ConnectDialog(const ConnectionProfile &initial, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Team Workspace"));

    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production incident store"));
    m_store = makeFields(this, QStringLiteral("store"), initial.store);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name"), m_name);
    form->addRow(tr("&Host"), m_store.host);
    form->addRow(tr("&Port"), m_store.port);
    form->addRow(tr("&Database"), m_store.database);
    form->addRow(tr("&User"), m_store.user);
    form->addRow(tr("&SSL mode"), m_store.sslMode);
    form->addRow(QString(), m_store.sslWarning);
    form->addRow(tr("Pass&word"), m_store.password);

    m_separateAudit = new QCheckBox(tr("The platform's audit logs are in another database"), this);
    m_separateAudit->setObjectName(QStringLiteral("separateAuditCheck"));
    m_auditGroup = new QGroupBox(tr("Audit source"), this);
    m_audit = makeFields(m_auditGroup, QStringLiteral("audit"),
                         initial.auditSource.value_or(initial.store));
    auto *auditForm = new QFormLayout(m_auditGroup);
    auditForm->addRow(tr("Host"), m_audit.host);
    auditForm->addRow(tr("Port"), m_audit.port);
    auditForm->addRow(tr("Database"), m_audit.database);
    auditForm->addRow(tr("User"), m_audit.user);
    auditForm->addRow(tr("SSL mode"), m_audit.sslMode);
    auditForm->addRow(QString(), m_audit.sslWarning);
    auditForm->addRow(tr("Password"), m_audit.password);
    m_separateAudit->setChecked(initial.auditSource.has_value());
    m_auditGroup->setVisible(initial.auditSource.has_value());
    connect(m_separateAudit, &QCheckBox::toggled, m_auditGroup, &QWidget::setVisible);
    // A mode weaker than verify-full for a server elsewhere is said out loud.
    for (const EndpointFields *f : {&m_store, &m_audit}) {
        const EndpointFields fields = *f;
        connect(fields.host, &QLineEdit::textChanged, this, [fields] { updateSslWarning(fields); });
        connect(fields.sslMode, &QComboBox::currentIndexChanged, this,
                [fields] { updateSslWarning(fields); });
        updateSslWarning(fields);
    }

    m_readOnly =
        new QCheckBox(tr("Reviewer (read-only): open incidents without changing them"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_readOnly->setChecked(initial.readOnly);
    m_createStore =
        new QCheckBox(tr("Set up the incident store if this database has none yet"), this);
    m_createStore->setObjectName(QStringLiteral("createStoreCheck"));
    m_createStore->setChecked(true);
    connect(m_readOnly, &QCheckBox::toggled, m_createStore, [this](bool readOnly) {
        m_createStore->setEnabled(!readOnly);
        if (readOnly)
            m_createStore->setChecked(false);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString problem = validate();
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        m_error->hide();
        setBusy(true);
        emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_separateAudit);
    layout->addWidget(m_auditGroup);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_createStore);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p = ConnectionProfile::forPostgres(endpoint(m_store));
    if (!m_name->text().trimmed().isEmpty())
        p.name = m_name->text().trimmed();
    if (m_separateAudit->isChecked())
        p.auditSource = endpoint(m_audit);
    p.readOnly = m_readOnly->isChecked();
    return p;
}

QString ConnectDialog::storePassword() const
{
    return m_store.password->text();
}

QString ConnectDialog::auditPassword() const
{
    return m_separateAudit->isChecked() ? m_audit.password->text() : QString();
}

bool ConnectDialog::createStore() const
{
    return m_createStore->isChecked() && !m_readOnly->isChecked();
}

QString ConnectDialog::validate() const
{
    auto check = [](const EndpointFields &f, const QString &which) -> QString {
        if (f.host->text().trimmed().isEmpty())
            return tr("%1: the host is empty.").arg(which);
        if (f.database->text().trimmed().isEmpty())
            return tr("%1: the database name is empty.").arg(which);
        if (f.user->text().trimmed().isEmpty())
            return tr("%1: the user name is empty.").arg(which);
        if (f.host->text().contains(QLatin1Char(' ')))
            return tr("%1: the host must not contain spaces.").arg(which);
        return {};
    };
    QString p = check(m_store, tr("Incident store"));
    if (p.isEmpty() && m_separateAudit->isChecked())
        p = check(m_audit, tr("Audit source"));
    return p.isEmpty() ? QString() : p + QLatin1Char(' ') + tr("Nothing was saved.");
}

void ConnectDialog::showError(const QString &message)
{
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::overdueColor(palette()));
    m_error->setPalette(p);
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void ConnectDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_connect->setText(busy ? tr("Connecting…") : tr("Connect"));
}

} // namespace ic

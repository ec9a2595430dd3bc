#include "ui/incidents/NewIncidentDialog.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

NewIncidentDialog::NewIncidentDialog(const SeverityPolicy &policy, const QString &actor,
                                     const QDateTime &nowUtc, QWidget *parent)
    : QDialog(parent), m_actor(actor)
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New Incident"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newTitleEdit"));
    m_title->setMaxLength(300);
    m_title->setPlaceholderText(tr("What is happening, in one line"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("newSeverityCombo"));
    for (int s = 0; s < 4; ++s) {
        const SeverityLevel &l = policy.level(Severity(s));
        m_severity->addItem(tr("%1 — %2 — respond %3")
                                .arg(policy.label(Severity(s)), l.description, l.responseText),
                            s);
    }
    m_severity->setCurrentIndex(1);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("newSummaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(fontMetrics().height() * 5);
    m_takeCommand = new QCheckBox(tr("I take command (%1)").arg(actor), this);
    m_takeCommand->setObjectName(QStringLiteral("newTakeCommandCheck"));
    m_takeCommand->setChecked(true);
    m_detected = new QDateTimeEdit(nowUtc.toLocalTime(), this);
    m_detected->setObjectName(QStringLiteral("newDetectedAtEdit"));
    m_detected->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_detected->setCalendarPopup(true);
    m_users = new QLineEdit(this);
    m_users->setObjectName(QStringLiteral("newAffectedUsersEdit"));
    m_tenants = new QLineEdit(this);
    m_tenants->setObjectName(QStringLiteral("newAffectedTenantsEdit"));
    m_keys = new QLineEdit(this);
    m_keys->setObjectName(QStringLiteral("newAffectedApiKeysEdit"));
    for (QLineEdit *e : {m_users, m_tenants, m_keys})
        e->setPlaceholderText(tr("Optional, separated by commas"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newIncidentErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("Su&mmary"), m_summary);
    form->addRow(QString(), m_takeCommand);
    form->addRow(tr("&Detected at"), m_detected);
    form->addRow(tr("Affected &users"), m_users);
    form->addRow(tr("Affected te&nants"), m_tenants);
    form->addRow(tr("Affected API &keys"), m_keys);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Open Incident"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createIncidentButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewIncidentDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    m_title->setFocus();
}

NewIncident NewIncidentDialog::draft() const
{
    NewIncident d;
    d.title = m_title->text().trimmed();
    d.severity = Severity(m_severity->currentData().toInt());
    d.summary = m_summary->toPlainText().trimmed();
    d.commander = m_takeCommand->isChecked() ? m_actor : QString();
    d.detectedAt = m_detected->dateTime().toUTC();
    d.affectedUsers = splitList(m_users->text());
    d.affectedTenants = splitList(m_tenants->text());
    d.affectedApiKeys = splitList(m_keys->text());
    return d;
}

void NewIncidentDialog::showError(const QString &message)
{
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::overdueColor(palette()));
    m_error->setPalette(p);
    m_error->setText(tr("Not created: %1").arg(message));
    m_error->show();
    setBusy(false);
}

void NewIncidentDialog::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
    m_create->setText(busy ? tr("Opening…") : tr("Open Incident"));
}

void NewIncidentDialog::trySubmit()
{
    if (m_title->text().trimmed().isEmpty()) {
        showError(tr("an incident needs a title."));
        m_title->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    emit submitted(draft());
}

} // namespace ic

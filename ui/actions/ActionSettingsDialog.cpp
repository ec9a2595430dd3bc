#include "ui/actions/ActionSettingsDialog.h"

#include "models/actions/ActionService.h"
#include "models/session/AuditSource.h"
#include "ui/actions/FieldError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ic {

ActionSettingsDialog::ActionSettingsDialog(ActionService *service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("actionSettingsDialog"));
    setWindowTitle(tr("How This Workspace Acts"));
    const ActionSettings s = service->settings();
    m_base = s;

    m_sql = new QRadioButton(tr("Direct SQL on the audit source (the platform document's "
                                "statements)"),
                             this);
    m_sql->setObjectName(QStringLiteral("sqlBackendRadio"));
    m_api = new QRadioButton(tr("Admin API over HTTPS (the playbook's endpoints)"), this);
    m_api->setObjectName(QStringLiteral("apiBackendRadio"));
    (s.backend == Backend::Api ? m_api : m_sql)->setChecked(true);

    m_url = new QLineEdit(s.apiBaseUrl, this);
    m_url->setObjectName(QStringLiteral("apiUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://admin.example.com"));
    m_urlError = makeFieldError(QStringLiteral("apiUrlErrorLabel"), this);
    m_caPem = s.caPem;
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caEdit"));
    m_ca->setReadOnly(true);
    m_ca->setPlaceholderText(tr("the system's certificate authorities"));
    if (!s.caPem.isEmpty()) {
        const auto certs = ActionSettings::parseCa(s.caPem);
        m_ca->setText(certs && !certs->isEmpty() ? certs->first().subjectDisplayName()
                                                 : tr("(stored certificate)"));
    }
    m_caBrowse = new QPushButton(tr("Choose File…"), this);
    m_caBrowse->setObjectName(QStringLiteral("caFileButton"));
    m_caClear = new QPushButton(tr("Clear"), this);
    m_caClear->setObjectName(QStringLiteral("caClearButton"));
    m_caError = makeFieldError(QStringLiteral("caErrorLabel"), this);
    m_pin = new QLineEdit(s.pin, this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setPlaceholderText(tr("sha256/… of the server's public key (optional)"));
    m_pinError = makeFieldError(QStringLiteral("pinErrorLabel"), this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.timeoutSeconds);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in your keychain; leave empty to keep the stored one"));
    m_tokenError = makeFieldError(QStringLiteral("tokenErrorLabel"), this);
    m_error = makeFieldError(QStringLiteral("settingsErrorLabel"), this);
    m_primary = new QLineEdit(s.platformPrimary, this);
    m_primary->setObjectName(QStringLiteral("platformPrimaryEdit"));
    m_primary->setPlaceholderText(tr("host=… port=… dbname=… user=… (when the audit source is a "
                                     "standby)"));
    m_primary->setToolTip(tr("Where containment through SQL writes when the audit source is a "
                             "read-only hot standby: the platform's primary database, as a "
                             "connection string or postgresql:// address without a password. "
                             "Empty: containment acts on the audit source."));
    m_primaryError = makeFieldError(QStringLiteral("platformPrimaryErrorLabel"), this);
    m_primaryPassword = new QLineEdit(this);
    m_primaryPassword->setObjectName(QStringLiteral("platformPrimaryPasswordEdit"));
    m_primaryPassword->setEchoMode(QLineEdit::Password);
    m_primaryPassword->setPlaceholderText(
        tr("kept in your keychain; leave empty to keep the stored one"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    caRow->addWidget(m_caClear);
    auto *form = new QFormLayout;
    form->addRow(tr("Address"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("Private CA"), caRow);
    form->addRow(QString(), m_caError);
    form->addRow(tr("Public-key pin"), m_pin);
    form->addRow(QString(), m_pinError);
    form->addRow(tr("Timeout per attempt"), m_timeout);
    form->addRow(tr("Bearer token"), m_token);
    form->addRow(QString(), m_tokenError);

    auto *sqlForm = new QFormLayout;
    auto *primaryLabel = new QLabel(tr("Platform p&rimary"), this);
    primaryLabel->setBuddy(m_primary);
    sqlForm->addRow(primaryLabel, m_primary);
    sqlForm->addRow(QString(), m_primaryError);
    auto *passwordLabel = new QLabel(tr("Primary pass&word"), this);
    passwordLabel->setBuddy(m_primaryPassword);
    sqlForm->addRow(passwordLabel, m_primaryPassword);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sql);
    layout->addLayout(sqlForm);
    layout->addWidget(m_api);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_sql, &QRadioButton::toggled, this, &ActionSettingsDialog::updateEnabled);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Private CA Certificate"), QDir::homePath(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            loadCaFile(path);
    });
    connect(m_caClear, &QPushButton::clicked, this, [this] {
        m_caPem.clear();
        m_ca->clear();
        m_caError->hide();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionSettingsDialog::save);
    // Action settings are an admin's (the server refuses anyone else).
    if (const QString why = service->whyNot(Permissions::Action::Administer); !why.isEmpty()) {
        m_save->setEnabled(false);
        m_save->setToolTip(why);
        showError(m_error, why);
    }
    updateEnabled();
}

bool ActionSettingsDialog::loadCaFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024) {
        showError(m_caError, tr("Could not read %1 (or it is larger than 1 MiB). The CA was not "
                                "changed.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString pem = QString::fromUtf8(f.readAll());
    auto certs = ActionSettings::parseCa(pem);
    if (!certs || certs->isEmpty()) {
        showError(m_caError,
                  certs ? tr("%1 holds no certificate.").arg(path) : certs.error().message);
        return false;
    }
    m_caPem = pem;
    m_ca->setText(certs->first().subjectDisplayName());
    m_caError->hide();
    return true;
}

void ActionSettingsDialog::updateEnabled()
{
    const bool api = m_api->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_caBrowse),
                       static_cast<QWidget *>(m_caClear), static_cast<QWidget *>(m_pin),
                       static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_token)})
        w->setEnabled(api);
    m_primary->setEnabled(!api);
    m_primaryPassword->setEnabled(!api);
}

void ActionSettingsDialog::showError(QLabel *where, const QString &text)
{
    showFieldError(where, text);
}

void ActionSettingsDialog::save()
{
    for (QLabel *l : {m_urlError, m_caError, m_pinError, m_tokenError, m_primaryError, m_error})
        l->hide();
    ActionSettings s = m_base;
    s.backend = m_api->isChecked() ? Backend::Api : Backend::Sql;
    s.apiBaseUrl = m_url->text().trimmed();
    s.caPem = m_caPem;
    s.pin = m_pin->text().trimmed();
    s.timeoutSeconds = m_timeout->value();
    s.platformPrimary = m_primary->text().trimmed();
    // Each problem next to its field; nothing is saved until all are right.
    bool ok = true;
    if (auto p = ActionSettings::parsePrimary(s.platformPrimary); !p) {
        showError(m_primaryError, p.error().message);
        ok = false;
    } else if (!*p && !m_primaryPassword->text().isEmpty()) {
        showError(m_primaryError, tr("A password was entered, but no platform primary: enter the "
                                     "primary it belongs to. Nothing was saved."));
        ok = false;
    }
    if (!ok) {
        m_primary->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (s.backend == Backend::Api) {
        if (auto u = ActionSettings::checkBaseUrl(s.apiBaseUrl); !u) {
            showError(m_urlError, u.error().message);
            ok = false;
        }
        if (auto p = ActionSettings::parsePin(s.pin); !p) {
            showError(m_pinError, p.error().message);
            ok = false;
        }
        if (!m_token->text().isEmpty()) {
            if (auto t = ActionSettings::checkToken(m_token->text()); !t) {
                showError(m_tokenError, t.error().message);
                ok = false;
            }
        }
    }
    if (ok) {
        if (auto v = s.validate(); !v) {
            showError(m_error, v.error().message);
            ok = false;
        }
    }
    if (!ok)
        return;
    m_save->setEnabled(false);
    const QString token = m_token->text();
    const QString primaryPassword = m_primaryPassword->text();
    QPointer<ActionSettingsDialog> guard(this);
    m_service->saveSettings(
        s, m_base, [this, guard, token, primaryPassword](const Result<void> &r) {
            if (!guard)
                return;
            if (!r) {
                m_save->setEnabled(true);
                showError(m_error, r.error().message);
                return;
            }
            // The primary's password: to the keychain by the audit source's own
            // flow (else kept for this session), for the primary now saved.
            if (!primaryPassword.isEmpty()) {
                AuditSource *primary = m_primarySource ? m_primarySource() : nullptr;
                if (!primary) {
                    m_save->setEnabled(true);
                    showError(m_primaryError, tr("The settings were saved, but the primary's "
                                                 "password was not: this window cannot reach the "
                                                 "keychain. Enter it again."));
                    return;
                }
                primary->providePassword(primaryPassword);
                m_primaryPassword->clear();
            }
            if (token.isEmpty()) {
                accept();
                return;
            }
            m_service->storeToken(token, [this, guard](const Result<void> &t) {
                if (!guard)
                    return;
                m_save->setEnabled(true);
                if (!t) {
                    showError(m_tokenError, tr("The settings were saved, but the token was not: %1")
                                                .arg(t.error().message));
                    return;
                }
                m_token->clear();
                accept();
            });
        });
}

} // namespace ic

#include "ui/notify/OrganisationDialog.h"

#include "models/store/Permissions.h"

#include "models/core/Settings.h"
#include "models/incidents/Incident.h"
#include "models/notify/NotifyStore.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

OrganisationDialog::OrganisationDialog(NotifyStore *store, Settings *settings, QWidget *parent)
    : QDialog(parent), m_store(store), m_settings(settings)
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("Notification Settings"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("organisationBanner"));
    // The organisation and the clock rules are an admin's (the server grants
    // them to admins only); the templates folder is this person's own.
    const QString whyNot = m_store->permissions().whyNot(Permissions::Action::Administer);
    const bool editable = !m_store->isReadOnly() && whyNot.isEmpty();

    // Organisation.
    auto *orgPage = new QWidget;
    auto *form = new QFormLayout(orgPage);
    auto field = [&](const QString &name, const QString &label,
                     QString OrganisationProfile::*member, const QString &placeholder = {}) {
        auto *e = new QLineEdit(orgPage);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setReadOnly(!editable);
        form->addRow(label, e);
        m_fields.append({e, member});
    };
    field(QStringLiteral("orgNameEdit"), tr("Company name:"), &OrganisationProfile::name);
    field(QStringLiteral("contactNameEdit"), tr("DPO or contact point:"),
          &OrganisationProfile::contactName);
    field(QStringLiteral("contactRoleEdit"), tr("Their role:"), &OrganisationProfile::contactRole,
          tr("Data Protection Officer"));
    field(QStringLiteral("contactEmailEdit"), tr("Contact email:"),
          &OrganisationProfile::contactEmail);
    field(QStringLiteral("contactPhoneEdit"), tr("Contact phone:"),
          &OrganisationProfile::contactPhone);
    field(QStringLiteral("securityEmailEdit"), tr("Security email (sender):"),
          &OrganisationProfile::securityEmail, QStringLiteral("security@example.org"));
    field(QStringLiteral("tollFreeEdit"), tr("Toll-free number (HIPAA):"),
          &OrganisationProfile::tollFreePhone);
    field(QStringLiteral("websiteEdit"), tr("Website:"), &OrganisationProfile::website);
    field(QStringLiteral("chatChannelEdit"), tr("Incident channel:"),
          &OrganisationProfile::chatChannel, QStringLiteral("#incident-response"));
    field(QStringLiteral("authorityNameEdit"), tr("Supervisory authority:"),
          &OrganisationProfile::authorityName);
    field(QStringLiteral("authorityEmailEdit"), tr("Authority email:"),
          &OrganisationProfile::authorityEmail);
    field(QStringLiteral("timeZoneEdit"), tr("Time zone (IANA):"), &OrganisationProfile::timeZone,
          tr("Europe/Berlin; used for dates in documents and calendar-day deadlines"));
    m_address = new QPlainTextEdit(orgPage);
    m_address->setObjectName(QStringLiteral("postalAddressEdit"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_address->setReadOnly(!editable);
    form->addRow(tr("Postal address:"), m_address);
    auto *saveProfileButton = new QPushButton(tr("Save Organisation"), orgPage);
    saveProfileButton->setObjectName(QStringLiteral("saveOrganisationButton"));
    saveProfileButton->setEnabled(editable);
    saveProfileButton->setToolTip(whyNot);
    form->addRow(QString(), saveProfileButton);
    connect(saveProfileButton, &QPushButton::clicked, this, &OrganisationDialog::saveProfile);

    // Clock rules.
    auto *rulesPage = new QWidget;
    m_rules = new QTableWidget(0, 4, rulesPage);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Clock"), tr("Deadline"), tr("Applies when"), tr("Kind")});
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *ruleForm = new QFormLayout;
    m_ruleName = new QLineEdit(rulesPage);
    m_ruleName->setObjectName(QStringLiteral("ruleNameEdit"));
    m_ruleName->setPlaceholderText(tr("UK ICO"));
    m_ruleAudience = new QLineEdit(rulesPage);
    m_ruleAudience->setObjectName(QStringLiteral("ruleAudienceEdit"));
    m_ruleAmount = new QSpinBox(rulesPage);
    m_ruleAmount->setObjectName(QStringLiteral("ruleAmountSpin"));
    m_ruleAmount->setRange(1, 24 * 366);
    m_ruleAmount->setValue(72);
    m_ruleUnit = new QComboBox(rulesPage);
    m_ruleUnit->setObjectName(QStringLiteral("ruleUnitCombo"));
    m_ruleUnit->addItems({tr("hours"), tr("calendar days")});
    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_ruleAmount);
    deadline->addWidget(m_ruleUnit);
    m_rulePersonal = new QCheckBox(tr("personal data"), rulesPage);
    m_rulePersonal->setObjectName(QStringLiteral("rulePersonalCheck"));
    m_rulePhi = new QCheckBox(tr("PHI"), rulesPage);
    m_rulePhi->setObjectName(QStringLiteral("rulePhiCheck"));
    m_ruleBreach = new QCheckBox(tr("data breach"), rulesPage);
    m_ruleBreach->setObjectName(QStringLiteral("ruleBreachCheck"));
    auto *when = new QHBoxLayout;
    when->addWidget(m_rulePersonal);
    when->addWidget(m_rulePhi);
    when->addWidget(m_ruleBreach);
    m_ruleJurisdictions = new QLineEdit(rulesPage);
    m_ruleJurisdictions->setObjectName(QStringLiteral("ruleJurisdictionsEdit"));
    m_ruleJurisdictions->setPlaceholderText(tr("Any of: UK, US-NY, EEA (empty: anywhere)"));
    ruleForm->addRow(tr("Name:"), m_ruleName);
    ruleForm->addRow(tr("Who must be told:"), m_ruleAudience);
    ruleForm->addRow(tr("Deadline:"), deadline);
    ruleForm->addRow(tr("Applies when:"), when);
    ruleForm->addRow(tr("Jurisdictions:"), m_ruleJurisdictions);
    auto *addButton = new QPushButton(tr("Add Rule"), rulesPage);
    addButton->setObjectName(QStringLiteral("addRuleButton"));
    auto *removeButton = new QPushButton(tr("Remove Selected Rule"), rulesPage);
    removeButton->setObjectName(QStringLiteral("removeRuleButton"));
    addButton->setEnabled(editable);
    removeButton->setEnabled(editable);
    addButton->setToolTip(whyNot);
    removeButton->setToolTip(whyNot);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addButton);
    ruleButtons->addWidget(removeButton);
    ruleButtons->addStretch(1);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(ruleForm);
    rulesLayout->addLayout(ruleButtons);
    connect(addButton, &QPushButton::clicked, this, &OrganisationDialog::addRule);
    connect(removeButton, &QPushButton::clicked, this, &OrganisationDialog::removeRule);

    // Templates.
    auto *templatesPage = new QWidget;
    m_folder = new QLineEdit(templatesPage);
    m_folder->setObjectName(QStringLiteral("templateFolderEdit"));
    m_folder->setPlaceholderText(tr("Only the shipped templates"));
    m_folder->setText(m_settings->notificationTemplateFolder());
    auto *browse = new QPushButton(tr("Choose…"), templatesPage);
    browse->setObjectName(QStringLiteral("chooseTemplateFolderButton"));
    auto *apply = new QPushButton(tr("Use Folder"), templatesPage);
    apply->setObjectName(QStringLiteral("useTemplateFolderButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(apply);
    auto *help = new QLabel(tr("A template file there (Markdown with Name:, Subject: and Require: "
                               "header lines, then a Mustache body) replaces the shipped template "
                               "with the same file name, or adds a new one. A file with a mistake "
                               "is reported and skipped; the others still load."),
                            templatesPage);
    help->setWordWrap(true);
    auto *templatesLayout = new QVBoxLayout(templatesPage);
    templatesLayout->addLayout(folderRow);
    templatesLayout->addWidget(help);
    templatesLayout->addStretch(1);
    connect(apply, &QPushButton::clicked, this, &OrganisationDialog::saveFolder);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dlg = new QFileDialog(this, tr("Template Folder"), m_folder->text());
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setFileMode(QFileDialog::Directory);
        dlg->setOption(QFileDialog::ShowDirsOnly);
        connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &dir) {
            m_folder->setText(dir);
            saveFolder();
        });
        dlg->open();
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("organisationTabs"));
    tabs->addTab(orgPage, tr("Organisation"));
    tabs->addTab(rulesPage, tr("Clock Rules"));
    tabs->addTab(templatesPage, tr("Templates"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    load();
}

void OrganisationDialog::load()
{
    m_store->organisation([this](const Result<OrganisationProfile> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_profile = r.value();
        for (const auto &[edit, member] : std::as_const(m_fields))
            edit->setText(m_profile.*member);
        m_address->setPlainText(m_profile.postalAddress);
    });
    m_store->rules([this](const Result<QList<ClockRule>> &r) {
        if (r)
            showRules(r.value());
        else
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
    });
}

void OrganisationDialog::showRules(const QList<ClockRule> &rules)
{
    m_rules->setRowCount(0);
    for (const ClockRule &rule : rules) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        QStringList when;
        if (rule.needsPersonalData)
            when << tr("personal data");
        if (rule.needsPhi)
            when << tr("PHI");
        if (rule.needsDataBreach)
            when << tr("data breach");
        if (!rule.jurisdictions.isEmpty())
            when << tr("in %1").arg(rule.jurisdictions.join(QStringLiteral(", ")));
        auto *name = new QTableWidgetItem(rule.name);
        name->setData(Qt::UserRole, rule.id);
        name->setData(Qt::UserRole + 1, rule.builtIn);
        name->setToolTip(rule.basis);
        m_rules->setItem(row, 0, name);
        m_rules->setItem(row, 1, new QTableWidgetItem(rule.limitText()));
        m_rules->setItem(row, 2, new QTableWidgetItem(when.join(QStringLiteral(", "))));
        m_rules->setItem(row, 3,
                         new QTableWidgetItem(rule.builtIn
                                                  ? tr("built in")
                                                  : tr("added by %1").arg(rule.createdBy)));
    }
    m_rules->resizeColumnsToContents();
}

void OrganisationDialog::saveProfile()
{
    OrganisationProfile p = m_profile;
    for (const auto &[edit, member] : std::as_const(m_fields))
        p.*member = edit->text().trimmed();
    p.postalAddress = m_address->toPlainText().trimmed();
    m_store->saveOrganisation(p, [this](const Result<OrganisationProfile> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_profile = r.value();
        m_banner->show(MessageBanner::Kind::Info, tr("Saved the organisation profile."));
    });
}

void OrganisationDialog::addRule()
{
    ClockRule rule;
    rule.name = m_ruleName->text().trimmed();
    rule.audience = m_ruleAudience->text().trimmed();
    rule.amount = m_ruleAmount->value();
    rule.unit =
        m_ruleUnit->currentIndex() == 0 ? ClockRule::Unit::Hours : ClockRule::Unit::CalendarDays;
    rule.needsPersonalData = m_rulePersonal->isChecked();
    rule.needsPhi = m_rulePhi->isChecked();
    rule.needsDataBreach = m_ruleBreach->isChecked();
    rule.jurisdictions = splitList(m_ruleJurisdictions->text());
    m_store->addRule(rule, [this](const Result<ClockRule> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_banner->show(MessageBanner::Kind::Info, tr("Added the clock rule “%1”.").arg(r->name));
        m_ruleName->clear();
        load();
    });
}

void OrganisationDialog::removeRule()
{
    const QList<QTableWidgetItem *> selected = m_rules->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *name = m_rules->item(selected.first()->row(), 0);
    m_store->removeRule(name->data(Qt::UserRole).toString(), [this](const Result<bool> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        load();
    });
}

void OrganisationDialog::saveFolder()
{
    m_settings->setNotificationTemplateFolder(m_folder->text());
    emit templateFolderChanged();
    m_banner->show(MessageBanner::Kind::Info,
                   m_folder->text().trimmed().isEmpty()
                       ? tr("Using the shipped templates only.")
                       : tr("Templates are read from %1 as well.").arg(m_folder->text().trimmed()));
}

} // namespace ic

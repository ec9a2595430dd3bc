#include "ui/actions/ActionsPane.h"

#include "models/actions/ActionModel.h"
#include "models/actions/ActionService.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/actions/ActionSettingsDialog.h"
#include "ui/actions/ApprovalPanel.h"
#include "ui/actions/CommandPalette.h"
#include "ui/actions/FieldError.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

QList<QAction *> ActionsPane::createActions(QObject *owner)
{
    QAction *palette = makePaneAction(owner, tr("Contain… (Command Palette)"),
                                      "commandPaletteAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setShortcutContext(Qt::WindowShortcut);
    return {palette, makePaneAction(owner, tr("Action Settings…"), "actionSettingsAction")};
}

ActionsPane::ActionsPane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context)
{
    setObjectName(QStringLiteral("actionsPane"));
    m_service = context.session->actions();
    m_model = new ActionModel(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("actionsBanner"));

    m_backend = new QLabel(this);
    m_backend->setObjectName(QStringLiteral("backendLabel"));
    m_backend->setWordWrap(true);
    auto *settingsButton = new QPushButton(tr("Settings…"), this);
    settingsButton->setObjectName(QStringLiteral("actionSettingsButton"));
    auto *paletteButton = new QPushButton(tr("Command Palette (Ctrl+K)"), this);
    paletteButton->setObjectName(QStringLiteral("commandPaletteButton"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("actionCombo"));
    m_kind->setAccessibleName(tr("Action"));
    for (ActionKind k : Actions::all())
        m_kind->addItem(Actions::shortLabel(k), int(k));
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->setAccessibleName(tr("Subject"));
    m_subjectError = makeFieldError(QStringLiteral("subjectErrorLabel"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why (required): recorded on the platform and the timeline"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reasonError = makeFieldError(QStringLiteral("reasonErrorLabel"), this);
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Runs the action shown in the preview"));
    m_previewText = new QPlainTextEdit(this);
    m_previewText->setObjectName(QStringLiteral("previewText"));
    m_previewText->setReadOnly(true);
    m_previewText->setAccessibleName(tr("What will happen"));
    m_previewText->setPlaceholderText(tr("Preview shows exactly what will happen before "
                                         "anything is sent."));

    auto *form = new QFormLayout;
    form->addRow(tr("Action"), m_kind);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(QString(), m_subjectError);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(QString(), m_reasonError);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_previewButton);
    formButtons->addWidget(m_runButton);
    auto *box = new QGroupBox(tr("Contain"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(formButtons);
    boxLayout->addWidget(m_previewText, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Actions on this incident"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Send it again with its own Idempotency-Key: it cannot act twice"));
    m_dismiss = new QPushButton(tr("Leave As It Is"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Record that you decided not to resume it (the text in Reason is "
                             "kept as a note)"));

    m_approval = new ApprovalPanel(m_service, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backend, 1);
    top->addWidget(paletteButton);
    top->addWidget(settingsButton);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_resume);
    rowButtons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(box, 2);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_approval);

    m_paletteAction = context.action("commandPaletteAction");
    m_settingsAction = context.action("actionSettingsAction");
    if (m_paletteAction)
        connect(m_paletteAction, &QAction::triggered, this, &ActionsPane::openPalette);
    connect(paletteButton, &QPushButton::clicked, this, &ActionsPane::openPalette);
    if (m_settingsAction)
        connect(m_settingsAction, &QAction::triggered, this, &ActionsPane::openSettings);
    connect(settingsButton, &QPushButton::clicked, this, &ActionsPane::openSettings);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        refillSubjects(false);
        invalidatePreview();
    });
    connect(m_subject, &QComboBox::editTextChanged, this, [this] {
        m_subjectError->hide();
        invalidatePreview();
    });
    connect(m_reason, &QLineEdit::textEdited, this, [this] { m_reasonError->hide(); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_runButton->isEnabled())
            run();
        else
            preview();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ActionsPane::preview);
    connect(m_runButton, &QPushButton::clicked, this, &ActionsPane::run);
    connect(m_resume, &QPushButton::clicked, this, &ActionsPane::resumeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &ActionsPane::dismissSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsPane::updateButtons);

    connect(m_service, &ActionService::actionChanged, this, [this](const ActionRecord &r) {
        m_model->upsert(r);
        announce(r);
        updateButtons();
    });
    connect(m_approval, &ApprovalPanel::message, this, [this](const QString &text, bool error) {
        m_banner->clearActions();
        m_banner->show(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, text);
    });
    // Another workstation requested, approved, rejected or ran one of this
    // incident's actions: read them again.
    auto *reload = new QTimer(this);
    reload->setSingleShot(true);
    reload->setInterval(150);
    connect(reload, &QTimer::timeout, this, [this] {
        if (m_incident)
            m_service->loadIncident(m_incident->id);
    });
    connect(context.session, &WorkspaceSession::tableChanged, this, [reload](const QString &t) {
        if (t.isEmpty() || t == QLatin1String("ic_actions") || t == QLatin1String("ic_approvals"))
            reload->start();
    });
    connect(context.session, &WorkspaceSession::permissionsChanged, this,
            &ActionsPane::updateButtons);
    connect(m_service, &ActionService::actionsLoaded, this,
            [this](const QString &id, const QList<ActionRecord> &list) {
                if (m_incident && m_incident->id == id) {
                    // Read again after a change elsewhere: the same row stays selected.
                    const QString selected =
                        m_table->currentIndex().data(ActionModel::ActionIdRole).toString();
                    m_model->setActions(id, list);
                    const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected);
                    if (row >= 0)
                        m_table->selectRow(row);
                }
                updateButtons();
            });
    connect(m_service, &ActionService::attentionLoaded, this, &ActionsPane::showUnfinished);
    connect(m_service, &ActionService::settingsChanged, this, &ActionsPane::updateBackendLabel);
    connect(m_service, &ActionService::failed, this, [this](const Error &e) {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Error, e.message, e.detail);
    });

    // The audit source's password could not be read from a locked or failing
    // keychain: say so now, not later as a puzzling "password refused".
    AuditSource *audit = context.session->auditSource();
    if (audit->isSeparate()) {
        QPointer<ActionsPane> guard(this);
        audit->find([guard](const Result<ConnectionSpec> &r) {
            if (!guard || r || r.error().message.isEmpty())
                return;
            guard->m_banner->show(
                MessageBanner::Kind::Warning,
                tr("The audit database's password could not be read from the keychain: %1 "
                   "Containment through SQL will ask the database without it; nothing was "
                   "sent.")
                    .arg(r.error().message));
        });
    }
    m_service->loadSettings([this](const Result<ActionSettings> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        updateBackendLabel();
        m_service->loadNeedingAttention();
    });

    if (m_service->isReadOnly()) {
        m_banner->show(MessageBanner::Kind::Info, m_service->readOnlyReason());
        m_runButton->setToolTip(m_service->readOnlyReason());
    }
    updateBackendLabel();
    setIncident(nullptr);
}

ActionsPane::~ActionsPane() = default;

void ActionsPane::setIncident(const Incident *incident)
{
    const bool same = incident && m_incident && m_incident->id == incident->id;
    if (!incident) {
        m_incident.reset();
        m_model->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_incident = *incident;
    // The same incident saved again keeps what the commander typed.
    refillSubjects(same);
    if (!m_paletteFor.isEmpty() && m_paletteFor == incident->id) {
        m_paletteFor.clear();
        QTimer::singleShot(0, this, &ActionsPane::openPalette);
    }
    if (!same) {
        invalidatePreview();
        m_reason->clear();
        m_subjectError->hide();
        m_reasonError->hide();
        m_model->setActions(incident->id, {});
        m_service->loadIncident(incident->id);
    }
    updateButtons();
}

bool ActionsPane::handleRequest(const QString &what, const QVariantMap &arguments)
{
    if (what == QLatin1String("actions.palette")) {
        // From an alert just promoted: the palette on that incident's subjects,
        // as soon as it is the selected incident.
        const QString id = arguments.value(QStringLiteral("incident_id")).toString();
        if (m_incident && (id.isEmpty() || m_incident->id == id))
            openPalette();
        else
            m_paletteFor = id;
        return true;
    }
    if (what != QLatin1String("actions.prefill"))
        return false;
    if (const auto kind = Actions::fromCode(arguments.value(QStringLiteral("action")).toString())) {
        m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
    }
    QString target = arguments.value(QStringLiteral("target")).toString();
    if (target.isEmpty())
        target = arguments.value(QStringLiteral("subjects")).toStringList().value(0);
    if (!target.isEmpty())
        m_subject->setEditText(target);
    // Prefilled from a playbook step: show what it would do at once.
    if (m_incident && !m_subject->currentText().isEmpty())
        preview();
    m_reason->setFocus();
    return true;
}

void ActionsPane::refillSubjects(bool keepTyped)
{
    const auto kind = ActionKind(m_kind->currentData().toInt());
    const SubjectType type = Actions::spec(kind).subject;
    const QString typed = m_subject->currentText();
    QStringList subjects;
    if (m_incident) {
        subjects = type == SubjectType::User     ? m_incident->affectedUsers
                   : type == SubjectType::Tenant ? m_incident->affectedTenants
                   : type == SubjectType::ApiKey ? m_incident->affectedApiKeys
                                                 : QStringList();
    }
    m_subject->blockSignals(true);
    m_subject->clear();
    m_subject->addItems(subjects);
    m_subject->lineEdit()->setPlaceholderText(type == SubjectType::Ip
                                                  ? QStringLiteral("203.0.113.7 or 203.0.113.0/24")
                                                  : tr("%1 id").arg(Actions::subjectLabel(type)));
    if (keepTyped)
        m_subject->setEditText(typed);
    else
        m_subject->setEditText(subjects.value(0));
    m_subject->blockSignals(false);
}

void ActionsPane::invalidatePreview()
{
    ++m_previewSerial;
    m_preview.reset();
    m_previewText->clear();
    updateButtons();
}

void ActionsPane::preview()
{
    if (!m_incident)
        return;
    m_subjectError->hide();
    const auto kind = ActionKind(m_kind->currentData().toInt());
    auto target = Actions::validateTarget(Actions::spec(kind).subject, m_subject->currentText());
    if (!target) {
        showFieldError(m_subjectError, target.error().message);
        return;
    }
    const int serial = ++m_previewSerial;
    m_preview.reset();
    m_previewText->setPlainText(tr("Reading what this would change…"));
    updateButtons();
    m_service->preview({kind, target.value(), m_incident->id, m_incident->ref},
                       [this, serial](const Result<ActionPreview> &p) {
                           if (serial != m_previewSerial)
                               return; // the inputs changed meanwhile
                           if (!p) {
                               m_previewText->clear();
                               if (p.error().kind == Error::Kind::NotFound ||
                                   p.error().kind == Error::Kind::InvalidInput)
                                   showFieldError(m_subjectError, p.error().message);
                               else
                                   m_banner->show(MessageBanner::Kind::Error, p.error().message,
                                                  p.error().detail);
                               return;
                           }
                           m_preview = p.value();
                           m_previewText->setPlainText(p->text());
                           updateButtons();
                       });
}

void ActionsPane::run()
{
    if (!m_preview || m_service->isReadOnly())
        return;
    if (auto r = Actions::validateReason(m_reason->text()); !r) {
        showFieldError(m_reasonError, r.error().message);
        m_reason->setFocus();
        return;
    }
    m_runButton->setEnabled(false);
    const ActionPreview confirmed = *m_preview;
    m_service->submit(confirmed, m_reason->text(), [this](const Result<ActionRecord> &r) {
        if (!r) {
            if (r.error().kind == Error::Kind::InvalidInput)
                showFieldError(m_reasonError, r.error().message);
            else
                m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            updateButtons();
            return;
        }
        m_reason->clear();
        invalidatePreview();
        if (r->waitingForApproval() && m_service->permissions().isTeam())
            m_previewText->setPlainText(
                tr("Requested: %1. Waiting for approval by an approver other than %2. Nothing "
                   "was sent.")
                    .arg(r->label(), r->createdBy));
        else if (m_service->may(Permissions::Action::Contain))
            m_previewText->setPlainText(
                tr("Sent: %1. Its outcome shows below and on the timeline.").arg(r->label()));
        else
            m_previewText->setPlainText(tr("Requested: %1. Nothing was sent; it waits for a "
                                           "commander to run it.")
                                            .arg(r->label()));
        const int row = m_model->rowOf(r->id);
        if (row >= 0)
            m_table->selectRow(row);
    });
}

void ActionsPane::updateButtons()
{
    const bool readOnly = m_service->isReadOnly();
    // A responder requests; a commander runs (the server refuses anyone
    // else's claim), so the button says which it does and why.
    const QString whyRun = m_service->whyNot(Permissions::Action::Contain);
    const bool requestOnly = !readOnly && !whyRun.isEmpty();
    m_runButton->setText(requestOnly ? tr("Request") : tr("Run"));
    if (readOnly)
        m_runButton->setToolTip(m_service->readOnlyReason());
    else if (requestOnly)
        m_runButton->setToolTip(
            tr("Request only: the action is recorded and waits for a commander to run it. %1")
                .arg(whyRun));
    else
        m_runButton->setToolTip(tr("Runs the action shown in the preview"));
    m_previewButton->setEnabled(m_incident.has_value());
    m_runButton->setEnabled(!readOnly && m_preview.has_value());
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    bool actionable = false;
    std::optional<ActionRecord> selected;
    if (row >= 0 && row < m_model->actions().size()) {
        const ActionRecord &a = m_model->actions().at(row);
        selected = a;
        // One waiting for an approver, or rejected, is not run from here.
        // (A superuser is not held to the rule by the server, nor here.)
        const bool held =
            m_service->permissions().isTeam() && (a.waitingForApproval() || a.rejected());
        actionable = whyRun.isEmpty() && !readOnly && !a.isFinished() &&
                     !m_service->isRunning(a.id) && !held;
    }
    m_approval->setAction(selected);
    m_resume->setEnabled(actionable);
    m_dismiss->setEnabled(actionable);
    if (!whyRun.isEmpty()) {
        m_resume->setToolTip(readOnly ? m_service->readOnlyReason() : whyRun);
        m_dismiss->setToolTip(readOnly ? m_service->readOnlyReason() : whyRun);
    } else if (selected && selected->waitingForApproval()) {
        const QString why = tr("Waiting for approval by an approver other than %1: it runs "
                               "once approved (or by its requester's break-glass).")
                                .arg(selected->createdBy);
        m_resume->setToolTip(why);
        m_dismiss->setToolTip(why);
    } else if (selected && selected->rejected()) {
        const QString why = tr("Rejected by an approver: it is never sent.");
        m_resume->setToolTip(why);
        m_dismiss->setToolTip(why);
    } else {
        m_resume->setToolTip(tr("Send it again with its own Idempotency-Key: it cannot act twice"));
        m_dismiss->setToolTip(tr("Record that you decided not to resume it (the text in Reason "
                                 "is kept as a note)"));
    }
}

void ActionsPane::updateBackendLabel()
{
    const ActionSettings &s = m_service->settings();
    QString text;
    if (s.backend == Backend::Sql) {
        text = m_service->hasPlatform()
                   ? tr("Acting through direct SQL on the audit source (%1).")
                         .arg(m_context.session->profile().auditSource
                                  ? m_context.session->profile().auditSource->uri()
                                  : m_context.session->profile().location())
                   : tr("Acting through direct SQL, but this workspace has no audit source.");
    } else {
        text = tr("Acting through the admin API at %1").arg(s.apiBaseUrl);
        if (!s.caPem.isEmpty())
            text += tr(", private CA");
        if (!s.pin.isEmpty())
            text += tr(", public key pinned");
        text += QLatin1Char('.');
    }
    m_backend->setText(text);
}

void ActionsPane::announce(const ActionRecord &record)
{
    if (!m_incident || record.incidentId != m_incident->id)
        return;
    if (record.state == ActionState::Failed ||
        (record.state == ActionState::Unknown && !m_service->isRunning(record.id))) {
        m_banner->clearActions();
        m_banner->show(
            record.state == ActionState::Failed ? MessageBanner::Kind::Error
                                                : MessageBanner::Kind::Warning,
            tr("%1: %2. %3").arg(record.label(), stateLabel(record.state), record.result));
    }
}

void ActionsPane::openPalette()
{
    if (!m_incident) {
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Select an incident first: the palette lists actions on its subjects."));
        return;
    }
    if (m_palette) {
        m_palette->raise();
        m_palette->activateWindow();
        return;
    }
    auto *p = new CommandPalette(m_service, *m_incident, m_service->isReadOnly(), window());
    p->setAttribute(Qt::WA_DeleteOnClose);
    // Back to the main window, so the next Ctrl+K works at once.
    connect(p, &QDialog::finished, this, [this] { window()->activateWindow(); });
    m_palette = p;
    p->show();
    p->raise();
    p->activateWindow();
}

void ActionsPane::openSettings()
{
    auto *dlg = new ActionSettingsDialog(m_service, this);
    QPointer<WorkspaceSession> session(m_context.session);
    dlg->setPrimarySource(
        [session]() -> AuditSource * { return session ? session->platformPrimary() : nullptr; });
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

} // namespace ic

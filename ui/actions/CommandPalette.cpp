#include "ui/actions/CommandPalette.h"

#include "models/actions/ActionService.h"
#include "models/core/TimeText.h"
#include "ui/actions/FieldError.h"

#include <QFontDatabase>

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ic {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int TargetRole = Qt::UserRole + 2;
constexpr int LabelRole = Qt::UserRole + 3;

// How far an action reaches, narrowest first: the palette's groups.
enum class Reach { Key, User, Tenant, Network };

Reach reachOf(ActionKind kind)
{
    switch (Actions::spec(kind).subject) {
    case SubjectType::ApiKey:
        return Reach::Key;
    case SubjectType::User:
        return Reach::User;
    case SubjectType::Tenant:
        return Reach::Tenant;
    case SubjectType::Ip:
        break;
    }
    return Reach::Network;
}

// "A row can only be chosen when it is an action": group titles and hints are not.
bool isAction(const QListWidgetItem *item)
{
    return item && (item->flags() & Qt::ItemIsEnabled) && item->data(KindRole).isValid();
}
} // namespace

QString CommandPalette::reachTitle(int reach)
{
    switch (Reach(reach)) {
    case Reach::Key:
        return tr("One API key");
    case Reach::User:
        return tr("One user");
    case Reach::Tenant:
        return tr("A whole tenant — every user in it");
    case Reach::Network:
        return tr("A network — everyone behind it");
    }
    return {};
}

QString CommandPalette::impact(ActionKind kind, const QString &target)
{
    switch (kind) {
    case ActionKind::RevokeUserTokens:
        return tr("Every API key and session of %1 stops working; they can sign in again.")
            .arg(target);
    case ActionKind::LogoutUserSessions:
        return tr("%1 is signed out everywhere; their API keys keep working.").arg(target);
    case ActionKind::SuspendUser:
        return tr("%1 can no longer sign in until un-suspended; keys and sessions are not "
                  "revoked by this.")
            .arg(target);
    case ActionKind::RevokeUserAccess:
        return tr("%1 is suspended and every API key and session of theirs stops working.")
            .arg(target);
    case ActionKind::SuspendTenant:
        return tr("Everyone in tenant %1 is locked out until the tenant is restored.").arg(target);
    case ActionKind::RevokeTenantTokens:
        return tr("Every API key and session in tenant %1 stops working, for all its users.")
            .arg(target);
    case ActionKind::RestoreTenant:
        return tr("Tenant %1 is active again: its users can sign in.").arg(target);
    case ActionKind::RevokeApiKey:
        return tr("API key %1 stops working; nothing else changes.").arg(target);
    case ActionKind::BlockIp:
        return tr("Requests from %1 are refused, whoever sends them.").arg(target);
    }
    return {};
}

CommandPalette::CommandPalette(ActionService *service, const Incident &incident, bool readOnly,
                               QWidget *parent)
    : QDialog(parent), m_service(service), m_incident(incident), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Contain — %1").arg(incident.ref));
    setModal(false);
    resize(640, 420);

    m_stack = new QStackedWidget(this);
    auto *pick = new QWidget(m_stack);
    m_filter = new QLineEdit(pick);
    m_filter->setObjectName(QStringLiteral("paletteFilterEdit"));
    m_filter->setPlaceholderText(tr("Type to filter, or an IP or network to block…"));
    m_filter->setAccessibleName(tr("Filter actions"));
    m_list = new QListWidget(pick);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Actions on the incident's subjects"));
    auto *pickLayout = new QVBoxLayout(pick);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->addWidget(m_filter);
    pickLayout->addWidget(m_list, 1);

    auto *confirmPage = new QWidget(m_stack);
    m_title = new QLabel(confirmPage);
    m_title->setObjectName(QStringLiteral("paletteTitleLabel"));
    m_title->setWordWrap(true);
    m_impact = new QLabel(confirmPage);
    m_impact->setObjectName(QStringLiteral("paletteImpactLabel"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::PlainText);
    m_preview = new QPlainTextEdit(confirmPage);
    m_preview->setObjectName(QStringLiteral("palettePreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What will happen"));
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_reason = new QLineEdit(confirmPage);
    m_reason->setObjectName(QStringLiteral("paletteReasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (required), then Enter to run — Esc to go back"));
    m_reason->setAccessibleName(tr("Reason"));
    m_showTechnical = new QToolButton(confirmPage);
    m_showTechnical->setObjectName(QStringLiteral("paletteTechnicalToggle"));
    m_showTechnical->setText(tr("Exact &SQL or HTTP request"));
    m_showTechnical->setCheckable(true);
    m_showTechnical->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showTechnical->setArrowType(Qt::RightArrow);
    m_showTechnical->setAutoRaise(true);
    m_technical = new QPlainTextEdit(confirmPage);
    m_technical->setObjectName(QStringLiteral("paletteTechnicalText"));
    m_technical->setReadOnly(true);
    m_technical->setAccessibleName(tr("Exact request"));
    m_technical->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_technical->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_technical->hide();
    connect(m_showTechnical, &QToolButton::toggled, this, [this](bool on) {
        m_showTechnical->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_technical->setVisible(on);
    });
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_title);
    confirmLayout->addWidget(m_impact);
    confirmLayout->addWidget(m_preview, 1);
    confirmLayout->addWidget(m_showTechnical);
    confirmLayout->addWidget(m_technical, 1);
    confirmLayout->addWidget(m_reason);

    m_stack->addWidget(pick);
    m_stack->addWidget(confirmPage);
    m_error = makeFieldError(QStringLiteral("paletteErrorLabel"), this);
    // The incident it acts on, in the palette itself (a title bar may not show).
    auto *on = new QLabel(tr("On %1 — %2").arg(incident.ref, incident.title), this);
    on->setObjectName(QStringLiteral("paletteIncidentLabel"));
    on->setTextFormat(Qt::PlainText);
    on->setWordWrap(true);
    QFont bold = on->font();
    bold.setBold(true);
    on->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(on);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);

    m_filter->installEventFilter(this);
    m_reason->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refill);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::choose);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    refill();
    // What was already asked for on this incident marks its rows.
    connect(m_service, &ActionService::actionsLoaded, this,
            [this](const QString &incidentId, const QList<ActionRecord> &actions) {
                if (incidentId == m_incident.id)
                    setDone(actions);
            });
    m_service->loadIncident(m_incident.id);
    if (m_readOnly)
        showError(m_service->readOnlyReason());
    m_filter->setFocus();
}

QStringList CommandPalette::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (isAction(m_list->item(i)))
            out << m_list->item(i)->data(LabelRole).toString();
    return out;
}

void CommandPalette::refill()
{
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    struct Candidate
    {
        ActionKind kind;
        QString target;
    };
    QList<Candidate> candidates;
    // An IP typed into the filter: blocking it is offered (the network group).
    if (auto ip = Actions::validateTarget(SubjectType::Ip, filter); ip && !filter.isEmpty())
        candidates.append({ActionKind::BlockIp, ip.value()});
    for (const QString &key : std::as_const(m_incident.affectedApiKeys))
        candidates.append({ActionKind::RevokeApiKey, key});
    for (const QString &u : std::as_const(m_incident.affectedUsers))
        for (ActionKind k : Actions::forSubject(SubjectType::User))
            candidates.append({k, u});
    for (const QString &t : std::as_const(m_incident.affectedTenants))
        for (ActionKind k : Actions::forSubject(SubjectType::Tenant))
            candidates.append({k, t});
    // Grouped by reach, narrowest first; in each, the impact in plain words
    // under the action, and what was already asked for on this incident.
    for (const Reach reach : {Reach::Key, Reach::User, Reach::Tenant, Reach::Network}) {
        QListWidgetItem *title = nullptr;
        for (const Candidate &c : std::as_const(candidates)) {
            if (reachOf(c.kind) != reach)
                continue;
            const QString label = Actions::label(c.kind, c.target);
            const QString plain = impact(c.kind, c.target);
            const bool typedIp = c.kind == ActionKind::BlockIp;
            if (!typedIp && !filter.isEmpty() && !label.contains(filter, Qt::CaseInsensitive) &&
                !c.target.contains(filter) && !plain.contains(filter, Qt::CaseInsensitive))
                continue;
            if (!title) {
                title = new QListWidgetItem(reachTitle(int(reach)).toUpper(), m_list);
                title->setFlags(Qt::NoItemFlags);
                QFont bold = m_list->font();
                bold.setBold(true);
                title->setFont(bold);
                title->setData(Qt::AccessibleTextRole, reachTitle(int(reach)));
            }
            QString first = label;
            if (const QString done = doneText(c.kind, c.target); !done.isEmpty())
                first += QStringLiteral(" — ") + done;
            auto *item = new QListWidgetItem(first + QStringLiteral("\n    ") + plain, m_list);
            item->setData(KindRole, int(c.kind));
            item->setData(TargetRole, c.target);
            item->setData(LabelRole, label);
            item->setToolTip(plain);
        }
    }
    if (m_list->count() == 0 && filter.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("The incident names no users, tenants or API keys: "
                                            "type an IP or network to block, or use the "
                                            "Actions tab."),
                                         m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    step(1, -1);
}

// Moves the current row to the next action (`by` 1 or -1) from `from`.
void CommandPalette::step(int by, int from)
{
    for (int row = from + by; row >= 0 && row < m_list->count(); row += by) {
        if (isAction(m_list->item(row))) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString CommandPalette::doneText(ActionKind kind, const QString &target) const
{
    const ActionRecord *last = nullptr;
    for (const ActionRecord &a : m_done)
        if (a.kind == kind && a.target == target && !a.dismissedAt.isValid() &&
            (!last || a.createdAt > last->createdAt))
            last = &a;
    if (!last)
        return {};
    const QString when = TimeText::localShort(last->createdAt, QDateTime::currentDateTimeUtc());
    if (last->state == ActionState::Succeeded)
        return tr("already done (%1 by %2)").arg(when, last->createdBy);
    return tr("already requested: %1 (%2 by %3)")
        .arg(stateLabel(last->state), when, last->createdBy);
}

void CommandPalette::setDone(const QList<ActionRecord> &actions)
{
    m_done = actions;
    const int row = m_list->currentRow();
    refill();
    if (isAction(m_list->item(row)))
        m_list->setCurrentRow(row);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            step(key->key() == Qt::Key_Down ? 1 : -1, m_list->currentRow());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
    } else if (watched == m_reason) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            confirm();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            back();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!isAction(item))
        return;
    const auto kind = ActionKind(item->data(KindRole).toInt());
    const QString target = item->data(TargetRole).toString();
    m_current.reset();
    m_error->hide();
    m_title->setText(tr("%1 — preview").arg(Actions::label(kind, target)));
    // What it means first, in plain words; the exact request folded below.
    m_impact->setText(impact(kind, target) + QLatin1Char(' ') + doneText(kind, target));
    m_technical->clear();
    m_preview->setPlainText(tr("Reading what this would change…"));
    m_reason->clear();
    m_stack->setCurrentIndex(1);
    m_reason->setFocus();
    m_service->preview(
        {kind, target, m_incident.id, m_incident.ref},
        [this, guard = QPointer<CommandPalette>(this)](const Result<ActionPreview> &p) {
            if (!guard)
                return;
            if (!p) {
                m_preview->clear();
                showError(p.error().message);
                return;
            }
            m_current = p.value();
            QString plain = p->text();
            if (!p->technical.isEmpty() && plain.endsWith(p->technical))
                plain.chop(p->technical.size());
            m_preview->setPlainText(plain.trimmed());
            m_technical->setPlainText(p->technical);
        });
}

void CommandPalette::confirm()
{
    if (m_busy)
        return;
    if (m_readOnly) {
        showError(m_service->readOnlyReason());
        return;
    }
    if (!m_current) {
        showError(tr("The preview is not there yet: nothing was sent. Press Enter again once "
                     "it shows."));
        return;
    }
    if (auto r = Actions::validateReason(m_reason->text()); !r) {
        showError(r.error().message);
        return;
    }
    m_busy = true;
    m_service->submit(
        *m_current, m_reason->text(),
        [this, guard = QPointer<CommandPalette>(this)](const Result<ActionRecord> &r) {
            if (!guard)
                return;
            m_busy = false;
            if (!r) {
                showError(r.error().message);
                return;
            }
            emit submitted(r.value());
            accept();
        });
}

void CommandPalette::back()
{
    m_current.reset();
    m_error->hide();
    m_stack->setCurrentIndex(0);
    m_filter->setFocus();
}

void CommandPalette::showError(const QString &text)
{
    showFieldError(m_error, text);
}

} // namespace ic

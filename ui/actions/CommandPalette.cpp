#include "ui/actions/CommandPalette.h"

#include "models/actions/ActionService.h"
#include "ui/actions/FieldError.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ic {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int TargetRole = Qt::UserRole + 2;
} // namespace

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
    m_preview = new QPlainTextEdit(confirmPage);
    m_preview->setObjectName(QStringLiteral("palettePreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What will happen"));
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_reason = new QLineEdit(confirmPage);
    m_reason->setObjectName(QStringLiteral("paletteReasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (required), then Enter to run — Esc to go back"));
    m_reason->setAccessibleName(tr("Reason"));
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_title);
    confirmLayout->addWidget(m_preview, 1);
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
    if (m_readOnly)
        showError(m_service->readOnlyReason());
    m_filter->setFocus();
}

QStringList CommandPalette::entries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void CommandPalette::refill()
{
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    auto add = [&](ActionKind kind, const QString &target) {
        const QString text = Actions::label(kind, target);
        if (!filter.isEmpty() && !text.contains(filter, Qt::CaseInsensitive) &&
            !target.contains(filter))
            return;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(KindRole, int(kind));
        item->setData(TargetRole, target);
    };
    // An IP typed into the filter: blocking it comes first.
    if (auto ip = Actions::validateTarget(SubjectType::Ip, filter); ip && !filter.isEmpty()) {
        auto *item = new QListWidgetItem(Actions::label(ActionKind::BlockIp, ip.value()), m_list);
        item->setData(KindRole, int(ActionKind::BlockIp));
        item->setData(TargetRole, ip.value());
    }
    for (const QString &u : std::as_const(m_incident.affectedUsers))
        for (ActionKind k : Actions::forSubject(SubjectType::User))
            add(k, u);
    for (const QString &t : std::as_const(m_incident.affectedTenants))
        for (ActionKind k : Actions::forSubject(SubjectType::Tenant))
            add(k, t);
    for (const QString &key : std::as_const(m_incident.affectedApiKeys))
        add(ActionKind::RevokeApiKey, key);
    if (m_list->count() == 0 && filter.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("The incident names no users, tenants or API keys: "
                                            "type an IP or network to block, or use the "
                                            "Actions tab."),
                                         m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(qBound(0, m_list->currentRow() + step, m_list->count() - 1));
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
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto kind = ActionKind(item->data(KindRole).toInt());
    const QString target = item->data(TargetRole).toString();
    m_current.reset();
    m_error->hide();
    m_title->setText(tr("%1 — preview").arg(Actions::label(kind, target)));
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
            m_preview->setPlainText(p->text());
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

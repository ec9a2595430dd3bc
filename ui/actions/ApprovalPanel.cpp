#include "ui/actions/ApprovalPanel.h"

#include "models/actions/ActionService.h"
#include "ui/actions/BreakGlassDialog.h"
#include "ui/actions/FieldError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

ApprovalPanel::ApprovalPanel(ActionService *service, QWidget *parent)
    : QGroupBox(tr("Approval"), parent), m_service(service)
{
    setObjectName(QStringLiteral("approvalPanel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("approvalStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("approvalPreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What the requester confirmed"));
    m_preview->setMaximumHeight(120);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("approvalNoteEdit"));
    m_note->setAccessibleName(tr("Note or reason"));
    m_note->setPlaceholderText(
        tr("Note (optional to approve; a reason is needed to reject): goes on the timeline"));
    m_noteError = makeFieldError(QStringLiteral("approvalNoteErrorLabel"), this);
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_breakGlass = new QPushButton(tr("Break Glass…"), this);
    m_breakGlass->setObjectName(QStringLiteral("breakGlassButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_breakGlass);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_preview);
    layout->addWidget(m_note);
    layout->addWidget(m_noteError);
    layout->addLayout(buttons);

    connect(m_note, &QLineEdit::textEdited, this, [this] { m_noteError->hide(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_breakGlass, &QPushButton::clicked, this, &ApprovalPanel::breakGlass);
    hide();
}

QString ApprovalPanel::me() const
{
    const QString login = m_service->permissions().login();
    return login.isEmpty() ? m_service->actor() : login;
}

void ApprovalPanel::setAction(const std::optional<ActionRecord> &action)
{
    const bool other = !action || !m_action || action->id != m_action->id;
    m_action = action;
    if (other) {
        m_note->clear();
        m_noteError->hide();
    }
    const bool underRule = action && !action->approvalState.isEmpty() &&
                           action->approvalState != QLatin1String("none");
    setVisible(underRule);
    if (!underRule)
        return;
    const ActionRecord &a = *action;
    QString text;
    if (a.waitingForApproval())
        text = tr("Waiting for approval by an approver other than %1. Nothing was sent.")
                   .arg(a.createdBy);
    else if (a.rejected())
        text = tr("Rejected by an approver: it is never sent. The reason is on the timeline.");
    else if (a.brokeGlass())
        text = tr("BREAK-GLASS: run by %1 without a second person's approval — %2")
                   .arg(a.createdBy, a.breakGlassReason);
    else
        text = a.state == ActionState::Pending
                   ? tr("Approved: a commander runs it with Resume, once.")
                   : tr("Approved by an approver other than %1.").arg(a.createdBy);
    m_state->setText(text);
    m_state->setAccessibleDescription(text);
    if (m_preview->toPlainText() != a.preview)
        m_preview->setPlainText(a.preview);
    updateControls();
}

void ApprovalPanel::updateControls()
{
    const bool waiting = m_action && m_action->waitingForApproval() && !m_busy;
    const bool mine = m_action && m_action->createdBy == me();
    // The server decides (ic_decide_action, ic_break_glass); these mirror it.
    QString whyNotDecide = m_service->whyNot(Permissions::Action::Approve);
    if (whyNotDecide.isEmpty() && mine)
        whyNotDecide = tr("Only an approver other than you can approve or reject this: you "
                          "requested it.");
    if (whyNotDecide.isEmpty() && m_action && !m_action->waitingForApproval())
        whyNotDecide = tr("This action is not waiting for approval.");
    QString whyNotBreak = m_service->whyNot(Permissions::Action::Contain);
    if (whyNotBreak.isEmpty() && m_action && !mine)
        whyNotBreak = tr("Break-glass is for your own request; %1 requested this one, so an "
                         "approver decides it.")
                          .arg(m_action->createdBy);
    if (whyNotBreak.isEmpty() && m_action && !m_action->waitingForApproval())
        whyNotBreak = tr("This action is not waiting for approval.");
    m_approve->setEnabled(waiting && whyNotDecide.isEmpty());
    m_reject->setEnabled(waiting && whyNotDecide.isEmpty());
    m_note->setEnabled(waiting && whyNotDecide.isEmpty());
    m_breakGlass->setEnabled(waiting && whyNotBreak.isEmpty());
    m_approve->setToolTip(whyNotDecide.isEmpty()
                              ? tr("Approve it: a commander may then run it, once")
                              : whyNotDecide);
    m_reject->setToolTip(whyNotDecide.isEmpty()
                             ? tr("Reject it with the reason typed above: it is never sent")
                             : whyNotDecide);
    m_breakGlass->setToolTip(whyNotBreak.isEmpty()
                                 ? tr("Run it now without a second person, with a justification "
                                      "flagged on the timeline")
                                 : whyNotBreak);
}

void ApprovalPanel::decide(bool approve)
{
    if (!m_action)
        return;
    const QString text = m_note->text();
    if (!approve && text.trimmed().isEmpty()) {
        showFieldError(m_noteError, tr("Say why it is rejected: the reason goes on the "
                                       "timeline. Nothing was changed."));
        m_note->setFocus();
        return;
    }
    m_busy = true;
    updateControls();
    QPointer<ApprovalPanel> guard(this);
    auto done = [guard, approve](const Result<ActionRecord> &r) {
        if (!guard)
            return;
        guard->m_busy = false;
        if (!r) {
            if (r.error().kind == Error::Kind::InvalidInput)
                showFieldError(guard->m_noteError, r.error().message);
            else
                emit guard->message(r.error().message, true);
            guard->updateControls();
            return;
        }
        guard->m_note->clear();
        emit guard->message(approve
                                ? tr("Approved: %1. A commander may now run it.").arg(r->label())
                                : tr("Rejected: %1. It is never sent.").arg(r->label()),
                            false);
        if (guard->m_action && guard->m_action->id == r->id)
            guard->setAction(r.value());
    };
    if (approve)
        m_service->approve(m_action->id, text, done);
    else
        m_service->reject(m_action->id, text, done);
}

void ApprovalPanel::breakGlass()
{
    if (!m_action)
        return;
    auto *dlg = new BreakGlassDialog(m_service, *m_action, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &BreakGlassDialog::ran, this, [this](const ActionRecord &r) {
        emit message(tr("BREAK-GLASS: %1 runs now without a second person's approval; it is "
                        "flagged on the timeline.")
                         .arg(r.label()),
                     false);
    });
    dlg->open();
}

} // namespace ic

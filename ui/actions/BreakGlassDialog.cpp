#include "ui/actions/BreakGlassDialog.h"

#include "models/actions/ActionService.h"
#include "ui/actions/FieldError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

BreakGlassDialog::BreakGlassDialog(ActionService *service, const ActionRecord &action,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_action(action)
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Break Glass: %1").arg(action.label()));
    auto *intro = new QLabel(
        tr("%1 waits for an approver. Breaking glass runs it now, without a second person. "
           "Your justification is recorded, and the timeline and the incident list flag it "
           "BREAK-GLASS; every member is notified.")
            .arg(action.label()),
        this);
    intro->setWordWrap(true);
    auto *preview = new QPlainTextEdit(action.preview, this);
    preview->setObjectName(QStringLiteral("breakGlassPreviewText"));
    preview->setReadOnly(true);
    preview->setAccessibleName(tr("What will happen"));
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(
        tr("Why this cannot wait for an approver (required, 10 to 2000 characters)"));
    m_justification->setTabChangesFocus(true);
    m_error = makeFieldError(QStringLiteral("justificationErrorLabel"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("Break Glass and Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("breakGlassRunButton"));
    m_run->setDefault(false);
    m_run->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(preview, 1);
    layout->addWidget(new QLabel(tr("Justification"), this));
    layout->addWidget(m_justification, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_justification, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);
    connect(m_run, &QPushButton::clicked, this, &BreakGlassDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
}

void BreakGlassDialog::submit()
{
    const QString why = m_justification->toPlainText();
    if (why.trimmed().isEmpty()) {
        showFieldError(m_error, tr("Give a justification: breaking glass without one is "
                                   "refused. Nothing was run."));
        m_justification->setFocus();
        return;
    }
    m_run->setEnabled(false);
    QPointer<BreakGlassDialog> guard(this);
    m_service->breakGlass(m_action.id, why, [guard](const Result<ActionRecord> &r) {
        if (!guard)
            return;
        guard->m_run->setEnabled(true);
        if (!r) {
            QString text = r.error().message;
            if (!text.contains(QLatin1String("Nothing was")))
                text += tr(" Nothing was run.");
            showFieldError(guard->m_error, text);
            return;
        }
        emit guard->ran(r.value());
        guard->accept();
    });
}

} // namespace ic

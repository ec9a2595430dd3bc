#include "ui/incidents/CloseIncidentDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

CloseIncidentDialog::CloseIncidentDialog(const QString &incidentRef, const QString &incidentTitle,
                                         const QStringList &undecidedClocks, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeIncidentDialog"));
    setWindowTitle(tr("Close %1").arg(incidentRef));
    auto *intro = new QLabel(
        tr("Close %1 “%2”? Write what resolved it; it goes on the incident's record with your "
           "name. You can undo or reopen it afterwards.")
            .arg(incidentRef, incidentTitle),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolutionEdit"));
    m_resolution->setPlaceholderText(
        tr("Resolution summary: cause, what was contained, what remains"));
    m_resolution->setAccessibleName(tr("Resolution summary"));
    m_resolution->setTabChangesFocus(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("closeProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_resolution, 1);
    if (!undecidedClocks.isEmpty()) {
        auto *clocks = new QLabel(
            tr("Not started: %1. It applies to this incident, but nobody set when the "
               "organisation became aware, so no deadline ran. Set it in the header first, or "
               "confirm that no notification is owed.")
                .arg(undecidedClocks.join(QStringLiteral(", "))),
            this);
        clocks->setObjectName(QStringLiteral("undecidedClocksLabel"));
        clocks->setWordWrap(true);
        clocks->setTextFormat(Qt::PlainText);
        m_noNotice =
            new QCheckBox(tr("No notification is owed (recorded with the resolution)"), this);
        m_noNotice->setObjectName(QStringLiteral("noNoticeOwedCheck"));
        layout->addWidget(clocks);
        layout->addWidget(m_noNotice);
        connect(m_noNotice, &QCheckBox::toggled, this, &CloseIncidentDialog::updateButton);
    }
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->addButton(tr("Close Incident"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("confirmCloseButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolution, &QPlainTextEdit::textChanged, this, &CloseIncidentDialog::updateButton);
    resize(520, 320);
    updateButton();
    m_resolution->setFocus();
}

QString CloseIncidentDialog::resolution() const
{
    QString text = m_resolution->toPlainText().trimmed();
    if (m_noNotice && m_noNotice->isChecked())
        text += QLatin1String("\n") + tr("No notification is owed for the clocks not started.");
    return text;
}

void CloseIncidentDialog::updateButton()
{
    const QString text = m_resolution->toPlainText().trimmed();
    QString problem;
    if (text.isEmpty())
        problem = tr("Write a resolution summary to close the incident.");
    else if (text.size() > MaxLength)
        problem = tr("The summary is %1 characters long; at most %2 are kept. Nothing was "
                     "changed.")
                      .arg(text.size())
                      .arg(MaxLength);
    else if (text.contains(QChar(0)))
        problem = tr("The summary contains a NUL character. Nothing was changed.");
    else if (m_noNotice && !m_noNotice->isChecked())
        problem = tr("A notification clock has not started: confirm no notification is owed, or "
                     "set “became aware” first.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !text.isEmpty());
    m_close->setEnabled(problem.isEmpty());
}

} // namespace ic

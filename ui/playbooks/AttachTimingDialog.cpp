#include "ui/playbooks/AttachTimingDialog.h"

#include "models/core/TimeText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ic {

namespace {

// Steps past their deadline at `nowUtc`, counted from detection; `later`:
// only those with a deadline after detection.
int overdue(const Playbook &playbook, const QDateTime &detectedAt, const QDateTime &nowUtc,
            bool later)
{
    if (!detectedAt.isValid())
        return 0;
    int n = 0;
    for (const PlaybookPhase &phase : playbook.phases) {
        for (const PlaybookStep &step : phase.steps) {
            // As a checklist step reads it: its own deadline, else its phase's.
            const Deadline &d = step.deadline.isKnown() || phase.deadline.text.isEmpty()
                                    ? step.deadline
                                    : phase.deadline;
            if (d.isKnown() && (!later || *d.minutes > 0) &&
                detectedAt.addSecs(qint64(*d.minutes) * 60) < nowUtc)
                ++n;
        }
    }
    return n;
}

} // namespace

int AttachTimingDialog::overdueAtOnce(const Playbook &playbook, const QDateTime &detectedAt,
                                      const QDateTime &nowUtc)
{
    return overdue(playbook, detectedAt, nowUtc, false);
}

bool AttachTimingDialog::isLate(const Playbook &playbook, const QDateTime &detectedAt,
                                const QDateTime &nowUtc)
{
    return overdue(playbook, detectedAt, nowUtc, true) > 0;
}

AttachTimingDialog::AttachTimingDialog(const Playbook &playbook, const QString &incidentRef,
                                       const QDateTime &detectedAt, const QDateTime &nowUtc,
                                       QWidget *parent)
    : QDialog(parent), m_now(nowUtc)
{
    setObjectName(QStringLiteral("attachTimingDialog"));
    setWindowTitle(tr("Attach “%1”").arg(playbook.name));
    const int overdue = overdueAtOnce(playbook, detectedAt, nowUtc);
    auto *intro =
        new QLabel(tr("%1 was detected %2 ago (%3). Counted from detection, %n of the playbook's "
                      "steps are overdue the moment it is attached.",
                      nullptr, overdue)
                       .arg(incidentRef, TimeText::duration(detectedAt.secsTo(nowUtc)),
                            TimeText::local(detectedAt)),
                   this);
    intro->setObjectName(QStringLiteral("attachTimingIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_fromNow = new QRadioButton(
        tr("Count the deadlines from now (%1): the playbook starts when it is attached")
            .arg(TimeText::local(nowUtc)),
        this);
    m_fromNow->setObjectName(QStringLiteral("countFromNowRadio"));
    m_fromDetection =
        new QRadioButton(tr("Count the deadlines from detection (%1), as the playbook is written")
                             .arg(TimeText::local(detectedAt)),
                         this);
    m_fromDetection->setObjectName(QStringLiteral("countFromDetectionRadio"));
    m_fromNow->setChecked(true);
    auto *note = new QLabel(tr("The choice is recorded on the incident's timeline. Steps already "
                               "done can be ticked with the time they were done."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *attach = buttons->addButton(tr("Attach"), QDialogButtonBox::AcceptRole);
    attach->setObjectName(QStringLiteral("attachTimingButton"));
    attach->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit chosen(deadlinesFrom());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fromNow);
    layout->addWidget(m_fromDetection);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QDateTime AttachTimingDialog::deadlinesFrom() const
{
    return m_fromNow->isChecked() ? m_now : QDateTime();
}

} // namespace ic

#pragma once

#include "models/playbooks/Playbook.h"

#include <QDateTime>
#include <QDialog>

class QRadioButton;

namespace ic {

// Attaching a playbook hours after detection: its deadlines count from
// detection as written, so every step may be overdue at once. This asks
// whether they count from detection or from now, and says what each means.
class AttachTimingDialog : public QDialog
{
    Q_OBJECT
public:
    // Steps whose deadline, counted from detection, has passed at `nowUtc`.
    static int overdueAtOnce(const ic::Playbook &playbook, const QDateTime &detectedAt,
                             const QDateTime &nowUtc);
    // Attached late: a step with a deadline after detection ("within 1 hour",
    // not "Immediate", which is due at once whenever it is attached) has
    // already passed it. Then the commander is asked.
    static bool isLate(const ic::Playbook &playbook, const QDateTime &detectedAt,
                       const QDateTime &nowUtc);

    AttachTimingDialog(const ic::Playbook &playbook, const QString &incidentRef,
                       const QDateTime &detectedAt, const QDateTime &nowUtc,
                       QWidget *parent = nullptr);

    // Where the deadlines count from; invalid: from detection.
    QDateTime deadlinesFrom() const;

signals:
    void chosen(const QDateTime &deadlinesFrom);

private:
    QDateTime m_now;
    QRadioButton *m_fromNow;
    QRadioButton *m_fromDetection;
};

} // namespace ic

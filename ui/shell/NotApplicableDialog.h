#pragma once

#include "models/notify/NotificationFacts.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ic {

class WorkspaceSession;

// "Became aware: not applicable". The commander says why the notification
// clocks that have not started do not apply: the facts they depend on are
// answered (no personal data, no health information, no customer data
// breach), saved with who answered, and the reason is noted on the
// incident's record. A clock that depends on something else (where the
// people are) is settled in the Notifications pane: `factsWanted`.
class NotApplicableDialog : public QDialog
{
    Q_OBJECT
public:
    NotApplicableDialog(WorkspaceSession *session, const QString &incidentId,
                        QWidget *parent = nullptr);

signals:
    void factsWanted();
    // Recorded: what the incident's record now says.
    void recorded(const QString &incidentId, const QString &text);

private:
    void load();
    void update();
    void save();

    QPointer<WorkspaceSession> m_session;
    QString m_incidentId;
    NotificationFacts m_facts;
    QStringList m_clockNames; // the clocks not started
    QLabel *m_intro;
    QCheckBox *m_noPersonalData;
    QCheckBox *m_noPhi;
    QCheckBox *m_noBreach;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_record;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace ic

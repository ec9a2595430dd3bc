#pragma once

#include "models/actions/ActionRecord.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ic {

class ActionService;

// The two-person rule for the action selected in the actions pane: where
// it stands ("Waiting for approval by an approver other than alice"), the
// exact preview its requester confirmed, and what this person may do about
// it: approve (optional note) or reject (a reason) when they are an
// approver other than the requester; break glass when they are the
// requesting commander. A control this person may not use is disabled with
// the reason as its tooltip. Shown only for actions under the rule.
class ApprovalPanel : public QGroupBox
{
    Q_OBJECT
public:
    ApprovalPanel(ActionService *service, QWidget *parent = nullptr);

    // The selected action (nullopt: none); called again when it changes.
    void setAction(const std::optional<ActionRecord> &action);
    // The permissions changed: enable again what is allowed now.
    void updateControls();

    // Who this is (the login of a team workspace).
    QString me() const;

signals:
    // Something was decided or refused: for the pane's banner.
    void message(const QString &text, bool error);

private:
    void decide(bool approve);
    void breakGlass();

    ActionService *m_service;
    std::optional<ActionRecord> m_action;
    bool m_busy = false;
    QLabel *m_state;
    QPlainTextEdit *m_preview;
    QLineEdit *m_note;
    QLabel *m_noteError;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_breakGlass;
};

} // namespace ic

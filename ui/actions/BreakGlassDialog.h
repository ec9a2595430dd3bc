#pragma once

#include "models/actions/ActionRecord.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ic {

class ActionService;

// A commander runs their own request that waits for approval alone, now:
// a justification is required (recorded and flagged BREAK-GLASS on the
// timeline); an empty one is refused and nothing is run.
class BreakGlassDialog : public QDialog
{
    Q_OBJECT
public:
    BreakGlassDialog(ActionService *service, const ActionRecord &action, QWidget *parent = nullptr);

    // For tests and the keyboard: the same as clicking the button.
    void submit();

signals:
    void ran(const ic::ActionRecord &action); // claimed: it is being sent

private:
    ActionService *m_service;
    ActionRecord m_action;
    QPlainTextEdit *m_justification;
    QLabel *m_error;
    QPushButton *m_run;
};

} // namespace ic

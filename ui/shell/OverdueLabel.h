#pragma once

#include <QLabel>
#include <QPointer>

namespace ic {

class WorkspaceSession;

// The status bar's "⚠ 13 overdue": every overdue response, escalation
// contact, checklist step and notification clock of the open incidents.
// A click (or Enter when focused) asks to go to the one overdue the longest.
class OverdueLabel : public QLabel
{
    Q_OBJECT
public:
    explicit OverdueLabel(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);
    void refresh();

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointer<WorkspaceSession> m_session;
};

} // namespace ic

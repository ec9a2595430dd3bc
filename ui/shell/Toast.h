#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace ic {

// A line at the foot of the window saying what just happened ("Severity of
// INC-2026-004 set to P1"), with one follow-up (Undo where the act can be
// undone, else View). Stays a while, longer while the pointer is on it;
// Esc or × dismisses it. Never takes the keyboard focus from the work.
class Toast : public QFrame
{
    Q_OBJECT
public:
    explicit Toast(QWidget *parent = nullptr);

    // Shows `text`; with `actionText`, a button running `action` (once).
    void showMessage(const QString &text, const QString &actionText = {},
                     std::function<void()> action = {}, int timeoutMs = 10'000);
    QString text() const;
    QPushButton *actionButton() const { return m_button; }
    void dismiss();

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QPushButton *m_button;
    QPushButton *m_close;
    std::function<void()> m_action;
    QTimer m_timer;
};

} // namespace ic

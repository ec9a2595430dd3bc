#pragma once

#include "models/actions/ActionPreview.h"
#include "models/incidents/Incident.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace ic {

class ActionService;

// Ctrl+K: the keyboard path to containment. Lists every action on the
// incident's subjects (and on an IP typed into the filter); Enter shows the
// preview, a reason and Enter confirm. Three interactions from the incident
// to "all tokens of the user revoked".
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(ActionService *service, const Incident &incident, bool readOnly,
                   QWidget *parent = nullptr);

    // The actions shown now ("Revoke all tokens of user usr_42", ...), in
    // their order (grouped by reach: one key, one user, a tenant, a network).
    QStringList entries() const;

    // "One user", ...: a group's title (`reach` 0 key .. 3 network).
    static QString reachTitle(int reach);
    // What an action does, in plain words ("API key k stops working; ...").
    static QString impact(ActionKind kind, const QString &target);

signals:
    void submitted(const ic::ActionRecord &action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void choose();
    void confirm();
    void back();
    void showError(const QString &text);
    void step(int by, int from);
    QString doneText(ActionKind kind, const QString &target) const;
    void setDone(const QList<ActionRecord> &actions);

    ActionService *m_service;
    Incident m_incident;
    bool m_readOnly;
    QStackedWidget *m_stack;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_impact;
    QPlainTextEdit *m_preview;
    QToolButton *m_showTechnical;
    QPlainTextEdit *m_technical;
    QList<ActionRecord> m_done; // asked for on this incident before
    QLineEdit *m_reason;
    QLabel *m_error;
    std::optional<ActionPreview> m_current;
    bool m_busy = false;
};

} // namespace ic

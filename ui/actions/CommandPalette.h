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

    // The entries shown now ("Revoke all tokens of user usr_42", ...).
    QStringList entries() const;

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

    ActionService *m_service;
    Incident m_incident;
    bool m_readOnly;
    QStackedWidget *m_stack;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_title;
    QPlainTextEdit *m_preview;
    QLineEdit *m_reason;
    QLabel *m_error;
    std::optional<ActionPreview> m_current;
    bool m_busy = false;
};

} // namespace ic

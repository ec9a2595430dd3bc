#pragma once

#include "models/audit/AuditFilter.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ic {

class AuditTableView;
class SqlConsoleModel;

// The read-only SQL console: a query, Run (Ctrl+Enter) and Cancel, a
// timeout, and the result in the same windowed table as the audit log.
class SqlConsolePane : public QWidget
{
    Q_OBJECT
public:
    SqlConsolePane(SqlConsoleModel *model, QWidget *parent = nullptr);

    // Runs `sql` with bound values (from an investigation or another pane).
    void run(const QString &sql, const QVariantList &params = {});
    // The values bound to the last statement run (from an investigation).
    QVariantList params() const { return m_params; }
    QString sql() const;
    AuditTableView *view() const { return m_view; }
    SqlConsoleModel *model() const { return m_model; }

signals:
    void ran(const ic::SqlStatement &statement);

private:
    void updateStatus();

    SqlConsoleModel *m_model;
    QPlainTextEdit *m_edit;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QSpinBox *m_timeout;
    QLabel *m_status;
    AuditTableView *m_view;
    QTimer *m_ticker;
    QElapsedTimer m_clock;
    QVariantList m_params;
    QString m_problem;
};

} // namespace ic

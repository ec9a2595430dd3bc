#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ic {

class ApprovalWatch;

// The requests waiting for this person's approval, in every incident:
// what, who asked, and the exact preview they confirmed. Show opens the
// incident's actions, where Approve and Reject are.
class WaitingApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    WaitingApprovalsDialog(ApprovalWatch *watch, QWidget *parent = nullptr);

signals:
    void showIncident(const QString &incidentId);

private:
    void fill();
    void showSelected();

    ApprovalWatch *m_watch;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPlainTextEdit *m_preview;
    QPushButton *m_show;
};

} // namespace ic

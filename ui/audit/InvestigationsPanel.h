#pragma once

#include "models/audit/Investigation.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ic {

// The playbooks' queries and the team's own, one click away: pick one, its
// parameters come from the selected incident (and can be changed), Run. The
// exact SQL and values of what ran stay visible and copyable for the report.
class InvestigationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InvestigationsPanel(QWidget *parent = nullptr);

    void setSaved(const QList<Investigation> &saved);
    void setIncident(const Incident *incident);
    void setReadOnly(bool readOnly);
    // What ran last, for the report.
    void showStatement(const QString &title, const SqlStatement &statement);
    void showProblem(const QString &message);
    const Investigation *current() const;
    bool select(const QString &id);
    QMap<QString, QString> values() const;

signals:
    void runRequested(const ic::Investigation &investigation, const QMap<QString, QString> &values);
    void saveRequested(const QString &name);
    void deleteRequested(const ic::Investigation &investigation);
    void copied(const QString &what);

private:
    void rebuild();
    void currentChanged();

    QListWidget *m_list;
    QLabel *m_description;
    QFormLayout *m_params;
    QWidget *m_paramsBox;
    QLabel *m_problem;
    QPushButton *m_run;
    QPushButton *m_delete;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QLabel *m_statementTitle;
    QPlainTextEdit *m_statement;
    QPushButton *m_copy;
    QList<Investigation> m_all;
    QMap<QString, QLineEdit *> m_edits;
    Incident m_incident;
    bool m_hasIncident = false;
};

} // namespace ic

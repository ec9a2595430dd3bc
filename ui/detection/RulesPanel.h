#pragma once

#include "models/detection/Alert.h"
#include "models/detection/RuleLibrary.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ic {

// The detection rules of the workspace: each with its last run, watermark
// and failures; the rule files that could not be used; the user's rule
// folders.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPanel(bool readOnly, QWidget *parent = nullptr);

    void setRules(const QList<ic::Rule> &rules, const QList<ic::RuleProblem> &problems);
    void setStates(const QList<ic::RuleState> &states);
    void setRunning(const QString &ruleId); // empty: none
    void setFolders(const QStringList &folders);
    QStringList folders() const;
    QString selectedRuleId() const;
    // Why this person may not reset a rule (empty: they may; an admin's).
    void setResetRefusal(const QString &whyNot);

signals:
    void foldersChanged(const QStringList &folders);
    void addFolderRequested();
    void rescanRequested(const QString &ruleId);

private:
    void refresh();

    bool m_readOnly;
    QString m_resetRefusal;
    QList<Rule> m_rules;
    QList<RuleProblem> m_problems;
    QHash<QString, RuleState> m_states;
    QString m_running;
    QTableWidget *m_table;
    QLabel *m_problemsLabel;
    QListWidget *m_folders;
    QPushButton *m_addFolder;
    QPushButton *m_removeFolder;
    QPushButton *m_rescan;
};

} // namespace ic

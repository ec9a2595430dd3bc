#pragma once

#include "models/core/Result.h"
#include "models/escalation/EscalationPolicy.h"
#include "ui/Panes.h"

#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace ic {

class EscalationGraphView;
class EscalationModel;
class EscalationNodePanel;
class EscalationStore;
class MessageBanner;

// The "Escalation" tab beside the incident details: the workspace's
// escalation policy as a graph with the selected incident's path lit up,
// who was notified and acknowledged when, who is next and by when, what is
// overdue; one click records a notification or an acknowledgement.
class EscalationPane : public IncidentPane
{
    Q_OBJECT
public:
    EscalationPane(const PaneContext &context, QWidget *parent = nullptr);
    ~EscalationPane() override;

    static QString paneTitle() { return tr("Escalation"); }
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;
    // "escalation.show" {node}: select that node.
    bool handleRequest(const QString &what, const QVariantMap &arguments) override;

    EscalationStore *store() const { return m_store; }
    EscalationModel *model() const { return m_model; }
    EscalationGraphView *graph() const { return m_graph; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void policiesLoaded(const QList<ic::EscalationPolicy> &policies, const QString &active);
    void applyPolicy(const ic::EscalationPolicy &policy);
    void refreshViews();
    void showCurrentNode();
    void record(const QString &nodeId, int contactPosition, bool acknowledged);
    void setDataBreach(std::optional<bool> value);
    void choosePolicy(int index);
    void chooseGraph(int index);
    void updateGraphChoice(const EscalationPolicy &policy);
    void importPolicy();
    void exportGraph(bool svg);
    void showError(const ic::Error &error);

    PaneContext m_context;
    EscalationStore *m_store;
    EscalationModel *m_model;
    EscalationGraphView *m_graph = nullptr;
    EscalationNodePanel *m_panel = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_policyCombo = nullptr;
    QComboBox *m_breachCombo = nullptr;
    QLabel *m_graphLabel = nullptr;
    QComboBox *m_graphCombo = nullptr; // which flowchart of a document with several
    QPushButton *m_importButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_nextLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    QTimer *m_tick = nullptr;
    QSplitter *m_split = nullptr;
    QSplitter *m_ladderSplit = nullptr;
    bool m_userSplit = false;
    QString m_autoNode; // the node the pane selected, not the user

    QList<EscalationPolicy> m_policies;
    QString m_activePolicy;
    QString m_incidentId;
    IncidentFacts m_facts; // of the selected incident, as this window knows it
};

} // namespace ic

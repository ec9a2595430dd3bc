#pragma once

#include "models/detection/Alert.h"
#include "models/store/ConnectionProfile.h"
#include "ui/ColumnFit.h"
#include "ui/Panes.h"

#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeView;
class QTabWidget;

namespace ic {

class AlertDetail;
class AuditPasswordRow;
class AlertListModel;
class AlertStore;
class AuditSource;
class DetectionRunner;
class Detector;
class MessageBanner;
class RulesPanel;
struct PassSummary;

// Alerts raised by the detection rules: the list (severity written out and
// coloured as in the incident list), grouped by rule (one line per rule with
// its count, expandable), an alert's matched audit rows, promoting it (or a
// group, as one incident) to an incident, linking it to the open incident
// that covers it, or dismissing it (or a group) with a reason; and the rules with their last run,
// watermark and failures. Rules run on a worker on their schedule and on "Run Now". A profile's
// separate audit database is what the rules read: they start once its password is known (session,
// keychain, or typed here).
class AlertsView : public WorkspaceView
{
    Q_OBJECT
public:
    AlertsView(const PaneContext &context, QWidget *parent = nullptr);
    ~AlertsView() override;

    static QString paneTitle() { return tr("Alerts"); }
    static QList<QAction *> createActions(QObject *owner);

    QString title() const override { return paneTitle(); }

    // The session's detector while one runs.
    Detector *detector() const;
    AlertStore *store() const { return m_store; }
    // Adds a rule folder without the file dialog (tests, drag and drop).
    void addRuleFolder(const QString &folder);
    bool selectAlert(qint64 alertId);
    void promoteSelected();
    void dismissSelected();
    // Links the selected alert or group to the incident chosen beside it.
    void linkSelected();
    // Opens the incident the selected line went to (or is suggested for).
    void openSelectedIncident();
    void setGrouped(bool grouped);
    void runNow();
    // Waiting for the password of the profile's separate audit database.
    bool isWaitingForAuditPassword() const;

private:
    void buildUi();
    // How the list's columns give way when the view is narrow.
    QList<ColumnFit::Give> giveWay() const;
    void reload();
    void showSelected();
    void showRows(qint64 alertId, const QList<ic::AlertRow> &rows);
    void updateEnabled();
    void passFinished(const ic::PassSummary &summary);
    void chooseRuleFolder();
    void saveRuleFolders(const QStringList &folders);
    const Alert *selected() const;
    // The alerts of the selected line: the alert, or a group's.
    QList<ic::Alert> selectedAlerts() const;
    void connectTriage();
    void showLinked(const QList<ic::Alert> &alerts, const ic::Incident &incident,
                    const QList<qint64> &skipped);
    void openIncident(const QString &incidentId);
    void loadIncidents();
    void showError(const ic::Error &error);
    void watchDetector(ic::Detector *detector);
    void askAuditPassword(const QString &problem);
    void auditSourceReady();

    PaneContext m_context;
    AlertStore *m_store;
    DetectionRunner *m_runner; // null when this session runs no rules at all
    AuditSource *m_source;
    bool m_canDetect = false; // a writable workspace: rules run here
    bool m_bannerAsksPassword = false;
    AlertListModel *m_model;
    std::optional<qint64> m_wantSelected;
    QSet<QString> m_expanded;   // the rules whose group is open
    QString m_promotedIncident; // the incident the last promotion made

    MessageBanner *m_banner;
    AuditPasswordRow *m_passwordRow;
    QComboBox *m_filter;
    QCheckBox *m_group;
    QPushButton *m_runNow;
    QLabel *m_runStatus;
    QTabWidget *m_tabs;
    QTreeView *m_table;
    ColumnFit *m_fit;
    AlertDetail *m_detail;
    QPushButton *m_promote;
    QLineEdit *m_reason;
    QPushButton *m_dismiss;
    RulesPanel *m_rules;
    QAction *m_runAction;
    QAction *m_promoteAction;
    QAction *m_dismissAction;
    QAction *m_linkAction;
};

} // namespace ic

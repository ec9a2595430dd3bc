#pragma once

#include "models/core/Result.h"
#include "models/detection/Alert.h"
#include "models/detection/AlertPromotion.h"
#include "models/incidents/Incident.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/WorkspaceStore.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace ic {

class Clock;
class IncidentStore;
class SqlExecutor;

// The alerts of the open workspace, for the UI: every call returns at once
// and answers by signal after the worker thread talked to the database.
// Promoting goes through the incident store, so every pane sees the new
// incident; dismissing needs a reason. Both are recorded on the alert.
class AlertStore : public WorkspaceStore
{
    Q_OBJECT
public:
    // Without an incident store, alerts can be read but not promoted.
    AlertStore(SqlExecutor *executor, IncidentStore *incidents, const Clock &clock, QString actor,
               QObject *parent = nullptr);

    void setPlaybookFolders(const QStringList &folders) { m_playbookFolders = folders; }
    // A profile with a separate audit database: the matched rows of alerts
    // are read there (the rules read it), not from the workspace's own
    // audit_logs. Until setAuditSource() is called, rows come back empty.
    void expectAuditSource() { m_auditExpected = true; }
    void setAuditSource(const ConnectionSpec &spec);

    // `statuses` empty: every alert.
    void reload(const QList<ic::AlertStatus> &statuses = {});
    void loadRuleStates();
    void loadRows(qint64 alertId);
    void dismiss(const ic::Alert &alert, const QString &reason);
    void promote(const ic::Alert &alert,
                 std::function<void(const Result<ic::PromotionOutcome> &)> done = {});
    // One incident for several alerts of one rule: the first (the lead) is
    // promoted with a draft for all of them, the others are linked to it.
    void promoteGroup(const QList<ic::Alert> &alerts,
                      std::function<void(const Result<ic::PromotionOutcome> &)> done = {});
    // Marks the open ones of `alerts` promoted to the existing `incident`
    // (no new incident): recorded on each alert and on the incident's
    // timeline. Refused with the reason, nothing changed, when the workspace
    // is read-only, the incident is closed or none of them is open.
    void link(const QList<ic::Alert> &alerts, const ic::Incident &incident,
              std::function<void(const Result<ic::LinkOutcome> &)> done = {});
    // Dismisses the open ones of `alerts` with one reason, in one transaction.
    void dismissAll(const QList<ic::Alert> &alerts, const QString &reason);
    // The rule reads every audit row again at its next run.
    void resetWatermark(const QString &ruleId);

signals:
    void alertsLoaded(const QList<ic::Alert> &alerts);
    void ruleStatesLoaded(const QList<ic::RuleState> &states);
    void rowsLoaded(qint64 alertId, const QList<ic::AlertRow> &rows);
    void alertChanged(const ic::Alert &alert);
    void promoted(const ic::Alert &alert, const ic::Incident &incident, bool playbookAttached);
    // Alerts linked to an existing incident (also the rest of a promoted group).
    void linked(const QList<ic::Alert> &alerts, const ic::Incident &incident,
                const QList<qint64> &skipped);
    void dismissedAll(const QList<ic::Alert> &alerts, const QList<qint64> &skipped);

private:
    bool refuseReadOnly(const QString &what);
    void promoteWith(const ic::Alert &lead, const ic::NewIncident &draft,
                     const QList<ic::Alert> &rest,
                     std::function<void(const Result<ic::PromotionOutcome> &)> done);
    void linkJob(const QList<ic::Alert> &alerts, const ic::Incident &incident,
                 std::function<void(const Result<ic::LinkOutcome> &)> done);

    SqlExecutor *m_audit = nullptr; // a child: the separate audit database
    bool m_auditExpected = false;
    QPointer<IncidentStore> m_incidents;
    QStringList m_playbookFolders;
};

} // namespace ic

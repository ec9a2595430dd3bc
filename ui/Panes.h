#pragma once

#include "models/incidents/Incident.h"

#include <QAction>
#include <QList>
#include <QObject>
#include <QVariantMap>
#include <QWidget>

namespace ic {

class Clock;
class IncidentListModel;
class IncidentStore;
class SecretStore;
class Settings;
class WorkspaceConnection;

// Cross-pane requests ("open this query in the audit explorer", "show that
// incident"): panes emit, MainWindow routes. Keeps panes from knowing each other.
class Navigator : public QObject
{
    Q_OBJECT
signals:
    void showIncident(const QString &incidentId);
    // Named request with arguments, e.g. "audit.query" {sql, params}, or
    // "actions.prefill" {action, subjects}; a view that handles it raises itself.
    void request(const QString &what, const QVariantMap &arguments);
};

// What a pane may use of the open workspace. Valid while the workspace is open.
struct PaneContext
{
    WorkspaceConnection *workspace = nullptr;
    IncidentStore *store = nullptr;
    IncidentListModel *incidents = nullptr;
    const Clock *clock = nullptr;
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    Navigator *navigator = nullptr;
    bool readOnly = false;
};

// A tab beside the incident details, about the selected incident.
class IncidentPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // nullptr: no incident selected. Called again when the incident changes.
    virtual void setIncident(const ic::Incident *incident) = 0;
    // Actions for the Incident menu (with shortcuts), if any.
    virtual QList<QAction *> menuActions() { return {}; }
    // Handles a Navigator request; returns true if it did (then it is shown).
    virtual bool handleRequest(const QString &, const QVariantMap &) { return false; }
    // Work typed in the pane and not yet in the workspace ("the review
    // draft"), for the status bar; "" when everything is stored.
    virtual QString unsavedWork() const { return {}; }

signals:
    void unsavedWorkChanged();
};

// A workspace-wide view beside the incident list (audit logs, playbooks...).
class WorkspaceView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual QList<QAction *> menuActions() { return {}; }
    virtual bool handleRequest(const QString &, const QVariantMap &) { return false; }
    // The incident selected in the incident list (for prefilled filters).
    virtual void setCurrentIncident(const ic::Incident *) {}
};

// The panes and views this build has; each feature adds its own line in
// Panes.cpp. Created when a workspace opens, destroyed when it closes.
QList<IncidentPane *> createIncidentPanes(const PaneContext &context, QWidget *parent);
QList<WorkspaceView *> createWorkspaceViews(const PaneContext &context, QWidget *parent);

} // namespace ic

#pragma once

#include "models/incidents/Incident.h"

#include <QAction>
#include <QList>
#include <QObject>
#include <QVariantMap>
#include <QWidget>

#include <functional>

namespace ic {

class Clock;
class Permissions;
class Settings;
class WorkspaceSession;

// Cross-pane requests ("open this query in the audit explorer", "show that
// incident"): panes emit, the window routes. Keeps panes from knowing each other.
class Navigator : public QObject
{
    Q_OBJECT
signals:
    void showIncident(const QString &incidentId);
    // Named request with arguments, e.g. "audit.query" {sql, params}, or
    // "actions.prefill" {action, subjects}; the pane that handles it is shown.
    void request(const QString &what, const QVariantMap &arguments);
};

// What a pane gets: the open workspace (its services, who is connected and
// what they may do), the person's settings, the navigator, and the menu
// actions the window made for it before it was built. Valid while the
// workspace is open; a pane never builds a service or opens a connection.
struct PaneContext
{
    WorkspaceSession *session = nullptr;
    Settings *settings = nullptr;
    Navigator *navigator = nullptr;
    QList<QAction *> actions;

    const Clock &clock() const;
    const Permissions &permissions() const;
    // This pane's menu action with that object name (see PaneSpec::actions).
    QAction *action(const char *objectName) const;
};

// A feature tab: beside the incident details (about the selected incident)
// or beside the incident list (workspace-wide).
class Pane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    // The incident selected in the list (nullptr: none); called again when
    // it changes or is saved.
    virtual void showIncident(const ic::Incident *incident) = 0;
    // Handles a Navigator request; returns true if it did (then it is shown).
    virtual bool handleRequest(const QString &, const QVariantMap &) { return false; }
    // Work typed in the pane and not yet in the workspace ("the review
    // draft"), for the status bar; "" when everything is stored.
    virtual QString unsavedWork() const { return {}; }

signals:
    void unsavedWorkChanged();
};

// A tab beside the incident details, about the selected incident.
class IncidentPane : public Pane
{
    Q_OBJECT
public:
    using Pane::Pane;
    virtual void setIncident(const ic::Incident *incident) = 0;
    void showIncident(const ic::Incident *incident) final { setIncident(incident); }
};

// A workspace-wide view beside the incident list (audit logs, playbooks...).
class WorkspaceView : public Pane
{
    Q_OBJECT
public:
    using Pane::Pane;
    // The incident selected in the incident list (for prefilled filters).
    virtual void setCurrentIncident(const ic::Incident *) {}
    void showIncident(const ic::Incident *incident) final { setCurrentIncident(incident); }
};

// How the window knows a pane before it exists: its tab, its menu actions
// (so their shortcuts work at once), the requests it answers, and how to
// build it when its tab is first shown.
struct PaneSpec
{
    enum class Place { Incident, Workspace };

    Place place = Place::Incident;
    QString objectName;
    std::function<QString()> title;
    QStringList requests;
    // The pane's menu actions, made by the window (owner) before the pane.
    std::function<QList<QAction *>(QObject *owner)> actions;
    std::function<Pane *(const PaneContext &context, QWidget *parent)> create;
    // Optional, run when the workspace opens, built or not: keeps the tab's
    // text current (e.g. "Actions (1 unfinished)") through `setTabText`.
    std::function<void(WorkspaceSession &session, QObject *context,
                       std::function<void(const QString &)> setTabText)>
        watch;
};

// The panes and views this build has, in the order they appear; each
// feature adds its own entry in Panes.cpp.
const QList<PaneSpec> &paneSpecs();

// Makes an action for a pane's menu: text, object name, optional shortcut.
QAction *makePaneAction(QObject *owner, const QString &text, const char *objectName,
                        const QKeySequence &shortcut = {});

} // namespace ic

#pragma once

#include "ui/Panes.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;
class QTabWidget;

namespace ic {

// The feature panes of one open workspace in the window: each gets its tab
// and its menu actions at once, and is built only when its tab is first
// shown, one of its actions is used, or a request it answers comes in
// (opening a workspace stays quick). Deleting the host takes its tabs,
// menus and panes away.
class PaneHost : public QObject
{
    Q_OBJECT
public:
    PaneHost(PaneContext context, QMainWindow *window, QTabWidget *incidentTabs,
             QTabWidget *mainTabs, QMenu *incidentMenu, QAction *menusBefore);
    ~PaneHost() override;

    // The incident selected in the list; every pane, built or later, gets it.
    void setIncident(const ic::Incident *incident);
    // Routes a Navigator request to the pane that answers it (building it if
    // need be) and shows that pane; false when none answers.
    bool route(const QString &what, const QVariantMap &arguments);
    // Builds the pane with that object name if need be, shows it, returns it.
    Pane *showPane(const QString &objectName);
    // The pane if it was built.
    Pane *pane(const QString &objectName) const;
    // What the built panes have typed and not stored yet (Pane::unsavedWork).
    QStringList unsavedWork() const;

signals:
    // A built pane's unsaved work changed (for the status bar).
    void unsavedWorkChanged();
    // A pane's tab text changed ("Actions (1 unfinished)"), for the side list.
    void tabTextChanged();

private:
    struct Slot
    {
        const PaneSpec *spec = nullptr;
        QTabWidget *tabs = nullptr;
        QPointer<QWidget> placeholder;
        QPointer<Pane> pane;
        QList<QAction *> actions;
        QMenu *menu = nullptr; // a workspace view's own menu
    };

    Pane *build(Slot &slot);
    void show(Slot &slot);
    void tabShown(QTabWidget *tabs, int index);
    void setTabText(Slot &slot, const QString &text);
    void addShortcuts();

    PaneContext m_context;
    QMainWindow *m_window;
    QTabWidget *m_incidentTabs;
    QTabWidget *m_mainTabs;
    QMenu *m_incidentMenu;
    QList<Slot> m_slots;
    QList<QAction *> m_ownActions; // separators and tab shortcuts
    QString m_incidentId;
    bool m_swapping = false;
};

} // namespace ic

#include "ui/PaneHost.h"

#include "models/incidents/IncidentListModel.h"
#include "models/session/WorkspaceSession.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>

namespace ic {

PaneHost::PaneHost(PaneContext context, QMainWindow *window, QTabWidget *incidentTabs,
                   QTabWidget *mainTabs, QMenu *incidentMenu, QAction *menusBefore)
    : QObject(window), m_context(std::move(context)), m_window(window),
      m_incidentTabs(incidentTabs), m_mainTabs(mainTabs), m_incidentMenu(incidentMenu)
{
    const QList<PaneSpec> &specs = paneSpecs();
    m_slots.reserve(specs.size());
    for (const PaneSpec &spec : specs) {
        Slot slot;
        slot.spec = &spec;
        const bool incident = spec.place == PaneSpec::Place::Incident;
        slot.tabs = incident ? incidentTabs : mainTabs;
        // Until it is built, its tab holds an empty page.
        auto *placeholder = new QWidget;
        placeholder->setObjectName(spec.objectName + QStringLiteral("Placeholder"));
        slot.placeholder = placeholder;
        slot.tabs->addTab(placeholder, spec.title());
        if (spec.actions) {
            slot.actions = spec.actions(this);
            if (incident) {
                m_ownActions << m_incidentMenu->addSeparator();
                m_incidentMenu->addActions(slot.actions);
            } else {
                slot.menu = new QMenu(spec.title(), window);
                slot.menu->addActions(slot.actions);
                window->menuBar()->insertMenu(menusBefore, slot.menu);
            }
            window->addActions(slot.actions);
        }
        m_slots.append(slot);
    }
    // An action of a pane not built yet builds it, then does its job.
    for (int i = 0; i < m_slots.size(); ++i) {
        for (QAction *a : std::as_const(m_slots[i].actions)) {
            connect(a, &QAction::triggered, this, [this, i, a] {
                if (m_slots[i].pane)
                    return;
                build(m_slots[i]);
                a->trigger();
            });
        }
    }
    for (QTabWidget *tabs : {incidentTabs, mainTabs})
        connect(tabs, &QTabWidget::currentChanged, this,
                [this, tabs](int index) { tabShown(tabs, index); });
    for (Slot &slot : m_slots) {
        if (slot.spec->watch) {
            Slot *s = &slot;
            slot.spec->watch(*m_context.session, this,
                             [this, s](const QString &text) { setTabText(*s, text); });
        }
    }
    addShortcuts();
}

PaneHost::~PaneHost()
{
    // Panes going away tell nobody about their unsaved work.
    blockSignals(true);
    for (QAction *a : std::as_const(m_ownActions)) {
        m_incidentMenu->removeAction(a);
        m_window->removeAction(a);
        delete a;
    }
    for (Slot &slot : m_slots) {
        for (QAction *a : std::as_const(slot.actions)) {
            m_incidentMenu->removeAction(a);
            m_window->removeAction(a);
        }
        if (slot.menu) {
            m_window->menuBar()->removeAction(slot.menu->menuAction());
            slot.menu->deleteLater();
        }
        QWidget *page = slot.pane ? static_cast<QWidget *>(slot.pane) : slot.placeholder.data();
        if (page) {
            slot.tabs->removeTab(slot.tabs->indexOf(page));
            page->deleteLater();
        }
    }
}

void PaneHost::addShortcuts()
{
    // Ctrl+1.. show the incident's panes (as numbered in the side list),
    // Alt+1.. the main tabs.
    for (int i = 0; i < m_mainTabs->count() && i < 9; ++i) {
        auto *a = new QAction(tr("Show the %1 tab").arg(m_mainTabs->tabText(i)), this);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, m_mainTabs, [this, i] { m_mainTabs->setCurrentIndex(i); });
        m_window->addAction(a);
        m_ownActions << a;
    }
    for (int i = 0; i < m_incidentTabs->count() && i < 9; ++i) {
        auto *a = new QAction(tr("Show the incident's %1").arg(m_incidentTabs->tabText(i)), this);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, m_incidentTabs, [this, i] {
            m_mainTabs->setCurrentIndex(0);
            m_incidentTabs->setCurrentIndex(i);
        });
        m_window->addAction(a);
        m_ownActions << a;
    }
}

QStringList PaneHost::unsavedWork() const
{
    QStringList out;
    for (const Slot &slot : m_slots) {
        if (!slot.pane)
            continue;
        if (const QString work = slot.pane->unsavedWork(); !work.isEmpty())
            out << work;
    }
    return out;
}

Pane *PaneHost::build(Slot &slot)
{
    if (slot.pane)
        return slot.pane;
    PaneContext context = m_context;
    context.actions = slot.actions;
    Pane *pane = slot.spec->create(context, slot.tabs);
    pane->setObjectName(slot.spec->objectName);
    slot.pane = pane;
    connect(pane, &Pane::unsavedWorkChanged, this, &PaneHost::unsavedWorkChanged);
    const int index = slot.tabs->indexOf(slot.placeholder);
    {
        // Swapping the page must not look like the person chose another tab.
        const QSignalBlocker block(slot.tabs);
        m_swapping = true;
        const bool current = slot.tabs->currentIndex() == index;
        const QString text = slot.tabs->tabText(index);
        slot.tabs->insertTab(index, pane, text);
        slot.tabs->removeTab(index + 1);
        if (current)
            slot.tabs->setCurrentIndex(index);
        m_swapping = false;
    }
    if (slot.placeholder)
        slot.placeholder->deleteLater();
    const Incident *incident = m_incidentId.isEmpty() || !m_context.session->incidentList()
                                   ? nullptr
                                   : m_context.session->incidentList()->incidentById(m_incidentId);
    pane->showIncident(incident);
    return pane;
}

void PaneHost::tabShown(QTabWidget *tabs, int index)
{
    if (m_swapping || index < 0)
        return;
    QWidget *page = tabs->widget(index);
    for (Slot &slot : m_slots) {
        if (slot.tabs == tabs && slot.placeholder && slot.placeholder == page && !slot.pane) {
            build(slot);
            return;
        }
    }
}

void PaneHost::show(Slot &slot)
{
    Pane *pane = build(slot);
    if (slot.tabs == m_incidentTabs) {
        m_mainTabs->setCurrentIndex(0);
        m_incidentTabs->setCurrentWidget(pane);
    } else {
        m_mainTabs->setCurrentWidget(pane);
    }
}

void PaneHost::setTabText(Slot &slot, const QString &text)
{
    QWidget *page = slot.pane ? static_cast<QWidget *>(slot.pane) : slot.placeholder.data();
    const int index = page ? slot.tabs->indexOf(page) : -1;
    if (index >= 0) {
        slot.tabs->setTabText(index, text.isEmpty() ? slot.spec->title() : text);
        emit tabTextChanged();
    }
}

void PaneHost::setIncident(const Incident *incident)
{
    m_incidentId = incident ? incident->id : QString();
    for (Slot &slot : m_slots) {
        if (slot.pane)
            slot.pane->showIncident(incident);
    }
}

bool PaneHost::route(const QString &what, const QVariantMap &arguments)
{
    // Workspace views first, then the incident's panes: the order they show.
    for (const PaneSpec::Place place : {PaneSpec::Place::Workspace, PaneSpec::Place::Incident}) {
        for (Slot &slot : m_slots) {
            if (slot.spec->place != place)
                continue;
            if (!slot.pane && !slot.spec->requests.contains(what))
                continue;
            if (build(slot)->handleRequest(what, arguments)) {
                show(slot);
                return true;
            }
        }
    }
    return false;
}

Pane *PaneHost::showPane(const QString &objectName)
{
    for (Slot &slot : m_slots) {
        if (slot.spec->objectName == objectName) {
            show(slot);
            return slot.pane;
        }
    }
    return nullptr;
}

Pane *PaneHost::pane(const QString &objectName) const
{
    for (const Slot &slot : m_slots) {
        if (slot.spec->objectName == objectName)
            return slot.pane;
    }
    return nullptr;
}

} // namespace ic

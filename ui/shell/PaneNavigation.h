#pragma once

#include <QListWidget>
#include <QTabWidget>

namespace ic {

// A tab widget whose own tab bar stays hidden: a PaneNavigation beside it
// names its pages. Says when pages come and go.
class SideTabWidget : public QTabWidget
{
    Q_OBJECT
public:
    explicit SideTabWidget(QWidget *parent = nullptr);

signals:
    void pagesChanged();

protected:
    void tabInserted(int index) override;
    void tabRemoved(int index) override;
};

// The incident's panes as a list down the side (as Qt Creator's mode bar):
// every pane's full name, whatever the window's width or language, one
// Ctrl+digit each, reachable by keyboard (arrows move between panes).
class PaneNavigation : public QListWidget
{
    Q_OBJECT
public:
    explicit PaneNavigation(SideTabWidget *tabs, QWidget *parent = nullptr);

    // Reads the pages' names again (after one changed, e.g. "Actions (1 unfinished)").
    void refresh();
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    SideTabWidget *m_tabs;
    bool m_syncing = false;
};

} // namespace ic

// The main window's menu bar (its own file: MainWindow.cpp holds the window's
// layout and the workspace's lifecycle).
#include "ui/MainWindow.h"

#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/incidents/IncidentCommands.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/Toast.h"
#include "ui/store/WorkspaceChooser.h"
#include "ui/team/TeamShell.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenuBar>

namespace ic {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_chooser->addTo(file, [this] { openDemoWorkspace(); });
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_incidentMenu = menuBar()->addMenu(tr("&Incident"));
    m_commands->addTo(m_incidentMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<Settings::Theme, QString> themes[] = {{Settings::Theme::System, tr("&System")},
                                                          {Settings::Theme::Light, tr("&Light")},
                                                          {Settings::Theme::Dark, tr("&Dark")}};
    for (const auto &[value, label] : themes) {
        QAction *a = theme->addAction(label, this, [this, chosen = value] { setTheme(chosen); });
        a->setCheckable(true);
        a->setChecked(m_settings.theme() == value);
        group->addAction(a);
    }
    auto *name = view->addAction(tr("Your &Name…"), this, [this] {
        auto *dlg = new QInputDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setWindowTitle(tr("Your Name"));
        dlg->setLabelText(tr("The name recorded with everything you do:"));
        dlg->setTextValue(m_settings.actorName());
        connect(dlg, &QInputDialog::textValueSelected, this, [this](const QString &v) {
            if (v.trimmed().isEmpty())
                return;
            m_settings.setActorName(v);
            if (m_session)
                m_session->setActor(m_settings.actorName());
            updateStatus();
        });
        dlg->open();
    });
    name->setObjectName(QStringLiteral("actorNameAction"));

    m_team->addMenu(menuBar());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    // Every shortcut the window has now, read from its actions when it opens.
    auto *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        if (auto *open = findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"))) {
            open->refresh();
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dlg = new ShortcutsDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    keys->setShortcutContext(Qt::WindowShortcut);
    addAction(keys);
    help->addSeparator();
    help->addAction(tr("&About Incident Commander"), this, [this] {
        m_banner->clearActions();
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Incident Commander %1 — a desktop console for security incidents: "
                          "live incidents, response countdowns, playbooks, containment and "
                          "notifications.")
                           .arg(QStringLiteral(IC_VERSION)));
    });
}

} // namespace ic

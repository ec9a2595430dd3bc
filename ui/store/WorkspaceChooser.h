#pragma once

#include "models/store/ConnectionProfile.h"

#include <QObject>

class QMenu;
class QWidget;

namespace ic {

class SessionOpener;
class Settings;

// How the person picks the workspace to open: the File menu's entries (a
// workspace file, a new one, a team database, the demo, the recent ones),
// their dialogs, and the password dialog when the opener needs one. What
// was picked goes to the SessionOpener.
class WorkspaceChooser : public QObject
{
    Q_OBJECT
public:
    WorkspaceChooser(Settings &settings, SessionOpener *opener, QWidget *window);

    // Adds the entries to the File menu; `openDemo` opens the demo workspace.
    void addTo(QMenu *file, std::function<void()> openDemo);
    void updateRecent();

    void chooseFile(bool create);
    void showConnectDialog();
    void askPassword(const ic::ConnectionProfile &profile, const QString &reason, bool createStore);

    // Where workspace files go unless the person says otherwise.
    static QString defaultWorkspacePath();

private:
    Settings &m_settings;
    SessionOpener *m_opener;
    QWidget *m_window;
    QMenu *m_recent = nullptr;
};

} // namespace ic

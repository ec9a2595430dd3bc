#pragma once

#include "models/core/Result.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/ConnectionProfile.h"

#include <QObject>
#include <QPointer>

namespace ic {

class Clock;
class SecretStore;
class Settings;

// Opens workspace sessions for the window, one at a time: a newer request
// replaces one still opening. A team workspace's password comes from the
// caller (then it is kept in the keychain, the only place a password may
// live), else from the keychain; when neither has it, or the server refused
// the stored one, it asks (passwordNeeded) and the caller tries again.
class SessionOpener : public QObject
{
    Q_OBJECT
public:
    SessionOpener(Settings &settings, SecretStore *secrets, const Clock &clock,
                  QObject *parent = nullptr);

    // Opens with the password given (none for a workspace file).
    void open(const ConnectionProfile &profile, const QString &password = {},
              WorkspaceSession::AfterOpen afterOpen = {}, bool createIfMissing = false);
    // The demo workspace at `path`: created and filled with demo data (with
    // progress) the first time, opened as it is afterwards.
    void openDemo(const QString &path, const QString &name);
    // A team workspace: the password given, else the keychain's, else asks.
    // `createStore` sets up the incident store in a database without one.
    void connectTeam(const ConnectionProfile &profile, const QString &password = {},
                     bool createStore = false);

    // The session being opened, if any.
    WorkspaceSession *opening() const { return m_opening; }
    void setHeartbeatMs(int ms) { m_options.heartbeatMs = ms; }

signals:
    void started(const ic::ConnectionProfile &profile);
    void progress(int percent);
    // The new session is open; whoever receives it takes it (setParent).
    void opened(ic::WorkspaceSession *session);
    void failed(const ic::Error &error, const ic::ConnectionProfile &profile);
    void passwordNeeded(const ic::ConnectionProfile &profile, const QString &reason,
                        bool createStore);
    // Something the person should know once the workspace is open.
    void notice(const QString &text);

private:
    Settings &m_settings;
    SecretStore *m_secrets;
    const Clock &m_clock;
    WorkspaceSession::Options m_options;
    QPointer<WorkspaceSession> m_opening;
    // The keychain entry whose password is being tried: if the server
    // refuses it, ask for a new one.
    QString m_triedStoredSecret;
};

} // namespace ic

#pragma once

#include "models/core/Result.h"
#include "models/detection/Detector.h"
#include "models/store/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ic {

class Clock;

// The detector's life in an open workspace, whether or not anything shows
// the alerts: it runs where rules may run (a writable workspace), once the
// audit source is known; its first pass waits a little so opening stays
// quick; a password the audit database refused stops it until a new one
// is known (the session asks). The Alerts view only shows what it does.
class DetectionRunner : public QObject
{
    Q_OBJECT
public:
    // The first automatic pass waits this long after the detector starts.
    static constexpr int FirstPassDelayMs = 10'000;

    // `store`: the workspace, where alerts and rule state live. `canDetect`:
    // this workstation may run rules (not a reviewer profile).
    DetectionRunner(ConnectionSpec store, const Clock &clock, QString actor, bool canDetect,
                    QObject *parent = nullptr);

    bool canDetect() const { return m_canDetect; }
    // The detector while one runs (it changes: detectorChanged()).
    Detector *detector() const { return m_detector; }
    // Rules wait for the separate audit database's password.
    bool isWaitingForAuditSource() const { return m_waiting; }

    void setRuleFolders(const QStringList &folders);
    QStringList ruleFolders() const { return m_folders; }
    void setActor(const QString &actor);

    // The rules read the workspace's own audit log: start now.
    void startOnWorkspace();
    // They read a separate audit database: wait until its password is known.
    void waitForAuditSource();
    // It is known: (re)start the detector reading there. `runAtOnce`: the
    // person just typed it, so the rules that waited run now.
    void setAuditSource(const ic::ConnectionSpec &audit, bool runAtOnce);

    // Runs every rule now; false when there is no detector or a pass runs.
    bool runNow();

signals:
    void detectorChanged(ic::Detector *detector); // started, restarted or stopped (null)
    void passFinished(const ic::PassSummary &summary);
    // The audit database refused the password: the detector stopped until
    // setAuditSource() gives a new one.
    void auditSourceRefused(const ic::Error &error);

private:
    void start(const std::optional<ConnectionSpec> &audit, bool runAtOnce);
    void stopDetector();

    ConnectionSpec m_store;
    const Clock &m_clock;
    QString m_actor;
    bool m_canDetect;
    bool m_waiting = false;
    QStringList m_folders;
    QPointer<Detector> m_detector;
};

} // namespace ic

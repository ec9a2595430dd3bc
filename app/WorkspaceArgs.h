#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"
#include "models/session/WorkspaceSession.h"
#include "models/store/ConnectionProfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>

#include <functional>
#include <memory>
#include <optional>

namespace ic {
class SecretStore;
class Settings;
} // namespace ic

namespace ic::app {

// `--workspace FILE | --pg CONNINFO` for sub-commands that open a workspace.
struct WorkspaceArgs
{
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QStringLiteral("The SQLite workspace file."),
                                 QStringLiteral("FILE")};
    QCommandLineOption pg{QStringLiteral("pg"),
                          QStringLiteral("A team workspace on PostgreSQL (libpq connection "
                                         "string; no password: use ~/.pgpass or PGPASSWORD)."),
                          QStringLiteral("CONNINFO")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({workspace, pg}); }
    // Empty when exactly one was given, else what is wrong.
    QString problem(const QCommandLineParser &parser) const;
    // The workspace named (a file path made absolute; a conninfo without a
    // password, which is refused).
    Result<ConnectionProfile> profile(const QCommandLineParser &parser) const;
};

// Opens a workspace through the same session the window opens, without
// what only a window needs (change feed, journal, detector), and waits.
// `readOnly`: on a read-only connection; nothing is created, migrated or
// written, and a workspace this build cannot read as it is is refused.
Result<std::unique_ptr<WorkspaceSession>> openSession(const ConnectionProfile &profile,
                                                      Settings &settings, SecretStore *secrets,
                                                      bool readOnly, bool createIfMissing = false,
                                                      WorkspaceSession::AfterOpen afterOpen = {});

// Waits in an event loop for the answer a session service gives `done`.
template <typename T>
Result<T> wait(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> answer;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

// The session's incidents, once loaded.
Result<QList<Incident>> incidents(WorkspaceSession &session);
// An incident by id or reference (INC-2026-001).
Result<Incident> findIncident(WorkspaceSession &session, const QString &idOrRef);

} // namespace ic::app

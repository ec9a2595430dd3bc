#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"
#include "models/store/Workspace.h"

#include <QObject>

#include <functional>

namespace ic {

class Clock;
class SqlExecutor;

// An open workspace for the app: opens and migrates it on a worker thread,
// then lends its connection (through SqlExecutor) to the models.
class WorkspaceConnection : public QObject
{
    Q_OBJECT
public:
    // Extra work to run on the worker right after a successful open, with
    // the new connection (e.g. creating the demo data). Reports progress.
    using AfterOpen = std::function<Result<void>(QSqlDatabase &, const WorkspaceInfo &,
                                                 std::function<void(int percent)> progress)>;

    // PostgreSQL: the store connection's statement_timeout.
    static constexpr int StoreStatementTimeoutMs = 60'000;

    WorkspaceConnection(ConnectionProfile profile, QString password, OpenOptions options,
                        const Clock &clock, QObject *parent = nullptr);
    ~WorkspaceConnection() override;

    void open(AfterOpen afterOpen = {});

    const ConnectionProfile &profile() const { return m_profile; }
    const WorkspaceInfo &info() const { return m_info; }
    bool isOpen() const { return m_open; }
    SqlExecutor *storeExecutor() const { return m_store; }

signals:
    void progress(int percent);
    void opened(const ic::WorkspaceInfo &info);
    void failed(const ic::Error &error);

private:
    ConnectionProfile m_profile;
    OpenOptions m_options;
    const Clock &m_clock;
    SqlExecutor *m_store = nullptr;
    WorkspaceInfo m_info;
    bool m_open = false;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::WorkspaceInfo)

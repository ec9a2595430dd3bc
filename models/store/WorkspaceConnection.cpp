#include "models/store/WorkspaceConnection.h"

#include "models/core/Clock.h"
#include "models/store/Database.h"
#include "models/store/SqlExecutor.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSqlDatabase>

namespace ic {

WorkspaceConnection::WorkspaceConnection(ConnectionProfile profile, QString password,
                                         OpenOptions options, const Clock &clock, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_options(options), m_clock(clock)
{
    qRegisterMetaType<ic::WorkspaceInfo>();
    ConnectionSpec spec = m_profile.kind == ConnectionProfile::Kind::Sqlite
                              ? ConnectionSpec::sqlite(m_profile.sqlitePath)
                              : ConnectionSpec::postgres(m_profile.store, password);
    // A reviewer still writes review comments: the app, not the connection, refuses the rest.
    spec.reviewer = m_profile.readOnly;
    spec.readOnly = m_options.readOnly; // only to read: the connection cannot write either
    // The store's statements are small: none may hang the workspace (lock
    // waits have Db::LockTimeoutMs on every connection).
    spec.statementTimeoutMs = StoreStatementTimeoutMs;
    m_store = new SqlExecutor(spec, QStringLiteral("store"), this);
}

WorkspaceConnection::~WorkspaceConnection() = default;

void WorkspaceConnection::open(AfterOpen afterOpen)
{
    const ConnectionSpec spec = m_store->spec();
    const QString name = m_store->connectionName();
    const OpenOptions options = m_options;
    const QDateTime now = m_clock.now();
    SqlExecutor *executor = m_store; // outlives every job it runs
    QPointer<QObject> self(this);
    m_store->runUnconnected<WorkspaceInfo>(
        [executor, self, spec, name, options, now,
         afterOpen = std::move(afterOpen)]() -> Result<WorkspaceInfo> {
            // On the worker thread: the UI never waits on the database.
            Result<WorkspaceInfo> r = Workspace::open(spec, options, name, now);
            if (r && afterOpen) {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                // Extra work after opening (demo data) may take long; the
                // limit comes back for the store's own statements after.
                const bool pg = Db::isPostgres(db);
                if (pg)
                    (void)Db::exec(db, QStringLiteral("SET statement_timeout = 0"));
                auto restore = qScopeGuard([&db, pg, limit = spec.statementTimeoutMs] {
                    if (pg && db.isOpen())
                        (void)Db::exec(db, QStringLiteral("SET statement_timeout = %1").arg(limit));
                });
                auto report = [executor, self](int percent) {
                    executor->deliver(self, [self, percent] {
                        emit static_cast<WorkspaceConnection *>(self.data())->progress(percent);
                    });
                };
                if (auto extra = afterOpen(db, r.value(), report); !extra)
                    return extra.error();
            }
            return r;
        },
        this,
        [this](Result<WorkspaceInfo> r) {
            if (r) {
                m_info = r.value();
                m_open = true;
                emit opened(r.value());
            } else {
                emit failed(r.error());
            }
        });
}

} // namespace ic

#pragma once

// Workspaces with platform tables for detection tests: demo data with the
// planted attacks, or the same traffic without them, on SQLite (a file) or
// the private PostgreSQL (a database per workspace), its audit log in any
// layout (a table, partitioned, a view, read on a hot standby).

#include "AuditLayout.h"
#include "PgServer.h"
#include "WorkspaceFixture.h"
#include "models/demo/DemoData.h"
#include "models/detection/Rule.h"
#include "models/detection/RuleLibrary.h"
#include "models/store/Database.h"
#include "models/store/Workspace.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

namespace ic::test {

struct DetectionWorkspace
{
    ConnectionSpec spec;
    QString connection; // open on the test's thread
    DemoSummary summary;
    // The audit source when it is not the workspace itself (a hot standby).
    QString auditConnection;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    // Where rules read the audit log: the workspace, or its standby.
    QSqlDatabase auditDb() const
    {
        return QSqlDatabase::database(auditConnection.isEmpty() ? connection : auditConnection,
                                      false);
    }
};

// A new workspace named `name` on `engine`, its platform tables filled by
// the demo generator with `options` (rows == 0: platform tables left empty).
inline Result<DetectionWorkspace> makeWorkspace(PgServer &pg, QTemporaryDir &dir,
                                                const QString &engine, const QString &name,
                                                const DemoOptions &options)
{
    DetectionWorkspace w;
    if (engine == QLatin1String("sqlite")) {
        w.spec = ConnectionSpec::sqlite(dir.filePath(name + QStringLiteral(".icw")));
    } else {
        if (auto c = pg.createDatabase(name); !c)
            return c.error();
        w.spec = pg.spec(name);
    }
    w.connection = name + QStringLiteral("-") + engine;
    const QDateTime now =
        options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc();
    auto info = Workspace::open(w.spec, {}, w.connection, now);
    if (!info)
        return info.error();
    if (options.rows > 0) {
        QSqlDatabase db = w.db();
        auto filled = DemoData::fill(db, options, {});
        if (!filled)
            return filled.error();
        w.summary = filled.value();
    }
    return w;
}

// The same, with the audit log in `layout` (AuditLayout.h): partitioned or
// a view after the demo data is written; for a standby, the rules read the
// workspace's database on `standby` (started on first use from `pg`).
inline Result<DetectionWorkspace> makeWorkspace(PgServer &pg, std::unique_ptr<PgServer> &standby,
                                                QTemporaryDir &dir, const QString &engine,
                                                AuditLayout layout, const QString &name,
                                                const DemoOptions &options)
{
    if (engine == QLatin1String("sqlite"))
        return makeWorkspace(pg, dir, engine, name, options);
    const QString database = name + QLatin1Char('_') + layoutName(layout);
    auto w = makeWorkspace(pg, dir, engine, database, options);
    if (!w)
        return w;
    const QDate today = QDate::currentDate();
    if (auto l = applyAuditLayout(pg, database, layout, today.addDays(-20), today.addDays(4)); !l)
        return l.error();
    if (layout != AuditLayout::Standby)
        return w;
    if (!standby) {
        auto started = pg.startStandby();
        if (!started)
            return started.error();
        standby = std::move(started.value());
    }
    if (auto r = pg.waitForReplay(*standby); !r)
        return r.error();
    w->auditConnection = w->connection + QStringLiteral("-standby");
    ConnectionSpec audit = standby->spec(database);
    audit.readOnly = true;
    if (auto opened = Db::open(audit, w->auditConnection); !opened)
        return opened.error();
    return w;
}

inline const Rule *findRule(const QList<Rule> &rules, const QString &id)
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

inline const QList<Rule> &builtInRules()
{
    static const QList<Rule> rules = RuleLibrary::load({}, true).rules;
    return rules;
}

} // namespace ic::test

#pragma once

// Workspaces with platform tables for detection tests: demo data with the
// planted attacks, or the same traffic without them, on SQLite (a file) or
// the private PostgreSQL (a database per workspace).

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

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
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

#include "WorkspaceArgs.h"

#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ic::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::app::WorkspaceArgs)
};
} // namespace

QString WorkspaceArgs::problem(const QCommandLineParser &parser) const
{
    if (parser.isSet(workspace) == parser.isSet(pg))
        return Tr::tr("give exactly one of --workspace FILE or --pg CONNINFO.");
    return {};
}

Result<QSqlDatabase> WorkspaceArgs::openForReading(const QCommandLineParser &parser,
                                                   const QString &connectionName) const
{
    ConnectionSpec spec;
    if (parser.isSet(workspace)) {
        const QString path = QFileInfo(parser.value(workspace)).absoluteFilePath();
        if (!QFileInfo::exists(path)) {
            return Error::make(
                Error::Kind::NotFound,
                Tr::tr("The workspace %1 does not exist. Nothing was changed.").arg(path));
        }
        if (auto check = Workspace::inspectSqliteFile(path); !check)
            return check.error();
        spec = ConnectionSpec::sqlite(path, /*readOnly*/ true);
    } else {
        auto endpoint = PgEndpoint::fromConnInfo(parser.value(pg));
        if (!endpoint)
            return endpoint.error();
        spec = ConnectionSpec::postgres(endpoint.value(), {});
        spec.readOnly = true;
    }
    auto db = Db::open(spec, connectionName);
    if (!db)
        return db.error();
    auto version = Migrations::currentVersion(db.value(), Migrations::Component::Store);
    const int latest =
        Migrations::latestVersion(Db::engine(db.value()), Migrations::Component::Store);
    QString problem;
    if (!version || version.value() == 0)
        problem = Tr::tr("%1 holds no incident store. Nothing was changed.").arg(spec.describe());
    else if (version.value() > latest)
        problem =
            Tr::tr("%1 was written by a newer version of Incident Commander; update it to read "
                   "this workspace. Nothing was changed.")
                .arg(spec.describe());
    else if (version.value() < latest)
        problem = Tr::tr("%1 was written by an older version; open it once in the app, which "
                         "upgrades it, then try again. Nothing was changed.")
                      .arg(spec.describe());
    if (!problem.isEmpty()) {
        db.value() = QSqlDatabase();
        Db::close(connectionName);
        return Error::make(Error::Kind::NotAWorkspace, problem);
    }
    return db;
}

Result<std::pair<QString, QString>> findIncident(QSqlDatabase &db, const QString &idOrRef)
{
    auto q =
        Db::exec(db, QStringLiteral("SELECT id, ref FROM ic_incidents WHERE id = ? OR ref = ?"),
                 {idOrRef, idOrRef.toUpper()});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::make(Error::Kind::NotFound,
                           Tr::tr("No incident \"%1\" in this workspace (give its reference, e.g. "
                                  "INC-2026-001, or its id).")
                               .arg(idOrRef));
    }
    return std::pair{q->value(0).toString(), q->value(1).toString()};
}

} // namespace ic::app

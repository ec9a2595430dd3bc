#pragma once

#include "models/core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSqlDatabase>

namespace ic::app {

// `--workspace FILE | --pg CONNINFO` for sub-commands that read a workspace.
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
    // Opens the named connection read-only; nothing is migrated or written.
    // Refuses what is not a workspace, or one too old or too new to read.
    Result<QSqlDatabase> openForReading(const QCommandLineParser &parser,
                                        const QString &connectionName) const;
};

// Finds an incident by id or reference (INC-2026-001): {id, ref}.
Result<std::pair<QString, QString>> findIncident(QSqlDatabase &db, const QString &idOrRef);

} // namespace ic::app

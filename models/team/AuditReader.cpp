#include "models/team/AuditReader.h"

#include "models/store/Database.h"
#include "models/team/TeamAccess.h"
#include "models/team/TeamLogging.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadStorage>

namespace ic::AuditReader {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditReader)
};

// The reader connections opened on one thread; closed with the thread.
struct Opened
{
    // person's connection name -> reader's ("": the person's own is the one)
    QHash<QString, QString> byPerson;
    // person's connection name -> where it was connected when the reader was
    // opened (a connection name may be reused for another database)
    QHash<QString, QString> where;
    ~Opened()
    {
        for (const QString &name : std::as_const(byPerson)) {
            if (!name.isEmpty())
                Db::close(name);
        }
    }
};

QThreadStorage<Opened *> opened;

Opened &openedHere()
{
    if (!opened.hasLocalData())
        opened.setLocalData(new Opened);
    return *opened.localData();
}

QString whereOf(const QSqlDatabase &db)
{
    return QStringLiteral("%1:%2/%3@%4")
        .arg(db.hostName())
        .arg(db.port())
        .arg(db.databaseName(), db.userName());
}

QString option(const QString &options, const QString &key)
{
    for (const QString &part : options.split(QLatin1Char(';'))) {
        const QString p = part.trimmed();
        if (!p.startsWith(key + QLatin1Char('=')))
            continue;
        // Values are quoted as libpq reads them ('disable', with \' and \\).
        QString v = p.mid(key.size() + 1);
        if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))) {
            v = v.mid(1, v.size() - 2);
            QString out;
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size())
                    ++i;
                out += v.at(i);
            }
            v = out;
        }
        return v;
    }
    return {};
}

} // namespace

QString connectionName(const QString &personConnectionName)
{
    return personConnectionName + QStringLiteral("-reader");
}

void close(const QString &personConnectionName)
{
    if (!opened.hasLocalData())
        return;
    Opened &o = *opened.localData();
    o.where.remove(personConnectionName);
    const QString name = o.byPerson.take(personConnectionName);
    if (!name.isEmpty())
        Db::close(name);
}

Result<QSqlDatabase> connectionFor(QSqlDatabase &person, bool recheck)
{
    if (!Db::isPostgres(person))
        return person;
    Opened &o = openedHere();
    if (o.byPerson.contains(person.connectionName()) &&
        o.where.value(person.connectionName()) != whereOf(person))
        close(person.connectionName());
    if (!recheck && o.byPerson.contains(person.connectionName())) {
        const QString cached = o.byPerson.value(person.connectionName());
        if (cached.isEmpty())
            return person;
        QSqlDatabase db = QSqlDatabase::database(cached, false);
        if (Db::isAlive(db))
            return db;
    }
    auto has = Team::exec(
        person, QStringLiteral("SELECT to_regprocedure('ic_audit_reader()') IS NOT NULL"));
    if (!has)
        return has.error();
    if (!has->next() || !has->value(0).toBool()) {
        // No reader here: a separate audit database or an older workspace.
        close(person.connectionName());
        o.byPerson.insert(person.connectionName(), QString());
        o.where.insert(person.connectionName(), whereOf(person));
        return person;
    }
    const QString name = connectionName(person.connectionName());
    auto reader = Team::exec(person, QStringLiteral("SELECT login, password, hardened FROM "
                                                    "ic_audit_reader()"));
    if (!reader) {
        close(person.connectionName());
        Error e = reader.error();
        if (e.kind == Error::Kind::PermissionDenied)
            e.message = Tr::tr("%1 The audit data of this workspace is read only by its "
                               "members.")
                            .arg(e.message);
        return e;
    }
    if (!reader->next() || reader->value(0).toString().isEmpty())
        return Error::make(Error::Kind::General,
                           Tr::tr("This workspace's read-only audit reader is missing. Nothing "
                                  "was run. Ask your database administrator to run: "
                                  "incident-commander team init --pg CONNINFO"));
    if (!o.byPerson.value(person.connectionName()).isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // The server may have ended it (a restart, a dropped database).
        if (Db::isAlive(db) && Team::exec(db, QStringLiteral("SELECT 1")))
            return db;
        close(person.connectionName());
    }
    if (!reader->value(2).toBool())
        qCWarning(lcTeam) << "the audit reader of this workspace may still call functions with "
                             "effects (advisory locks, pg_terminate_backend, dblink): a superuser "
                             "should run incident-commander team init";

    PgEndpoint e;
    e.host = person.hostName();
    e.port = person.port();
    e.database = person.databaseName();
    e.user = reader->value(0).toString();
    const QString options = person.connectOptions();
    if (const QString ssl = option(options, QStringLiteral("sslmode")); !ssl.isEmpty())
        e.sslMode = ssl;
    if (const QString t = option(options, QStringLiteral("connect_timeout")); !t.isEmpty())
        e.connectTimeoutSeconds = qMax(1, t.toInt());
    ConnectionSpec spec = ConnectionSpec::postgres(e, reader->value(1).toString());
    spec.readOnly = true;
    spec.purpose = QStringLiteral("audit-reader");
    auto db = Db::open(spec, name);
    if (!db) {
        Error err = db.error();
        err.message = Tr::tr("Could not connect as this workspace's read-only audit reader (%1), "
                             "which runs the SQL console, runbook queries and detection rules. "
                             "Nothing was run. The server's access rules (pg_hba.conf) must let "
                             "it log in with its password from this workstation.")
                          .arg(e.user);
        return err;
    }
    o.byPerson.insert(person.connectionName(), name);
    o.where.insert(person.connectionName(), whereOf(person));
    return db.value();
}

} // namespace ic::AuditReader

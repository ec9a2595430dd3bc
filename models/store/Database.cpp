#include "models/store/Database.h"

#include "models/core/Logging.h"

#include "models/store/SqlText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <thread>

namespace ic::Db {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Db)
};

Error classifyPgOpenError(const ConnectionSpec &spec, const QString &driverText)
{
    const QString where = spec.pg.uri();
    const QString t = driverText.toLower();
    if (t.contains(QLatin1String("password authentication failed")) ||
        t.contains(QLatin1String("no password supplied")) ||
        t.contains(QLatin1String("authentication failed"))) {
        return Error::make(
            Error::Kind::AuthFailed,
            Tr::tr("The PostgreSQL server at %1 refused the password for user \"%2\". "
                   "Nothing was changed. Check the user name and password; the "
                   "password is kept in your keychain.")
                .arg(where, spec.pg.user),
            driverText.trimmed());
    }
    if (t.contains(QLatin1String("ssl was required")) ||
        t.contains(QLatin1String("does not support ssl")) ||
        t.contains(QLatin1String("certificate"))) {
        return Error::make(
            Error::Kind::Unreachable,
            Tr::tr("The PostgreSQL server at %1 did not prove who it is over TLS (SSL mode %2), "
                   "so the connection was closed before your password was sent. Nothing was "
                   "changed. If the server is yours, give it a certificate for this host name "
                   "and put its CA in ~/.postgresql/root.crt; lowering the SSL mode in the "
                   "connection dialog lets anyone on the network pose as it.")
                .arg(where, spec.pg.effectiveSslMode(false)),
            driverText.trimmed());
    }
    if (t.contains(QLatin1String("does not exist"))) {
        return Error::make(
            Error::Kind::NotFound,
            Tr::tr("The PostgreSQL server at %1 has no database or user by that name. "
                   "Nothing was changed. Check the database and user names.")
                .arg(where),
            driverText.trimmed());
    }
    return Error::make(Error::Kind::Unreachable,
                       Tr::tr("Could not reach the PostgreSQL server at %1. Nothing was changed. "
                              "Check that the server is running, the host and port are right, and "
                              "your network or VPN is up.")
                           .arg(where),
                       driverText.trimmed());
}

// A libpq connection-string value, quoted: whatever it holds stays one value
// and cannot add keywords (QPSQL pastes connect options as they are).
QString conninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// Whether the host is this machine: a Unix socket, a loopback address, or a
// name that resolves to loopback addresses only (checked here, on the
// connection's own thread).
bool isLocalHost(const QString &host)
{
    if (PgEndpoint::isLoopbackHost(host))
        return true;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
        return false;
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return false;
    for (const QHostAddress &a : info.addresses()) {
        if (!a.isLoopback())
            return false;
    }
    return true;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

static void hardenSqliteConnection(const QSqlDatabase &db, bool readOnly)
{
    // A workspace file may come from anyone: its schema is not trusted.
    // Defensive mode stops writes to the schema and other corruptors; our
    // schema has no triggers or views, so none run here (Workspace also
    // refuses a file that has any). A reader also runs with trusted_schema
    // off: what the schema holds may only call harmless functions.
    if (sqlite3 *h = sqliteHandle(db)) {
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        if (readOnly)
            sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    }
}

void hardenSqlite(const QSqlDatabase &db)
{
    hardenSqliteConnection(db, false);
}

void cancelDetached(PGcancel *cancel)
{
    if (!cancel)
        return;
    std::thread([cancel] {
        char message[256];
        if (!PQcancel(cancel, message, int(sizeof message)))
            qCInfo(lcStore) << "cancel request not sent:" << message;
        PQfreeCancel(cancel);
    }).detach();
}

PGconn *pgConnection(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // QPSQL hands out its PGconn* (the metatype is named after the struct).
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.data());
}

Engine engine(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

Result<QSqlDatabase> open(const ConnectionSpec &spec, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);

    if (spec.kind == ConnectionProfile::Kind::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(spec.sqlitePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (spec.readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Error::make(Error::Kind::General,
                               Tr::tr("Could not open the workspace file %1. Nothing was changed.")
                                   .arg(spec.sqlitePath),
                               detail);
        }
        hardenSqliteConnection(db, spec.readOnly);
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // FULL: a commit (an outbox row, a journal entry) is on disk when
        // COMMIT returns, power cut or not; NORMAL in WAL mode may lose it.
        if (!spec.readOnly)
            q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        return db;
    }

    const bool local = isLocalHost(spec.pg.host);
    const QString sslMode = spec.pg.effectiveSslMode(local);
    if (!PgEndpoint::isKnownSslMode(sslMode)) {
        QSqlDatabase::removeDatabase(connectionName);
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The SSL mode \"%1\" for %2 is not one of disable, allow, "
                                  "prefer, require, verify-ca, verify-full. Nothing was sent; "
                                  "choose one in the connection dialog.")
                               .arg(sslMode.left(40), spec.pg.uri()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(spec.pg.host);
    db.setPort(spec.pg.port);
    db.setDatabaseName(spec.pg.database);
    db.setUserName(spec.pg.user);
    if (!spec.password.isEmpty())
        db.setPassword(spec.password);
    QStringList options;
    options << QStringLiteral("connect_timeout=") +
                   conninfoValue(QString::number(qMax(1, spec.pg.connectTimeoutSeconds)));
    options << QStringLiteral("sslmode=") + conninfoValue(sslMode);
    options << QStringLiteral("application_name=") +
                   conninfoValue(spec.purpose.isEmpty()
                                     ? QStringLiteral("incident-commander")
                                     : QStringLiteral("incident-commander-") + spec.purpose);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return classifyPgOpenError(spec, detail);
    }
    QSqlQuery q(db);
    // Store UTC, show local: the session speaks UTC so values round-trip.
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Our SQL scanners (SqlText) read quotes the standard way.
    q.exec(QStringLiteral("SET standard_conforming_strings = on"));
    // No wait on a lock (a row, a table, an advisory lock another session
    // holds) lasts longer than this; the statement fails and rolls back.
    q.exec(QStringLiteral("SET lock_timeout = %1").arg(LockTimeoutMs));
    if (spec.statementTimeoutMs > 0)
        q.exec(QStringLiteral("SET statement_timeout = %1").arg(spec.statementTimeoutMs));
    if (spec.readOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    return db;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool isAlive(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    if (engine(db) == Engine::Postgres) {
        PGconn *conn = pgConnection(db);
        return conn && PQstatus(conn) == CONNECTION_OK;
    }
    return true;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params)
{
    return exec(db, sql, QVariantList(params));
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (params.isEmpty()) {
        // Nothing to bind (DDL cannot be prepared on PostgreSQL).
        if (!q.exec(sql))
            return queryError(q, Tr::tr("A database statement failed."));
        return q;
    }
    if (!q.prepare(sql))
        return queryError(q, Tr::tr("A database statement could not be prepared."));
    for (const QVariant &p : params)
        q.addBindValue(p);
    if (!q.exec())
        return queryError(q, Tr::tr("A database statement failed."));
    return q;
}

Result<void> transaction(QSqlDatabase &db, const std::function<Result<void>()> &fn)
{
    // Nested calls on the same connection become savepoints, so a repository
    // call can run inside a larger unit of work (demo data, imports).
    thread_local QHash<QString, int> depth;
    const QString name = db.connectionName();
    const int level = depth.value(name, 0);
    if (level > 0) {
        const QString sp = QStringLiteral("ic_sp_%1").arg(level);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SAVEPOINT ") + sp))
            return queryError(q,
                              Tr::tr("Could not start a nested transaction; nothing was changed."));
        depth[name] = level + 1;
        Result<void> r = fn();
        depth[name] = level;
        if (!r.ok()) {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
            q.exec(QStringLiteral("RELEASE SAVEPOINT ") + sp);
            return r;
        }
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT ") + sp))
            return queryError(q, Tr::tr("Could not finish a nested transaction."));
        return success();
    }

    // SQLite: take the write lock up front (BEGIN IMMEDIATE). A deferred
    // transaction that reads and then writes can fail at once when another
    // connection wrote in between, instead of waiting for the busy timeout.
    bool begun = false;
    QString beginError;
    if (engine(db) == Engine::Sqlite) {
        QSqlQuery q(db);
        begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        beginError = q.lastError().text();
    } else {
        begun = db.transaction();
        beginError = db.lastError().text();
    }
    if (!begun) {
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("Could not start a database transaction; nothing was changed."),
                           beginError);
    }
    depth[name] = 1;
    Result<void> r = fn();
    depth.remove(name);
    const bool sqlite = engine(db) == Engine::Sqlite;
    auto finish = [&](const char *sql) {
        if (!sqlite)
            return qstrcmp(sql, "COMMIT") == 0 ? db.commit() : db.rollback();
        QSqlQuery q(db);
        return q.exec(QString::fromLatin1(sql));
    };
    if (!r.ok()) {
        finish("ROLLBACK");
        return r;
    }
    if (!finish("COMMIT")) {
        const QString detail = db.lastError().text();
        finish("ROLLBACK");
        return Error::make(Error::Kind::Unreachable,
                           Tr::tr("The database did not confirm the change, so it was rolled back. "
                                  "Nothing was changed; try again."),
                           detail);
    }
    return success();
}

QByteArray toPgPlaceholders(const QString &sql)
{
    return SqlText::numberPlaceholders(sql).toUtf8();
}

// What the person reads when the server refuses for want of a privilege
// (42501): what was refused, that nothing changed, and which role it needs.
// The workspace's own checks (functions, triggers) say it in their message;
// a GRANT's refusal names only the table, so the table says which role.
static QString privilegeRefusal(const QString &serverText)
{
    static const QRegularExpression denied(
        QStringLiteral("permission denied for (?:table|relation|view) \"?(\\w+)"));
    const QRegularExpressionMatch m = denied.match(serverText);
    if (!m.hasMatch()) {
        // The first line after "ERROR:" is the check's own sentence.
        for (const QString &line : serverText.split(QLatin1Char('\n'))) {
            const QString l = line.trimmed();
            if (l.startsWith(QLatin1String("ERROR:")) && l.size() > 6)
                return l.mid(6).trimmed();
        }
        return Tr::tr("The database refused the change: your login does not hold the role it "
                      "needs in this workspace (any more). Nothing was changed. An admin of the "
                      "workspace can grant the role.");
    }
    const QString table = m.captured(1);
    static const QHash<QString, const char *> adminTables{
        {QStringLiteral("ic_action_settings"), QT_TRANSLATE_NOOP("ic::Db", "the action settings")},
        {QStringLiteral("ic_approval_policy"), QT_TRANSLATE_NOOP("ic::Db", "the approval policy")},
        {QStringLiteral("ic_escalation_policies"),
         QT_TRANSLATE_NOOP("ic::Db", "the escalation policies")},
        {QStringLiteral("ic_notification_org"),
         QT_TRANSLATE_NOOP("ic::Db", "the organisation's notification details")},
        {QStringLiteral("ic_notification_rules"), QT_TRANSLATE_NOOP("ic::Db", "the clock rules")},
        {QStringLiteral("ic_severity_levels"), QT_TRANSLATE_NOOP("ic::Db", "the severity levels")},
        {QStringLiteral("ic_workspace"), QT_TRANSLATE_NOOP("ic::Db", "the workspace settings")}};
    static const QSet<QString> nobody{
        QStringLiteral("ic_incident_events"), QStringLiteral("ic_record_nodes"),
        QStringLiteral("ic_record_head"),     QStringLiteral("ic_record_checkpoints"),
        QStringLiteral("ic_member_keys"),     QStringLiteral("ic_workspace_record"),
        QStringLiteral("ic_reader_secret"),   QStringLiteral("ic_approvals")};
    if (const auto it = adminTables.constFind(table); it != adminTables.cend())
        return Tr::tr("The database refused a change to %1: that needs the admin role of this "
                      "workspace, which your login does not hold (any more). Nothing was "
                      "changed. An admin of the workspace can grant it.")
            .arg(QCoreApplication::translate("ic::Db", it.value()));
    if (nobody.contains(table))
        return Tr::tr("The database refused a direct change to %1: no role may change it except "
                      "through the workspace's own functions (the app's way of recording it). "
                      "Nothing was changed.")
            .arg(table);
    return Tr::tr("The database refused a change to %1: that needs the responder role of this "
                  "workspace (commander for severity, status and containment), which your login "
                  "does not hold (any more). Nothing was changed. An admin of the workspace can "
                  "grant it.")
        .arg(table);
}

Error queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const QString text = e.text().trimmed();
    const bool pg = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const QString state = e.nativeErrorCode();
    if (pg && state == QLatin1String("55P03")) {
        return Error::make(Error::Kind::General,
                           Tr::tr("The database waited more than %1 s for a lock another session "
                                  "holds and gave up. Nothing was changed; try again, and if it "
                                  "keeps happening ask who holds the lock.")
                               .arg(LockTimeoutMs / 1000),
                           text);
    }
    if (pg && state == QLatin1String("57014") && text.contains(QLatin1String("timeout"))) {
        return Error::make(Error::Kind::General,
                           Tr::tr("The database stopped the statement at its time limit. Nothing "
                                  "was changed; try again."),
                           text);
    }
    if (pg && state == QLatin1String("42501")) {
        // The server refused for want of a privilege or a role (a GRANT, a
        // workspace check): the session re-reads what the person may do.
        (void)what; // the refusal says what was refused
        return Error::make(Error::Kind::PermissionDenied, privilegeRefusal(text), text);
    }
    const bool lost = pg && (e.type() == QSqlError::ConnectionError ||
                             text.contains(QLatin1String("server closed the connection")) ||
                             text.contains(QLatin1String("no connection to the server")) ||
                             text.contains(QLatin1String("terminating connection")));
    return Error::make(lost ? Error::Kind::Unreachable : Error::Kind::General,
                       lost
                           ? Tr::tr("The connection to the database was lost. Nothing was changed; "
                                    "the app will reconnect when you retry.")
                           : what,
                       text);
}

QString sqliteTimeText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant bindTime(const QSqlDatabase &db, const QDateTime &utc)
{
    if (!utc.isValid())
        return QVariant(engine(db) == Engine::Postgres ? QMetaType(QMetaType::QDateTime)
                                                       : QMetaType(QMetaType::QString));
    if (engine(db) == Engine::Postgres)
        return utc.toUTC();
    return sqliteTimeText(utc);
}

QDateTime readTime(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // Fast path for what we write ("yyyy-MM-dd HH:mm:ss[.zzz]", UTC): parsed by
    // hand. QDateTime::fromString with a format goes through local time first,
    // which asks the C library's time zone code (a stat of /etc/localtime) per
    // value: 100,000 events took seconds.
    if ((text.size() == 19 || text.size() == 23) && text.at(4) == QLatin1Char('-') &&
        text.at(7) == QLatin1Char('-') && text.at(10) == QLatin1Char(' ') &&
        text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':') &&
        (text.size() == 19 || text.at(19) == QLatin1Char('.'))) {
        bool ok = true;
        const auto num = [&](int from, int len) {
            int n = 0;
            for (int i = from; i < from + len; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9') {
                    ok = false;
                    return 0;
                }
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), text.size() == 23 ? num(20, 3) : 0);
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!dt.isValid())
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (dt.isValid()) {
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }
    dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

} // namespace ic::Db

#include "PgServer.h"

#include "models/store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace ic::test {

namespace {

Error fail(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::General, message, detail);
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

QString PgServer::binDir()
{
    const QByteArray env = qgetenv("IC_PG_BINDIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString dir = base.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/sock") : QString();
}

Result<QString> PgServer::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGDATA"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    const QString path = binDir() + QLatin1Char('/') + program;
    if (m_asPostgresUser) {
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            path} +
                    args);
    } else {
        p.start(path, args);
    }
    if (!p.waitForStarted(10000))
        return fail(QStringLiteral("Could not start %1").arg(path), p.errorString());
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return fail(QStringLiteral("%1 did not finish in time").arg(program),
                    QString::fromLocal8Bit(p.readAll()));
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("%1 failed (exit code %2)").arg(program).arg(p.exitCode()),
                    output);
    return output;
}

Result<void> PgServer::prepareDir()
{
    if (binDir().isEmpty()) {
        return fail(QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) were not found "
                                   "under /usr/lib/postgresql/*/bin. Install the Debian package "
                                   "'postgresql' (the README's test command does)."));
    }
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/ic-pg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("Could not create a temporary folder for PostgreSQL."),
                    m_dir->errorString());
    QDir(m_dir->path()).mkpath(QStringLiteral("sock"));

    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw)
            return fail(QStringLiteral("Running as root, but there is no 'postgres' user to run "
                                       "PostgreSQL as (PostgreSQL refuses to run as root)."));
        for (const QString &path : {m_dir->path(), m_dir->path() + QStringLiteral("/sock")}) {
            if (chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(QStringLiteral("Could not hand %1 to the postgres user.").arg(path));
        }
    }
    return success();
}

Result<void> PgServer::launch(bool keepPort)
{
    const QString data = m_dir->path() + QStringLiteral("/data");
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        if (!keepPort || m_port == 0)
            m_port = freePort();
        if (m_port == 0)
            return fail(QStringLiteral("No free loopback port for PostgreSQL."));
        const QString options =
            QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off "
                           "-c max_connections=60 -c shared_buffers=64MB")
                .arg(socketDir())
                .arg(m_port) +
            m_extraOptions;
        auto started =
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                 m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
        if (started) {
            m_running = true;
            break;
        }
        QFile log(m_dir->path() + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        const QString text = QString::fromLocal8Bit(log.readAll());
        if (keepPort || !text.contains(QLatin1String("Address already in use")) || attempt == 4)
            return fail(QStringLiteral("pg_ctl could not start PostgreSQL."),
                        started.error().detail + QStringLiteral("\nserver log:\n") + text);
    }
    return success();
}

Result<void> PgServer::start()
{
    if (m_running)
        return success();
    if (auto d = prepareDir(); !d)
        return d;
    const QString data = m_dir->path() + QStringLiteral("/data");
    auto init = run(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(),
                     QStringLiteral("--auth-local=trust"),
                     QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")});
    if (!init)
        return init.error();
    return launch(false);
}

Result<void> PgServer::resume()
{
    if (m_running || !m_dir)
        return success();
    // The same port: clients reconnect to where the server was.
    return launch(true);
}

Result<std::unique_ptr<PgServer>> PgServer::startStandby(const QStringList &settings)
{
    if (!m_running)
        return fail(QStringLiteral("A standby needs its primary running."));
    static int standbys = 0;
    auto standby = std::make_unique<PgServer>();
    if (auto d = standby->prepareDir(); !d)
        return d.error();
    standby->m_standby = true;
    const QString slot = QStringLiteral("ic_standby_%1_%2").arg(getpid()).arg(++standbys);
    // -R writes primary_conninfo and standby.signal; -C -S keeps the WAL the
    // standby has not received yet (a test may stop it for a while).
    auto backup = standby->run(
        QStringLiteral("pg_basebackup"),
        {QStringLiteral("-D"), standby->m_dir->path() + QStringLiteral("/data"),
         QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-U"), superuser(), QStringLiteral("-R"), QStringLiteral("-X"),
         QStringLiteral("stream"), QStringLiteral("-C"), QStringLiteral("-S"), slot,
         QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("--no-sync")},
        3'600'000);
    if (!backup)
        return backup.error();
    standby->m_extraOptions = QStringLiteral(" -c hot_standby=on");
    for (const QString &s : settings)
        standby->m_extraOptions += QStringLiteral(" -c ") + s;
    if (auto l = standby->launch(false); !l)
        return l.error();
    // Ready once it has replayed what the primary had written.
    if (auto w = waitForReplay(*standby, 120000); !w)
        return w.error();
    return standby;
}

Result<void> PgServer::waitForReplay(PgServer &standby, int timeoutMs)
{
    const QString name = QStringLiteral("pgserver-lsn-") + QUuid::createUuid().toString();
    QString lsn;
    {
        auto db = Db::open(spec(QStringLiteral("postgres")), name);
        if (!db)
            return db.error();
        QSqlQuery q(db.value());
        // Everything written so far, flushed or not (a lock just taken is
        // still in the WAL buffers; the WAL writer sends it on within 200 ms).
        if (!q.exec(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text")) || !q.next())
            return fail(QStringLiteral("Could not read the primary's WAL position."),
                        q.lastError().text());
        lsn = q.value(0).toString();
    }
    Db::close(name);
    QElapsedTimer t;
    t.start();
    QString last;
    while (t.elapsed() < timeoutMs) {
        bool caughtUp = false;
        {
            auto db = Db::open(standby.spec(QStringLiteral("postgres")), name);
            if (db) {
                QSqlQuery q(db.value());
                // The WAL position is ours (pg_current_wal_lsn), never user text.
                if (q.exec(QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn, "
                                          "pg_last_wal_replay_lsn()::text")
                               .arg(lsn)) &&
                    q.next()) {
                    caughtUp = q.value(0).toBool();
                    last = q.value(1).toString();
                } else {
                    last = q.lastError().text();
                }
            } else {
                last = db.error().fullText();
            }
        }
        Db::close(name);
        if (caughtUp)
            return success();
        QThread::msleep(20);
    }
    return fail(QStringLiteral("The standby did not replay the primary's WAL up to %1 within %2 "
                               "ms (it is at %3).")
                    .arg(lsn)
                    .arg(timeoutMs)
                    .arg(last));
}

void PgServer::stop()
{
    if (!m_running)
        return;
    // "fast", not "immediate": with synchronous_commit off, an immediate stop
    // would lose the last commits, and outage tests resume the same data.
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

ConnectionSpec PgServer::spec(const QString &database) const
{
    PgEndpoint e;
    e.host = socketDir();
    e.port = m_port;
    e.database = database;
    e.user = superuser();
    e.sslMode = QStringLiteral("disable");
    return ConnectionSpec::postgres(e, {});
}

QString PgServer::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable")
        .arg(socketDir())
        .arg(m_port)
        .arg(database, superuser());
}

ConnectionSpec PgServer::tcpSpec(const QString &database, const QString &user,
                                 const QString &password) const
{
    PgEndpoint e;
    e.host = QStringLiteral("127.0.0.1");
    e.port = m_port;
    e.database = database;
    e.user = user;
    e.sslMode = QStringLiteral("disable");
    return ConnectionSpec::postgres(e, password);
}

Result<void> PgServer::execute(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("pgserver-admin-") + QUuid::createUuid().toString();
    Result<void> result = success();
    {
        auto db = Db::open(spec(database), name);
        if (!db)
            return db.error();
        QSqlQuery q(db.value());
        if (!q.exec(sql))
            result = fail(QStringLiteral("Admin SQL failed: %1").arg(sql), q.lastError().text());
    }
    Db::close(name);
    return result;
}

Result<void> PgServer::createDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

Result<void> PgServer::dropDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"),
                   QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

Result<void> PgServer::createLoginRole(const QString &name, const QString &password)
{
    QString quoted = password;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return execute(
        QStringLiteral("postgres"),
        QStringLiteral("CREATE ROLE \"%1\" LOGIN SUPERUSER PASSWORD '%2'").arg(name, quoted));
}

} // namespace ic::test

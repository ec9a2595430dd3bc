#pragma once

// A raw libpq session (PQconnectdb, no QtSql, no app code) for attacking the
// database as a login would from psql: what the server refuses here is
// refused whatever client is used.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <libpq-fe.h>

namespace ic::test {

class PqSession
{
public:
    struct Outcome
    {
        bool ok = false;
        QString sqlState;  // e.g. 42501 for insufficient_privilege
        QString message;   // the server's primary message
        qint64 rows = 0;   // rows affected or returned
        QStringList first; // the first row, as text
    };

    explicit PqSession(const QString &conninfo) : m_conn(PQconnectdb(conninfo.toUtf8().constData()))
    {}
    ~PqSession() { PQfinish(m_conn); }
    PqSession(const PqSession &) = delete;
    PqSession &operator=(const PqSession &) = delete;

    bool isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }
    int backendPid() const { return PQbackendPID(m_conn); }

    // One statement (several are allowed without parameters, as psql does).
    Outcome run(const QString &sql, const QStringList &params = {})
    {
        Outcome o;
        QList<QByteArray> bytes;
        QList<const char *> values;
        for (const QString &p : params)
            bytes << p.toUtf8();
        for (const QByteArray &b : bytes)
            values << b.constData();
        PGresult *r = params.isEmpty()
                          ? PQexec(m_conn, sql.toUtf8().constData())
                          : PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()),
                                         nullptr, values.constData(), nullptr, nullptr, 0);
        const ExecStatusType st = PQresultStatus(r);
        o.ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
        if (!o.ok) {
            o.sqlState = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
            o.message = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
        } else if (st == PGRES_TUPLES_OK) {
            o.rows = PQntuples(r);
            if (o.rows > 0) {
                for (int c = 0; c < PQnfields(r); ++c)
                    o.first << QString::fromUtf8(PQgetvalue(r, 0, c));
            }
        } else {
            o.rows = QByteArray(PQcmdTuples(r)).toLongLong();
        }
        PQclear(r);
        return o;
    }
    QString value(const QString &sql, const QStringList &params = {})
    {
        const Outcome o = run(sql, params);
        return o.ok ? o.first.value(0) : QStringLiteral("<error: %1>").arg(o.message);
    }

private:
    PGconn *m_conn;
};

} // namespace ic::test

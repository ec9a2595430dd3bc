#include "models/demo/TableWriter.h"

#include "models/store/Database.h"

#include <QCoreApplication>
#include <QSqlError>

#include <libpq-fe.h>

namespace ic {

namespace {

// The translation context lupdate records for this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::TableWriter)
};

// Days since 1970-01-01 to civil date (Howard Hinnant's algorithm).
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yy + (m <= 2));
}

void put2(char *p, unsigned v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

class SqliteWriter final : public TableWriter
{
public:
    explicit SqliteWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<void> begin(const char *table, const QList<const char *> &columns) override
    {
        QStringList cols, marks;
        for (const char *c : columns) {
            cols << QString::fromLatin1(c);
            marks << QStringLiteral("?");
        }
        m_query = QSqlQuery(m_db);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(QString::fromLatin1(table), cols.join(QLatin1Char(',')),
                                     marks.join(QLatin1Char(',')));
        if (!m_query.prepare(sql))
            return Db::queryError(m_query, Tr::tr("Could not prepare the demo data insert."));
        m_field = 0;
        return success();
    }
    void text(QByteArrayView utf8) override { bind(QString::fromUtf8(utf8)); }
    void null() override { bind(QVariant(QMetaType(QMetaType::QString))); }
    void integer(qint64 value) override { bind(value); }
    void time(qint64 ms) override
    {
        QByteArray b;
        appendUtcTime(b, ms);
        bind(QString::fromLatin1(b));
    }
    Result<void> endRow() override
    {
        m_field = 0;
        if (!m_query.exec())
            return Db::queryError(m_query, Tr::tr("Writing demo data failed."));
        return success();
    }
    Result<void> end() override
    {
        m_query.finish();
        return success();
    }

private:
    void bind(const QVariant &v) { m_query.bindValue(m_field++, v); }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    int m_field = 0;
};

class PgCopyWriter final : public TableWriter
{
public:
    explicit PgCopyWriter(PGconn *conn) : m_conn(conn) { m_buffer.reserve(BufferSize + 4096); }

    Result<void> begin(const char *table, const QList<const char *> &columns) override
    {
        QByteArray sql = QByteArray("COPY ") + table + " (";
        for (int i = 0; i < columns.size(); ++i) {
            if (i)
                sql += ',';
            sql += columns[i];
        }
        sql += ") FROM STDIN";
        PGresult *res = PQexec(m_conn, sql.constData());
        const bool ok = PQresultStatus(res) == PGRES_COPY_IN;
        const QString err = QString::fromUtf8(PQerrorMessage(m_conn));
        PQclear(res);
        if (!ok)
            return Error::make(Error::Kind::General, Tr::tr("PostgreSQL refused the COPY."), err);
        m_first = true;
        return success();
    }
    void text(QByteArrayView utf8) override
    {
        separator();
        for (char c : utf8) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }
    void null() override
    {
        separator();
        m_buffer += "\\N";
    }
    void integer(qint64 value) override
    {
        separator();
        m_buffer += QByteArray::number(value);
    }
    void time(qint64 ms) override
    {
        separator();
        appendUtcTime(m_buffer, ms);
        m_buffer += "+00";
    }
    Result<void> endRow() override
    {
        m_buffer += '\n';
        m_first = true;
        if (m_buffer.size() >= BufferSize)
            return flush();
        return success();
    }
    Result<void> end() override
    {
        if (auto f = flush(); !f) {
            PQputCopyEnd(m_conn, "aborted");
            (void)drain(); // the flush error is the one to report
            return f;
        }
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return Error::make(Error::Kind::Unreachable, Tr::tr("The COPY could not be finished."),
                               QString::fromUtf8(PQerrorMessage(m_conn)));
        return drain();
    }

private:
    static constexpr qsizetype BufferSize = 1 << 20;

    void separator()
    {
        if (!m_first)
            m_buffer += '\t';
        m_first = false;
    }
    Result<void> flush()
    {
        if (m_buffer.isEmpty())
            return success();
        if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
            return Error::make(Error::Kind::Unreachable,
                               Tr::tr("The connection to PostgreSQL failed during COPY."),
                               QString::fromUtf8(PQerrorMessage(m_conn)));
        m_buffer.clear();
        return success();
    }
    Result<void> drain()
    {
        Result<void> r = success();
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && r.ok())
                r = Error::make(Error::Kind::General, Tr::tr("PostgreSQL rejected the demo data."),
                                QString::fromUtf8(PQresultErrorMessage(res)));
            PQclear(res);
        }
        return r;
    }

    PGconn *m_conn;
    QByteArray m_buffer;
    bool m_first = true;
};

} // namespace

void appendUtcTime(QByteArray &out, qint64 ms)
{
    qint64 days = ms / 86'400'000;
    qint64 rem = ms % 86'400'000;
    if (rem < 0) {
        rem += 86'400'000;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[23];
    const unsigned yy = unsigned(y);
    buf[0] = char('0' + yy / 1000 % 10);
    buf[1] = char('0' + yy / 100 % 10);
    buf[2] = char('0' + yy / 10 % 10);
    buf[3] = char('0' + yy % 10);
    buf[4] = '-';
    put2(buf + 5, m);
    buf[7] = '-';
    put2(buf + 8, d);
    buf[10] = ' ';
    const unsigned secs = unsigned(rem / 1000);
    put2(buf + 11, secs / 3600);
    buf[13] = ':';
    put2(buf + 14, secs / 60 % 60);
    buf[16] = ':';
    put2(buf + 17, secs % 60);
    buf[19] = '.';
    const unsigned milli = unsigned(rem % 1000);
    buf[20] = char('0' + milli / 100);
    buf[21] = char('0' + milli / 10 % 10);
    buf[22] = char('0' + milli % 10);
    out.append(buf, 23);
}

std::unique_ptr<TableWriter> TableWriter::create(QSqlDatabase &db)
{
    if (Db::isPostgres(db)) {
        PGconn *conn = Db::pgConnection(db);
        return conn ? std::make_unique<PgCopyWriter>(conn) : nullptr;
    }
    return std::make_unique<SqliteWriter>(db);
}

} // namespace ic

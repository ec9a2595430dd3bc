// libpq, loaded when the first PostgreSQL call is made, not at start.
//
// Linking libpq brings a dozen libraries with it (LDAP, SASL, GnuTLS and
// their own) whose loading and start-up code cost every launch about a tenth
// of the window's start (ic_bench startup), while most workstations open a
// SQLite workspace and never speak to PostgreSQL. GNU ld has no delayed
// loading, and no Debian package offers stubs for it, so the functions this
// program calls are defined here: each finds libpq's own on first use
// (core/LazyLibrary.h).
#include "models/core/LazyLibrary.h"

#include <libpq-fe.h>

namespace {
// The soname the QPSQL driver links too, so both share one copy.
const ic::Lazy::Library LibPq{"libpq.so.5", "libpq5", "talk to PostgreSQL"};
} // namespace

#define IC_LIBPQ(Return, Name, Parameters, Arguments)                                              \
    IC_LAZY_FUNCTION(LibPq, Return, Name, Parameters, Arguments)

IC_LIBPQ(int, PQcancel, (PGcancel * cancel, char *errbuf, int errbufsize),
         (cancel, errbuf, errbufsize))
IC_LIBPQ(void, PQclear, (PGresult * res), (res))
IC_LIBPQ(char *, PQcmdTuples, (PGresult * res), (res))
IC_LIBPQ(void, PQconninfoFree, (PQconninfoOption * connOptions), (connOptions))
IC_LIBPQ(PQconninfoOption *, PQconninfoParse, (const char *conninfo, char **errmsg),
         (conninfo, errmsg))
IC_LIBPQ(char *, PQencryptPasswordConn,
         (PGconn * conn, const char *passwd, const char *user, const char *algorithm),
         (conn, passwd, user, algorithm))
IC_LIBPQ(char *, PQerrorMessage, (const PGconn *conn), (conn))
IC_LIBPQ(PGresult *, PQexec, (PGconn * conn, const char *query), (conn, query))
IC_LIBPQ(PGresult *, PQexecParams,
         (PGconn * conn, const char *command, int nParams, const Oid *paramTypes,
          const char *const *paramValues, const int *paramLengths, const int *paramFormats,
          int resultFormat),
         (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats,
          resultFormat))
IC_LIBPQ(char *, PQfname, (const PGresult *res, int field_num), (res, field_num))
IC_LIBPQ(void, PQfreeCancel, (PGcancel * cancel), (cancel))
IC_LIBPQ(void, PQfreemem, (void *ptr), (ptr))
IC_LIBPQ(Oid, PQftype, (const PGresult *res, int field_num), (res, field_num))
IC_LIBPQ(PGcancel *, PQgetCancel, (PGconn * conn), (conn))
IC_LIBPQ(int, PQgetCopyData, (PGconn * conn, char **buffer, int async), (conn, buffer, async))
IC_LIBPQ(PGresult *, PQgetResult, (PGconn * conn), (conn))
IC_LIBPQ(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num),
         (res, tup_num, field_num))
IC_LIBPQ(int, PQgetlength, (const PGresult *res, int tup_num, int field_num),
         (res, tup_num, field_num))
IC_LIBPQ(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num),
         (res, tup_num, field_num))
IC_LIBPQ(int, PQnfields, (const PGresult *res), (res))
IC_LIBPQ(int, PQntuples, (const PGresult *res), (res))
IC_LIBPQ(const char *, PQparameterStatus, (const PGconn *conn, const char *paramName),
         (conn, paramName))
IC_LIBPQ(int, PQputCopyData, (PGconn * conn, const char *buffer, int nbytes),
         (conn, buffer, nbytes))
IC_LIBPQ(int, PQputCopyEnd, (PGconn * conn, const char *errormsg), (conn, errormsg))
IC_LIBPQ(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
IC_LIBPQ(char *, PQresultErrorMessage, (const PGresult *res), (res))
IC_LIBPQ(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
IC_LIBPQ(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
IC_LIBPQ(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))

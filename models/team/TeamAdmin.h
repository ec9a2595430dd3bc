#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ic::Team {

// What `team init` did, for the DBA to read.
struct InitReport
{
    QString location;      // postgresql://user@host/db
    QString login;         // who ran it (now an admin and a member of the owner role)
    QString rolePrefix;    // the workspace's roles are <prefix>_viewer, ...
    int versionBefore = 0; // 0: the database had no incident store
    int versionAfter = 0;
    bool created = false;
    bool becameTeam = false; // this run made the roles (a new or upgraded workspace)
    bool hardened = false;   // the audit reader can call no function with effects
    bool readerRotated = false;
    QStringList notes; // what could not be done and what to do about it
};

// Prepares a PostgreSQL database as a team workspace, or brings one up to
// date: the incident store's schema (creating it in an empty database), the
// roles and their rights, the read-only audit reader (a new password, kept
// as a SCRAM verifier by the server) and, for a superuser, taking the
// functions with effects from PUBLIC. Run by a login with CREATEROLE that
// may create in the database, or a superuser; it becomes the first admin.
Result<InitReport> init(const ConnectionSpec &spec, const QDateTime &nowUtc);

// Replaces the audit reader's password (needs CREATEROLE): the server keeps
// only its SCRAM verifier, members get the new one from ic_audit_reader().
// `team revoke` does it when a person loses their last role, so a copy they
// kept no longer logs in.
Result<void> rotateReaderPassword(QSqlDatabase &db);

// Whether the login connected may create roles (CREATEROLE or superuser).
Result<bool> canCreateRoles(QSqlDatabase &db);

// Creates a PostgreSQL login (LOGIN, nothing else: no superuser, no
// CREATEROLE) with `password`, for an admin whose role has CREATEROLE.
// The statement carries only the password's SCRAM verifier, made by libpq;
// the password is kept nowhere. Refuses a name that is not plain (letters,
// digits, _ . - @, 1 to 63 characters, not starting with pg_), a password
// shorter than 12 characters, and a login that exists. Give it roles with
// grant() afterwards.
Result<void> createLogin(QSqlDatabase &db, const QString &login, const QString &password);

} // namespace ic::Team

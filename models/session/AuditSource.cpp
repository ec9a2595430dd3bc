#include "models/session/AuditSource.h"

#include "models/audit/ReplicationLag.h"
#include "models/core/SecretStore.h"

#include <QPointer>

namespace ic {

AuditSource::AuditSource(ConnectionProfile profile, ConnectionSpec store, SecretStore *secrets,
                         QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_store(std::move(store)), m_secrets(secrets)
{
    qRegisterMetaType<ic::ConnectionSpec>();
    if (!isSeparate()) {
        m_state = State::Ready;
        m_spec = specFor(m_profile, m_store);
    }
}

ConnectionSpec AuditSource::specFor(const ConnectionProfile &profile, const ConnectionSpec &store,
                                    const QString &password)
{
    if (profile.auditSource) {
        ConnectionSpec spec = ConnectionSpec::postgres(*profile.auditSource, password);
        spec.readOnly = true; // audit logs are only read
        return spec;
    }
    if (profile.kind == ConnectionProfile::Kind::Sqlite)
        return ConnectionSpec::sqlite(profile.sqlitePath);
    ConnectionSpec spec = store; // the team database holds the platform tables too
    spec.readOnly = true;
    spec.reviewer = false;
    return spec;
}

AuditSource *AuditSource::forPrimary(const PgEndpoint &primary, SecretStore *secrets,
                                     QObject *parent)
{
    ConnectionProfile profile = ConnectionProfile::forPostgres(primary);
    profile.auditSource = primary;
    auto *source = new AuditSource(profile, ConnectionSpec(), secrets, parent);
    source->m_writes = true;
    return source;
}

ConnectionSpec AuditSource::specOf(const ConnectionProfile &profile, const ConnectionSpec &store,
                                   bool writes, const QString &password)
{
    ConnectionSpec spec = specFor(profile, store, password);
    if (writes)
        spec.readOnly = false; // containment writes there, and only containment
    return spec;
}

QString AuditSource::name() const
{
    return isSeparate() ? m_profile.auditSource->uri() : QStringLiteral("workspace");
}

QString AuditSource::secretKey() const
{
    return isSeparate() ? m_profile.auditSource->secretKey() : QString();
}

void AuditSource::locate()
{
    if (m_state == State::Ready || m_state == State::Locating)
        return; // known already, or the answer is on its way
    m_state = State::Locating;
    QPointer<AuditSource> self(this);
    find([self](const Result<ConnectionSpec> &r) {
        if (!self || self->m_state == State::Ready)
            return;
        if (r)
            self->setReady(r->password, false);
        else
            self->setNeedsPassword(r.error().message);
    });
}

void AuditSource::find(std::function<void(const Result<ConnectionSpec> &)> done)
{
    if (!isSeparate()) {
        done(*m_spec);
        return;
    }
    if (!m_secrets) {
        done(Error::make(Error::Kind::NotFound, QString()));
        return;
    }
    const ConnectionProfile profile = m_profile;
    const ConnectionSpec store = m_store;
    const bool writes = m_writes;
    m_secrets->find(secretKey(), [done, profile, store, writes](const SecretStore::ReadResult &r) {
        if (r.status == SecretStore::Status::Found) {
            done(specOf(profile, store, writes, r.secret));
            return;
        }
        // Not there: nothing to say but "enter it". A locked or missing
        // keychain: say why, and that what is typed is kept for now only.
        done(Error::make(Error::Kind::NotFound,
                         r.status == SecretStore::Status::NotFound
                             ? QString()
                             : r.message + QLatin1Char(' ') +
                                   tr("The password you enter now is kept in memory for this "
                                      "session only.")));
    });
}

void AuditSource::providePassword(const QString &password)
{
    if (!isSeparate() || password.isEmpty())
        return;
    if (!m_secrets) {
        setReady(password, true);
        return;
    }
    // The keychain is the only place a password is kept; if it cannot take
    // it, it lives in memory for this session only.
    const QString key = secretKey();
    QPointer<AuditSource> self(this);
    m_secrets->write(key, password, [self, key, password](const Result<void> &r) {
        if (!self)
            return;
        if (!r)
            self->m_secrets->keepForSession(key, password);
        self->setReady(password, true);
    });
}

void AuditSource::refused(const Error &error)
{
    if (!isSeparate())
        return;
    if (m_secrets)
        m_secrets->forgetSession(secretKey());
    Q_UNUSED(error)
    setNeedsPassword(tr("The password that was tried was refused."));
}

void AuditSource::setReady(const QString &password, bool typed)
{
    m_state = State::Ready;
    m_problem.clear();
    m_spec = specOf(m_profile, m_store, m_writes, password);
    watchReplication();
    emit ready(*m_spec, typed);
}

void AuditSource::watchReplication()
{
    delete m_replication;
    m_replication = nullptr;
    if (isSeparate() && !m_writes && m_spec && m_spec->kind == ConnectionProfile::Kind::Postgres) {
        m_replication = new ReplicationMonitor(*m_spec, this);
        m_replication->start();
    }
    emit replicationChanged(m_replication);
}

void AuditSource::setNeedsPassword(const QString &problem)
{
    m_state = State::NeedsPassword;
    m_spec.reset();
    watchReplication();
    m_problem = problem;
    emit passwordNeeded(problem);
}

} // namespace ic

#include "models/session/SessionOpener.h"

#include "models/core/SecretStore.h"
#include "models/demo/DemoData.h"

#include <QCoreApplication>

namespace ic {

namespace {
// These texts were first written for the window; they keep its translation
// context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MainWindow)
};
} // namespace

SessionOpener::SessionOpener(Settings &settings, SecretStore *secrets, const Clock &clock,
                             QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_clock(clock)
{
    qRegisterMetaType<ic::ConnectionProfile>();
}

void SessionOpener::open(const ConnectionProfile &profile, const QString &password,
                         WorkspaceSession::AfterOpen afterOpen, bool createIfMissing)
{
    if (m_opening)
        m_opening->deleteLater();
    auto *session = new WorkspaceSession(profile, m_settings, m_secrets, m_clock, m_options, this);
    m_opening = session;
    connect(session, &WorkspaceSession::progress, this, [this, session](int percent) {
        if (session == m_opening)
            emit progress(percent);
    });
    connect(session, &WorkspaceSession::opened, this, [this, session] {
        if (session != m_opening)
            return;
        m_opening = nullptr;
        m_triedStoredSecret.clear();
        emit opened(session);
    });
    connect(session, &WorkspaceSession::failed, this, [this, session](const Error &error) {
        if (session != m_opening)
            return;
        m_opening = nullptr;
        session->deleteLater();
        const ConnectionProfile p = session->profile();
        emit failed(error, p);
        if (p.kind == ConnectionProfile::Kind::Postgres && error.kind == Error::Kind::AuthFailed) {
            const QString key = p.store.secretKey();
            if (m_secrets)
                m_secrets->forgetSession(key);
            // The stored password no longer works (rotated?): ask for the new one.
            if (m_triedStoredSecret == key)
                emit passwordNeeded(p, error.message, false);
        }
        m_triedStoredSecret.clear();
    });
    emit started(profile);
    session->open(password, createIfMissing, std::move(afterOpen));
}

void SessionOpener::openDemo(const QString &path, const QString &name)
{
    WorkspaceSession::AfterOpen fill = [](QSqlDatabase &db, const WorkspaceInfo &info,
                                          std::function<void(int)> progress) -> Result<void> {
        if (!info.created)
            return success();
        auto r = DemoData::fill(db, DemoOptions(), [progress](qint64 done, qint64 total) {
            progress(int(done * 100 / qMax<qint64>(total, 1)));
        });
        if (!r)
            return r.error();
        return success();
    };
    ConnectionProfile profile = ConnectionProfile::forSqlite(path);
    profile.name = name;
    open(profile, {}, std::move(fill));
}

void SessionOpener::connectTeam(const ConnectionProfile &profile, const QString &password,
                                bool createStore)
{
    const QString key = profile.store.secretKey();
    if (!m_secrets) {
        if (password.isEmpty())
            emit passwordNeeded(profile,
                                Tr::tr("Enter the password for %1.").arg(profile.store.uri()),
                                createStore);
        else
            open(profile, password, {}, createStore);
        return;
    }
    if (!password.isEmpty()) {
        m_triedStoredSecret.clear();
        // Stored first; the keychain is the only place a password may live.
        m_secrets->write(key, password,
                         [this, profile, password, key, createStore](const Result<void> &r) {
                             if (!r) {
                                 m_secrets->keepForSession(key, password);
                                 emit notice(Tr::tr("The password could not be stored in your "
                                                    "keychain, so it is kept in memory for "
                                                    "this session only; you will be asked "
                                                    "again next time. It was not written "
                                                    "anywhere else.") +
                                             QLatin1Char('\n') + r.error().message);
                             }
                             open(profile, password, {}, createStore);
                         });
        return;
    }
    m_secrets->find(key, [this, profile, key, createStore](const SecretStore::ReadResult &r) {
        switch (r.status) {
        case SecretStore::Status::Found:
            m_triedStoredSecret = key;
            open(profile, r.secret, {}, createStore);
            return;
        case SecretStore::Status::NotFound:
            emit passwordNeeded(profile,
                                Tr::tr("Enter the password for %1.").arg(profile.store.uri()),
                                createStore);
            return;
        case SecretStore::Status::Locked:
        case SecretStore::Status::Unavailable:
        case SecretStore::Status::Failed:
            emit passwordNeeded(profile,
                                r.message + QLatin1Char(' ') +
                                    Tr::tr("The password you enter now is kept in memory for "
                                           "this session only."),
                                createStore);
            return;
        }
    });
}

} // namespace ic

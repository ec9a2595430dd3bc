#include "WorkspaceArgs.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ic::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::app::WorkspaceArgs)
};
} // namespace

QString WorkspaceArgs::problem(const QCommandLineParser &parser) const
{
    if (parser.isSet(workspace) == parser.isSet(pg))
        return Tr::tr("give exactly one of --workspace FILE or --pg CONNINFO.");
    return {};
}

Result<ConnectionProfile> WorkspaceArgs::profile(const QCommandLineParser &parser) const
{
    if (parser.isSet(workspace))
        return ConnectionProfile::forSqlite(QFileInfo(parser.value(workspace)).absoluteFilePath());
    auto endpoint = PgEndpoint::fromConnInfo(parser.value(pg));
    if (!endpoint)
        return endpoint.error();
    return ConnectionProfile::forPostgres(endpoint.value());
}

Result<std::unique_ptr<WorkspaceSession>> openSession(const ConnectionProfile &profile,
                                                      Settings &settings, SecretStore *secrets,
                                                      bool readOnly, bool createIfMissing,
                                                      WorkspaceSession::AfterOpen afterOpen)
{
    WorkspaceSession::Options options;
    options.live = false;
    options.readOnly = readOnly;
    auto session =
        std::make_unique<WorkspaceSession>(profile, settings, secrets, Clock::system(), options);
    auto opened = session->openAndWait({}, createIfMissing, std::move(afterOpen));
    if (!opened)
        return opened.error();
    return session;
}

Result<QList<Incident>> incidents(WorkspaceSession &session)
{
    // A load of its own: the one the session started as it opened may have
    // been answered already.
    IncidentStore *store = session.incidents();
    return wait<QList<Incident>>([store](auto done) {
        auto loaded = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        *loaded = QObject::connect(store, &IncidentStore::incidentsLoaded, store,
                                   [done, loaded, failed](const QList<Incident> &list) {
                                       QObject::disconnect(*loaded);
                                       QObject::disconnect(*failed);
                                       done(list);
                                   });
        *failed = QObject::connect(store, &IncidentStore::failed, store,
                                   [done, loaded, failed](const Error &e) {
                                       QObject::disconnect(*loaded);
                                       QObject::disconnect(*failed);
                                       done(e);
                                   });
        store->reload();
    });
}

Result<Incident> findIncident(WorkspaceSession &session, const QString &idOrRef)
{
    auto list = incidents(session);
    if (!list)
        return list.error();
    for (const Incident &i : list.value()) {
        if (i.id == idOrRef || i.ref == idOrRef.toUpper())
            return i;
    }
    return Error::make(Error::Kind::NotFound,
                       Tr::tr("No incident \"%1\" in this workspace (give its reference, e.g. "
                              "INC-2026-001, or its id).")
                           .arg(idOrRef));
}

} // namespace ic::app

#include "models/core/Workstation.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace ic::Workstation {

namespace {

QString installId()
{
    // One id for every program of the app run by this user (the GUI, the
    // command line, a helper process): not tied to the application name.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/incident-commander");
    const QString path = dir + QStringLiteral("/workstation-id");
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(existing.read(64)).trimmed();
        if (!QUuid::fromString(id).isNull())
            return id;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(dir);
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(id.toLatin1() + '\n');
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.commit();
    }
    // Unwritable data folder: the id lives as long as the process, which
    // still tells this process's claims from a clone's.
    return id;
}

QString bootId()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (f.open(QIODevice::ReadOnly))
        return QString::fromLatin1(f.readAll()).trimmed();
    return QStringLiteral("unknown-boot");
}

} // namespace

QString id()
{
    static QMutex mutex;
    static QString cached;
    QMutexLocker lock(&mutex);
    if (cached.isEmpty())
        cached = installId() + QLatin1Char('/') + bootId();
    return cached;
}

} // namespace ic::Workstation

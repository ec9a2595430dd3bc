#include "models/detection/DetectionRunner.h"

#include <QTimer>

namespace ic {

DetectionRunner::DetectionRunner(ConnectionSpec store, const Clock &clock, QString actor,
                                 bool canDetect, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_clock(clock), m_actor(std::move(actor)),
      m_canDetect(canDetect)
{}

void DetectionRunner::setRuleFolders(const QStringList &folders)
{
    m_folders = folders;
    if (m_detector)
        m_detector->setRuleFolders(folders);
}

void DetectionRunner::setActor(const QString &actor)
{
    m_actor = actor;
    if (m_detector)
        m_detector->setActor(actor);
}

void DetectionRunner::startOnWorkspace()
{
    m_waiting = false;
    start(std::nullopt, false);
}

void DetectionRunner::waitForAuditSource()
{
    stopDetector();
    m_waiting = true;
}

void DetectionRunner::setAuditSource(const ConnectionSpec &audit, bool runAtOnce)
{
    m_waiting = false;
    start(audit, runAtOnce);
}

bool DetectionRunner::runNow()
{
    return m_detector && m_detector->runNow();
}

void DetectionRunner::start(const std::optional<ConnectionSpec> &audit, bool runAtOnce)
{
    if (!m_canDetect)
        return;
    stopDetector();
    auto *d = new Detector(m_store, audit, m_clock, m_actor, this);
    m_detector = d;
    d->setRuleFolders(m_folders);
    connect(d, &Detector::passFinished, this, &DetectionRunner::passFinished);
    connect(d, &Detector::auditSourceFailed, this, [this, d](const Error &error) {
        // Unreachable: each rule says so and tries again next time. A refused
        // password stops the rules until a new one is known.
        if (error.kind != Error::Kind::AuthFailed || d != m_detector ||
            !d->readsSeparateAuditSource())
            return;
        stopDetector();
        m_waiting = true;
        emit auditSourceRefused(error);
    });
    d->start();
    if (runAtOnce)
        d->runNow();
    else
        QTimer::singleShot(FirstPassDelayMs, d, [d] { d->runDue(); });
    emit detectorChanged(d);
}

void DetectionRunner::stopDetector()
{
    if (!m_detector)
        return;
    Detector *d = m_detector;
    m_detector = nullptr;
    d->stop();
    disconnect(d, nullptr, this, nullptr);
    d->deleteLater(); // it may be delivering the signal that stopped it
    emit detectorChanged(nullptr);
}

} // namespace ic

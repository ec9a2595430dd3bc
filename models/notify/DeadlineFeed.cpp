#include "models/notify/DeadlineFeed.h"

#include "models/notify/NotifyStore.h"

namespace ic {

DeadlineFeed::DeadlineFeed(SqlExecutor *executor, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(new NotifyStore(executor, clock, QString(), this))
{
    qRegisterMetaType<QHash<QString, ic::IncidentDeadline>>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DeadlineFeed::load);
}

void DeadlineFeed::reload()
{
    m_debounce.start();
}

void DeadlineFeed::load()
{
    // One load at a time; a request meanwhile loads once more afterwards.
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_store->nearestDeadlines([this](const Result<QHash<QString, IncidentDeadline>> &r) {
        m_loading = false;
        if (r) {
            m_deadlines = r.value();
            emit deadlinesChanged(m_deadlines);
        } else {
            emit failed(r.error());
        }
        if (m_again) {
            m_again = false;
            load();
        }
    });
}

} // namespace ic

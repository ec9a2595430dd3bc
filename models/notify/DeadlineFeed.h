#pragma once

#include "models/core/Result.h"
#include "models/notify/RegulatoryClock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ic {

class Clock;
class NotifyStore;
class SqlExecutor;

// The nearest running regulatory deadline of every incident, for the
// incident list. The session asks it to reload (on the worker thread)
// whenever an incident changes, so a saved fact, a sent notice or a new
// became-aware time shows in the list; the list computes "time left" itself
// each second.
class DeadlineFeed : public QObject
{
    Q_OBJECT
public:
    DeadlineFeed(SqlExecutor *executor, const Clock &clock, QObject *parent = nullptr);

    const QHash<QString, IncidentDeadline> &deadlines() const { return m_deadlines; }
    // Reloads soon; several requests in a row make one reload.
    void reload();

signals:
    void deadlinesChanged(const QHash<QString, ic::IncidentDeadline> &deadlines);
    void failed(const ic::Error &error);

private:
    void load();

    NotifyStore *m_store;
    QHash<QString, IncidentDeadline> m_deadlines;
    QTimer m_debounce;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace ic

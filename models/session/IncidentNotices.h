#pragma once

#include "models/incidents/Incident.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace ic {

class IncidentListModel;

// What deserves a desktop notification in the incident list: an incident
// opened by someone else, one assigned to you by someone else, a response
// that became overdue. Each is said once; the first load says nothing.
class IncidentNotices : public QObject
{
    Q_OBJECT
public:
    IncidentNotices(const IncidentListModel *list, QObject *parent = nullptr);

    void setMe(const QString &actor) { m_me = actor; }
    // Before the list takes them in.
    void loaded(const QList<ic::Incident> &incidents);
    void saved(const ic::Incident &incident);
    // After the list's overdue count changed.
    void overdueChanged();

signals:
    void notice(const QString &title, const QString &message, const QString &incidentId);

private:
    const IncidentListModel *m_list;
    QString m_me;
    QSet<QString> m_known;   // to tell new incidents from a reload
    bool m_loaded = false;   // the first load notifies nothing
    QSet<QString> m_overdue; // each overdue response is said once
};

} // namespace ic

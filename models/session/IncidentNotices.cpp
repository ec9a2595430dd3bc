#include "models/session/IncidentNotices.h"

#include "models/incidents/IncidentListModel.h"

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

IncidentNotices::IncidentNotices(const IncidentListModel *list, QObject *parent)
    : QObject(parent), m_list(list)
{}

void IncidentNotices::loaded(const QList<Incident> &incidents)
{
    const bool first = !m_loaded;
    m_loaded = true;
    for (const Incident &inc : incidents) {
        if (!first && !m_known.contains(inc.id) && inc.createdBy != m_me)
            emit notice(Tr::tr("New incident %1").arg(inc.ref),
                        Tr::tr("%1 %2, opened by %3")
                            .arg(severityCode(inc.severity), inc.title, inc.createdBy),
                        inc.id);
        m_known.insert(inc.id);
    }
}

void IncidentNotices::saved(const Incident &inc)
{
    const Incident *before = m_list->incidentById(inc.id);
    if (inc.commander == m_me && inc.updatedBy != m_me && (!before || before->commander != m_me))
        emit notice(Tr::tr("%1 assigned to you").arg(inc.ref),
                    Tr::tr("%1 made you the commander of %2 %3: %4")
                        .arg(inc.updatedBy, inc.ref, severityCode(inc.severity), inc.title),
                    inc.id);
    if (!before && inc.createdBy != m_me && m_loaded && !m_known.contains(inc.id))
        emit notice(
            Tr::tr("New incident %1").arg(inc.ref),
            Tr::tr("%1 %2, opened by %3").arg(severityCode(inc.severity), inc.title, inc.createdBy),
            inc.id);
    m_known.insert(inc.id);
}

void IncidentNotices::overdueChanged()
{
    QSet<QString> now;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const QModelIndex idx = m_list->index(row, IncidentListModel::ResponseColumn);
        if (ResponseState::Kind(idx.data(IncidentListModel::ResponseKindRole).toInt()) !=
            ResponseState::Kind::Overdue)
            continue;
        const Incident *inc = m_list->incident(row);
        now.insert(inc->id);
        if (!m_overdue.contains(inc->id))
            emit notice(Tr::tr("%1 is overdue").arg(inc->ref),
                        Tr::tr("No one has taken command of %1 %2 within its %3 response target.")
                            .arg(severityCode(inc->severity), inc->title,
                                 m_list->policy().level(inc->severity).responseText),
                        inc->id);
    }
    m_overdue = now;
}

} // namespace ic

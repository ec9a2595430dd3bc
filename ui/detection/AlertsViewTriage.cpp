// The Alerts view's acts on the selected line, an alert or a rule's group:
// promote, link to an open incident, dismiss, open the incident; and what
// it says when they are done.
#include "models/detection/AlertListModel.h"
#include "models/detection/AlertStore.h"
#include "models/detection/Detector.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/detection/AlertDetail.h"
#include "ui/detection/AlertsView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

#include <algorithm>

namespace ic {

void AlertsView::connectTriage()
{
    connect(m_store, &AlertStore::linked, this, &AlertsView::showLinked);
    connect(m_store, &AlertStore::dismissedAll, this,
            [this](const QList<Alert> &alerts, const QList<qint64> &skipped) {
                m_reason->clear();
                m_banner->clearActions();
                QString text = tr("%n alert(s) dismissed: %1", nullptr, int(alerts.size()))
                                   .arg(alerts.value(0).dismissReason);
                if (!skipped.isEmpty())
                    text += QLatin1Char(' ') +
                            tr("%n changed by someone else meanwhile and left as it was.", nullptr,
                               int(skipped.size()));
                m_banner->show(MessageBanner::Kind::Info, text);
                reload();
            });
    // The incidents, for the Incident column and what covers an open alert.
    if (IncidentStore *incidents = m_context.session->incidents()) {
        connect(incidents, &IncidentStore::incidentsLoaded, m_model, &AlertListModel::setIncidents);
        connect(incidents, &IncidentStore::incidentSaved, m_model, &AlertListModel::upsertIncident);
        // The incidents to link to follow (the matched rows need no reload).
        connect(incidents, &IncidentStore::incidentSaved, this, [this] {
            m_detail->setLinkTargets(
                m_model->openIncidents(),
                m_model->suggestionAt(m_table->selectionModel()->currentIndex()));
            updateEnabled();
        });
    }
    loadIncidents();
}

void AlertsView::loadIncidents()
{
    QList<Incident> all;
    if (IncidentListModel *list = m_context.session->incidentList()) {
        for (int r = 0; r < list->rowCount(); ++r) {
            if (const Incident *i = list->incident(r))
                all << *i;
        }
    }
    m_model->setIncidents(all);
}

void AlertsView::setGrouped(bool grouped)
{
    const std::optional<qint64> keep =
        selected() ? std::optional<qint64>(selected()->id) : std::nullopt;
    m_model->setGrouped(grouped);
    if (keep)
        selectAlert(*keep);
    else
        showSelected();
}

const Alert *AlertsView::selected() const
{
    return m_model->alertAt(m_table->selectionModel()->currentIndex());
}

QList<Alert> AlertsView::selectedAlerts() const
{
    return m_model->alertsAt(m_table->selectionModel()->currentIndex());
}

bool AlertsView::selectAlert(qint64 alertId)
{
    const QModelIndex i = m_model->indexOf(alertId);
    if (!i.isValid())
        return false;
    if (i.parent().isValid())
        m_table->expand(i.parent());
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->scrollTo(i);
    return true;
}

void AlertsView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Alert *a = selected();
    if (auto group = m_model->groupAt(current))
        m_detail->showGroup(*group);
    else
        m_detail->showAlert(a);
    m_detail->setLinkTargets(m_model->openIncidents(), m_model->suggestionAt(current));
    if (a && m_store)
        m_store->loadRows(a->id);
    updateEnabled();
}

void AlertsView::updateEnabled()
{
    const QList<Alert> alerts = selectedAlerts();
    const bool writable = m_store && !m_store->isReadOnly();
    const bool canResolve = writable && std::any_of(alerts.begin(), alerts.end(),
                                                    [](auto &a) { return a.canResolve(); });
    const bool anyOpen = writable && std::any_of(alerts.begin(), alerts.end(), [](auto &a) {
                             return a.status == AlertStatus::Open;
                         });
    m_promote->setEnabled(canResolve);
    m_promoteAction->setEnabled(canResolve);
    m_reason->setEnabled(anyOpen);
    m_dismiss->setEnabled(anyOpen);
    m_dismissAction->setEnabled(anyOpen);
    const bool canLink = canResolve && !m_detail->linkTarget().isEmpty();
    m_detail->linkButton()->setEnabled(canLink);
    m_detail->linkCombo()->setEnabled(canResolve);
    m_linkAction->setEnabled(canLink);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString incident = current.siblingAtColumn(AlertListModel::IncidentColumn)
                                 .data(AlertListModel::IncidentIdRole)
                                 .toString();
    m_detail->openIncidentButton()->setEnabled(!incident.isEmpty());
    Detector *d = detector();
    const bool running = d && d->isRunning();
    m_runNow->setEnabled(d && !running);
    m_runAction->setEnabled(d && !running);
}

void AlertsView::promoteSelected()
{
    QList<Alert> alerts = selectedAlerts();
    if (alerts.isEmpty() || !m_store)
        return;
    m_banner->hide();
    m_promote->setEnabled(false); // until the store answers
    if (alerts.size() == 1) {
        m_store->promote(alerts.first());
        return;
    }
    // The lead names the incident: the most severe, then the most rows.
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.matchedRows > b.matchedRows;
    });
    m_store->promoteGroup(alerts);
}

void AlertsView::dismissSelected()
{
    const QList<Alert> alerts = selectedAlerts();
    if (alerts.isEmpty() || !m_store || !m_dismiss->isEnabled())
        return;
    m_banner->hide();
    // The reason stays in the field until the dismissal is saved: a refused
    // one can be corrected.
    if (alerts.size() == 1)
        m_store->dismiss(alerts.first(), m_reason->text());
    else
        m_store->dismissAll(alerts, m_reason->text());
}

void AlertsView::linkSelected()
{
    const QList<Alert> alerts = selectedAlerts();
    if (alerts.isEmpty() || !m_store)
        return;
    const Incident *target = m_model->incident(m_detail->linkTarget());
    if (!target) {
        showError(Error::make(Error::Kind::InvalidInput,
                              tr("Choose the open incident that covers the alert. Nothing was "
                                 "changed.")));
        return;
    }
    m_banner->hide();
    m_detail->linkButton()->setEnabled(false); // until the store answers
    m_store->link(alerts, *target);
}

void AlertsView::openSelectedIncident()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    openIncident(current.siblingAtColumn(AlertListModel::IncidentColumn)
                     .data(AlertListModel::IncidentIdRole)
                     .toString());
}

void AlertsView::openIncident(const QString &incidentId)
{
    if (!incidentId.isEmpty() && m_context.navigator)
        emit m_context.navigator->showIncident(incidentId);
}

void AlertsView::showLinked(const QList<Alert> &alerts, const Incident &incident,
                            const QList<qint64> &skipped)
{
    QString text;
    if (incident.id == m_promotedIncident) {
        m_promotedIncident.clear();
        // The rest of a group promoted as one incident.
        text = m_banner->text() + QLatin1Char(' ') +
               tr("The group's other %n alert(s) are linked to it.", nullptr, int(alerts.size()));
    } else {
        m_banner->clearActions();
        text = alerts.size() == 1
                   ? tr("Alert %1 is linked to %2 (recorded on the alert and on the incident's "
                        "timeline; its rows are pinned as evidence there).")
                         .arg(alerts.first().id)
                         .arg(incident.ref)
                   : tr("%n alert(s) are linked to %1 (recorded on each alert and on the "
                        "incident's timeline; their rows are pinned as evidence there).",
                        nullptr, int(alerts.size()))
                         .arg(incident.ref);
        const QString id = incident.id;
        QPushButton *open =
            m_banner->addAction(tr("&Open Incident"), QStringLiteral("openLinkedIncidentButton"));
        connect(open, &QPushButton::clicked, this, [this, id] { openIncident(id); });
    }
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("%n changed by someone else meanwhile and left as it was.",
                                      nullptr, int(skipped.size()));
    m_banner->show(MessageBanner::Kind::Info, text);
    reload();
}

} // namespace ic

// The actions a crash or a closed window left unfinished: the tab's count,
// the banner that offers to resume them, and resume/dismiss of the selected one.
#include "ui/actions/ActionsPane.h"

#include "models/actions/ActionModel.h"
#include "models/actions/ActionService.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace ic {

void ActionsPane::watchUnfinished(WorkspaceSession &session, QObject *context,
                                  std::function<void(const QString &)> setTabText)
{
    ActionService *service = session.actions();
    if (!service)
        return;
    // Actions a crash or a closed window left unfinished, that nobody runs
    // now: the tab says how many, whether or not the pane was opened.
    auto unfinished = std::make_shared<QSet<QString>>();
    auto show = [unfinished, setTabText] {
        setTabText(unfinished->isEmpty() ? QString()
                                         : tr("Actions (%1 unfinished)").arg(unfinished->size()));
    };
    QObject::connect(
        service, &ActionService::attentionLoaded, context,
        [service, unfinished, show](const QList<ActionRecord> &list) {
            unfinished->clear();
            for (const ActionRecord &a : list) {
                if (!service->isRunning(a.id) &&
                    !a.claimedByOther(service->instanceId(), QDateTime::currentDateTimeUtc()))
                    unfinished->insert(a.id);
            }
            show();
        });
    QObject::connect(service, &ActionService::actionChanged, context,
                     [service, unfinished, show](const ActionRecord &a) {
                         if (unfinished->contains(a.id) &&
                             (a.isFinished() || service->isRunning(a.id))) {
                             unfinished->remove(a.id);
                             show();
                         }
                     });
    // The settings are read by the session when it makes the service.
    service->loadNeedingAttention();
}

void ActionsPane::resumeSelected()
{
    const QString id = m_table->currentIndex().data(ActionModel::ActionIdRole).toString();
    if (id.isEmpty())
        return;
    m_service->resume(id, [this](const Result<ActionRecord> &r) {
        if (!r)
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
    });
}

void ActionsPane::dismissSelected()
{
    const QString id = m_table->currentIndex().data(ActionModel::ActionIdRole).toString();
    if (id.isEmpty())
        return;
    const QString note = m_reason->text();
    m_service->dismiss(id, note, [this](const Result<ActionRecord> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_reason->clear();
    });
}

void ActionsPane::showUnfinished(const QList<ActionRecord> &list)
{
    m_unfinished.clear();
    for (const ActionRecord &a : list) {
        if (!m_service->isRunning(a.id) &&
            !a.claimedByOther(m_service->instanceId(), QDateTime::currentDateTimeUtc()))
            m_unfinished << a;
    }
    if (m_unfinished.isEmpty())
        return;
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Warning,
                   tr("%n containment action(s) did not finish: the app was closed or the "
                      "outcome is unknown. Nothing was sent again on its own. Resume sends each "
                      "with its own Idempotency-Key, so nothing happens twice.",
                      nullptr, int(m_unfinished.size())));
    if (m_service->isReadOnly() || !m_service->may(Permissions::Action::Contain))
        return;
    QPushButton *show = m_banner->addAction(tr("Show"), QStringLiteral("showUnfinishedButton"));
    connect(show, &QPushButton::clicked, this, [this] {
        if (!m_unfinished.isEmpty() && m_context.navigator)
            emit m_context.navigator->showIncident(m_unfinished.first().incidentId);
    });
    QPushButton *resumeAll =
        m_banner->addAction(tr("Resume All"), QStringLiteral("resumeAllButton"));
    connect(resumeAll, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        for (const ActionRecord &a : std::as_const(m_unfinished))
            m_service->resume(a.id);
        m_unfinished.clear();
    });
}

} // namespace ic

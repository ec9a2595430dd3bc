#include "ui/team/ApprovalNotifier.h"

#include "ui/MessageBanner.h"
#include "ui/TrayNotifier.h"

#include <QPushButton>

namespace ic {

ApprovalNotifier::ApprovalNotifier(MessageBanner *banner, TrayNotifier *tray, QObject *parent)
    : QObject(parent), m_banner(banner), m_tray(tray)
{}

void ApprovalNotifier::approvalRequested(const QString &incidentId, const QString &incidentRef,
                                         const QString &action, const QString &requestedBy)
{
    show(tr("Approval requested"),
         tr("%1 asks for approval of %2 (%3). Only an approver other than them can approve or "
            "reject it.")
             .arg(requestedBy, action, incidentRef.isEmpty() ? incidentId : incidentRef),
         incidentId, false);
}

void ApprovalNotifier::brokeGlass(const QString &incidentId, const QString &incidentRef)
{
    show(tr("BREAK-GLASS"),
         tr("A containment action of %1 was run without a second person's approval. The "
            "justification is on its timeline.")
             .arg(incidentRef.isEmpty() ? incidentId : incidentRef),
         incidentId, true);
}

void ApprovalNotifier::show(const QString &title, const QString &message, const QString &incidentId,
                            bool warning)
{
    m_history << title + QStringLiteral(": ") + message;
    while (m_history.size() > 50)
        m_history.removeFirst();
    // Always in the window; the tray shows it too where there is one.
    if (m_banner) {
        m_banner->clearActions();
        m_banner->show(warning ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info,
                       title + QStringLiteral(": ") + message);
        if (!incidentId.isEmpty()) {
            QPushButton *b =
                m_banner->addAction(tr("Show"), QStringLiteral("approvalNoticeShowButton"));
            connect(b, &QPushButton::clicked, this,
                    [this, incidentId] { emit showIncident(incidentId); });
        }
    }
    if (m_tray)
        m_tray->notify(title, message, incidentId);
    emit notified(title, message, incidentId);
}

} // namespace ic

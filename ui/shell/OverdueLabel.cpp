#include "ui/shell/OverdueLabel.h"

#include "models/incidents/IncidentListModel.h"
#include "models/session/IncidentClocks.h"
#include "models/session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace ic {

OverdueLabel::OverdueLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("overdueLabel"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
}

void OverdueLabel::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session && session->incidentList()) {
        // The count follows the clocks as time passes (the list ticks each second).
        connect(session->incidentList(), &QAbstractItemModel::dataChanged, this,
                &OverdueLabel::refresh);
        if (session->clocks())
            connect(session->clocks(), &IncidentClocks::changed, this, &OverdueLabel::refresh);
    }
    refresh();
}

void OverdueLabel::refresh()
{
    IncidentClocks *clocks = m_session ? m_session->clocks() : nullptr;
    const int overdue = clocks ? clocks->overdueTotal()
                        : m_session && m_session->incidentList()
                            ? m_session->incidentList()->overdueCount()
                            : 0;
    // The window's texts, kept in its translation context.
    setText(overdue > 0
                ? QCoreApplication::translate("ic::MainWindow", "⚠ %n overdue", nullptr, overdue)
                : QString());
    setToolTip(overdue > 0 ? tr("Every overdue response, escalation, checklist step and "
                                "notification of the open incidents. Click to go to the one "
                                "overdue the longest.")
                           : QString());
}

void OverdueLabel::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !text().isEmpty())
        emit activated();
}

void OverdueLabel::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space) &&
        !text().isEmpty()) {
        emit activated();
        return;
    }
    QLabel::keyPressEvent(event);
}

} // namespace ic

#pragma once

#include "models/session/IncidentClocks.h"

#include <QDateTime>
#include <QFrame>
#include <QPointer>
#include <QTimer>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace ic {

class WorkspaceSession;

// The selected incident at a glance, above every tab: severity, status,
// commander, time since detection, and the next deadline of each of its
// clocks, the worst overdue first. Every clock is written out (text and an
// icon, never colour alone); clicking one goes to the pane that settles it.
// Reads what the session already holds: it never waits on the database.
class IncidentHeader : public QFrame
{
    Q_OBJECT
public:
    explicit IncidentHeader(QWidget *parent = nullptr);

    // The open workspace (null: none) and the incident shown ("" : none).
    void setSession(WorkspaceSession *session);
    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }

    // Reads the clocks again (each second while shown).
    void refresh();

    // The clock buttons shown now, worst first (for tests and the bench).
    QList<QToolButton *> clockButtons() const { return m_buttons; }

signals:
    // The commander clicked a clock: show the pane that settles it.
    void clockActivated(ic::ClockDue::Kind kind);
    // "Became aware" chosen for a clock that had not started; the header
    // records it on the incident.
    void becameAwareChosen(const QString &incidentId, const QDateTime &awareUtc);
    // "Not applicable" recorded: the facts answered and `text` noted.
    void notApplicableRecorded(const QString &incidentId, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString clockText(const ClockDue &clock, const QDateTime &now) const;
    QString clockTip(const ClockDue &clock) const;
    void askBecameAware(QToolButton *button);
    void recordBecameAware(const QString &incidentId, const QDateTime &awareUtc);

    QPointer<WorkspaceSession> m_session;
    QString m_incidentId;
    QLabel *m_severity;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_empty;
    QHBoxLayout *m_clockRow;
    QList<QToolButton *> m_buttons;
    QTimer m_tick;
};

} // namespace ic

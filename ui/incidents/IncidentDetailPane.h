#pragma once

#include "models/incidents/Incident.h"
#include "models/incidents/SeverityPolicy.h"
#include "models/timeline/TimelineEvent.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ic {

class Clock;
class IncidentActivity;
class IncidentEditQueue;
class IncidentStore;
class MessageBanner;

// Everything about the selected incident, editable in place. Every change is
// saved at once; edits made while a save is in flight are queued and sent on
// top of the saved version, so one commander never conflicts with themselves.
class IncidentDetailPane : public QWidget
{
    Q_OBJECT
public:
    IncidentDetailPane(IncidentStore *store, const Clock &clock, QWidget *parent = nullptr);

    void setPolicy(const ic::SeverityPolicy &policy);
    void showIncident(const ic::Incident *incident); // nullptr: nothing selected
    // A newer copy of an incident arrived (saved here or elsewhere).
    void incidentUpdated(const ic::Incident &incident);
    void setEvents(const QString &incidentId, const QList<ic::IncidentEvent> &events);
    void setReadOnly(bool readOnly);

    QString incidentId() const;
    bool hasUnsavedChanges() const;
    // Saves whatever is being typed right now (before closing the window).
    void flushTyping();
    void focusTitle();
    void focusNote();
    void takeCommand();
    void toggleClosed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void populate(bool force);
    void updateCountdown();
    void submit(const IncidentPatch &patch);
    void watchEdits();
    void showConflict(const Incident &current, const IncidentPatch &rejected);
    void showSaveError(const Error &error, const IncidentPatch &rejected);
    void showProblems();
    void saveSummaryNow();

    IncidentStore *m_store;
    const Clock &m_clock;
    SeverityPolicy m_policy = SeverityPolicy::securityTeam();
    std::optional<Incident> m_incident;
    IncidentEditQueue *m_edits; // saves per incident, one at a time
    bool m_populating = false;
    bool m_readOnly = false;

    QStackedWidget *m_stack;
    MessageBanner *m_banner;
    QLabel *m_refLabel;
    QLabel *m_countdownLabel;
    QLabel *m_saveStateLabel;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_commander;
    QPushButton *m_takeCommand;
    QPlainTextEdit *m_summary;
    QLineEdit *m_users;
    QLineEdit *m_tenants;
    QLineEdit *m_keys;
    QDateTimeEdit *m_detected;
    QCheckBox *m_awareKnown;
    QDateTimeEdit *m_aware;
    QPushButton *m_awareNow;
    IncidentActivity *m_activity;
    QTimer *m_summaryTimer;
    QTimer *m_tick;
};

} // namespace ic

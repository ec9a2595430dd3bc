#pragma once

#include "ui/Panes.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ic {

class ChecklistStore;
class MessageBanner;
class NotifyStore;
struct TimelineMarker;
class TimelineFilterModel;
class TimelineModel;
class TimelineStore;
class TimelineView;

// The incident's timeline: lanes per actor or kind above the event table,
// manual entries with a chosen time, review comments, and "verify record".
class TimelinePane : public IncidentPane
{
    Q_OBJECT
public:
    TimelinePane(const PaneContext &context, QWidget *parent = nullptr);

    static QString paneTitle() { return tr("Timeline"); }
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;

    TimelineModel *model() const { return m_model; }
    TimelineView *view() const { return m_view; }

private:
    void reload();
    void updateMarkers();
    void loadDeadlines(); // checklist steps and regulatory clocks, on the worker
    void updateKinds();
    void showEntryDialog(bool review);
    void verifyRecord();
    void syncTableToView(qint64 eventId);

    PaneContext m_context;
    std::optional<Incident> m_incident;
    TimelineStore *m_store;
    // The incident whose newest events were asked for first: a second reload
    // before they arrive asks for all of them, not for a second preview.
    QString m_previewFor;
    ChecklistStore *m_checklists;
    NotifyStore *m_clocks;
    QList<TimelineMarker> m_stepMarkers;
    QList<TimelineMarker> m_clockMarkers;
    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    TimelineView *m_view;
    QTableView *m_table;
    MessageBanner *m_banner;
    QComboBox *m_lanes;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QPushButton *m_addEntry;
    QPushButton *m_review;
    QPushButton *m_verify;
    QLabel *m_loading;
    QTimer *m_clockTimer;
};

} // namespace ic

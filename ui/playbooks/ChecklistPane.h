#pragma once

#include "models/core/Result.h"
#include "models/playbooks/Checklist.h"
#include "ui/Panes.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace ic {

class ChecklistModel;
class ChecklistStore;
class MessageBanner;
class PlaybookLibrary;
class StepCodePanel;

// The selected incident's playbook checklists: attach a playbook, tick steps
// with Space, skip with a reason, add notes; due times count down from
// detection. A step's code becomes an action prefilled from the incident.
class ChecklistPane : public IncidentPane
{
    Q_OBJECT
public:
    ChecklistPane(const PaneContext &context, QWidget *parent = nullptr);

    static QString paneTitle() { return tr("Checklist"); }
    static QList<QAction *> createActions(QObject *owner);
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;
    // "checklist.show" {incident_id}: raise the pane for that incident.
    bool handleRequest(const QString &what, const QVariantMap &arguments) override;

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void reload();
    void updateLibrary();
    void updateDetails();
    void updateSummary();
    void updateEnabled();
    void attachSelected();
    void updatePicker(bool suggest);
    void toggleCurrent();
    void tickEarlier();
    void skipCurrent();
    void addNote();
    const ChecklistItem *currentItem() const;
    void showError(const Error &error);
    void showNotice(const QString &text);
    ChecklistStore *store();

    PaneContext m_context;
    std::optional<Incident> m_incident;
    PlaybookLibrary *m_library;
    ChecklistModel *m_model;
    QTimer *m_poll;

    MessageBanner *m_banner;
    QComboBox *m_playbooks;
    QPushButton *m_attach;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTreeView *m_view;
    QLabel *m_stepText;
    QLabel *m_stepState;
    QLabel *m_substeps;
    StepCodePanel *m_code;
    QPushButton *m_tick;
    QPushButton *m_tickEarlier;
    QLabel *m_suggestion;
    QLineEdit *m_reason;
    QPushButton *m_skip;
    QLineEdit *m_note;
    QPushButton *m_addNote;
    QListWidget *m_notes;
    QAction *m_attachAction = nullptr;
    QString m_shownItem;      // the item the detail area shows
    QStringList m_suggested;  // playbooks the incident's alerts suggested
    QString m_pickerIncident; // the incident the picker's suggestion was made for
    bool m_announcing = false;
};

} // namespace ic

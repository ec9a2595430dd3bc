#pragma once

#include "models/notify/NotificationDraft.h"
#include "models/notify/NotificationFacts.h"
#include "models/notify/NotificationTemplate.h"
#include "ui/Panes.h"

#include <QFutureWatcher>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ic {

class DraftEditor;
class MessageBanner;
class NotificationFactsForm;
class NotifyStore;
class OrganisationDialog;
class RegulatoryClockModel;

// The incident's notifications: its regulatory clocks counting down from
// the moment the organisation became aware, the facts they depend on, and
// drafts written from templates, reviewed by someone else and marked sent.
class NotificationsPane : public IncidentPane
{
    Q_OBJECT
public:
    NotificationsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~NotificationsPane() override;

    static QString paneTitle() { return tr("Notifications"); }
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;

    const TemplateLibrary &templates() const { return m_templates; }
    RegulatoryClockModel *clockModel() const { return m_clockModel; }
    DraftEditor *editor() const { return m_editor; }

signals:
    void templatesLoaded(); // for tests: the library changed

private:
    void reloadTemplates();
    void reloadAll();
    void reloadClocks();
    void reloadFacts();
    void reloadDrafts();
    void reloadOrganisation();
    void saveFacts();
    void newDraft();
    void showSelectedDraft();
    void openSettings();
    void templateChosen();
    void updateEditorContext();
    void updateClockHint();
    void fillClockCombo();

    PaneContext m_context;
    NotifyStore *m_store;
    std::optional<Incident> m_incident;
    TemplateLibrary m_templates;
    QFutureWatcher<TemplateLibrary> m_templateWatcher;
    QList<NotificationDraft> m_drafts;
    NotificationFacts m_facts;
    OrganisationProfile m_organisation;
    QString m_selectDraft; // after the next drafts reload

    MessageBanner *m_banner;
    RegulatoryClockModel *m_clockModel;
    QTableView *m_clockTable;
    QLabel *m_clockHint;
    QTabWidget *m_tabs;
    NotificationFactsForm *m_factsForm;
    QComboBox *m_templateCombo;
    QComboBox *m_clockCombo;
    QPushButton *m_newDraft;
    QLabel *m_templateProblems;
    QPushButton *m_settingsButton;
    QListWidget *m_draftList;
    DraftEditor *m_editor;
    QPointer<OrganisationDialog> m_settingsDialog;
};

} // namespace ic

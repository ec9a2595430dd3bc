#pragma once

#include "models/actions/ActionPreview.h"
#include "ui/Panes.h"
#include "ui/actions/CommandPalette.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ic {

class ActionModel;
class ActionService;
class ApprovalPanel;
class CommandPalette;
class MessageBanner;
class WorkspaceSession;

// Containment for the selected incident: pick an action and a subject, see
// exactly what will happen, give a reason, run it; the incident's actions
// with their state below, unfinished ones resumable. Ctrl+K opens the
// keyboard-only command palette.
class ActionsPane : public IncidentPane
{
    Q_OBJECT
public:
    ActionsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~ActionsPane() override;

    static QString paneTitle() { return tr("Actions"); }
    static QList<QAction *> createActions(QObject *owner);
    // Keeps the tab saying how many actions did not finish, built or not.
    static void watchUnfinished(WorkspaceSession &session, QObject *context,
                                std::function<void(const QString &)> setTabText);

    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;
    bool handleRequest(const QString &what, const QVariantMap &arguments) override;

    ActionService *service() const { return m_service; }
    ActionModel *model() const { return m_model; }
    CommandPalette *palette() const { return m_palette; }
    ApprovalPanel *approvalPanel() const { return m_approval; }
    void openPalette();
    void openSettings();

private:
    void refillSubjects(bool keepTyped);
    void invalidatePreview();
    void preview();
    void run();
    void resumeSelected();
    void dismissSelected();
    void updateButtons();
    void updateBackendLabel();
    void showUnfinished(const QList<ActionRecord> &list);
    void announce(const ActionRecord &record);

    PaneContext m_context;
    std::optional<Incident> m_incident;
    QString m_paletteFor; // "actions.palette" for an incident not selected yet
    ActionService *m_service;
    ActionModel *m_model;
    MessageBanner *m_banner;
    QLabel *m_backend;
    QComboBox *m_kind;
    QComboBox *m_subject;
    QLabel *m_subjectError;
    QLineEdit *m_reason;
    QLabel *m_reasonError;
    QPushButton *m_previewButton;
    QPushButton *m_runButton;
    QPlainTextEdit *m_previewText;
    QTableView *m_table;
    QPushButton *m_resume;
    QPushButton *m_dismiss;
    ApprovalPanel *m_approval;
    QAction *m_paletteAction;
    QAction *m_settingsAction;
    QPointer<CommandPalette> m_palette;
    std::optional<ActionPreview> m_preview;
    int m_previewSerial = 0;
    QList<ActionRecord> m_unfinished;
};

} // namespace ic

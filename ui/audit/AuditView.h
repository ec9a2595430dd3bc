#pragma once

#include "models/audit/AuditExporter.h"
#include "models/audit/AuditFilter.h"
#include "models/audit/AuditRow.h"
#include "models/audit/Investigation.h"
#include "models/store/ConnectionProfile.h"
#include "ui/Panes.h"

#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace ic {

class AuditExportBar;
class AuditPasswordRow;
class AuditFilterBar;
class AuditLogModel;
class AuditSource;
class AuditStore;
class AuditRowDetail;
class AuditTableView;
class InvestigationsPanel;
class ReplicationLagLine;
class MessageBanner;
class SqlConsoleModel;
class SqlConsolePane;

// The audit log explorer, a tab beside the incident list: filter the
// platform's audit log (tens of millions of rows) and browse it without the
// window ever waiting; open a row, pin it to the incident, follow a user or
// key around that time; run the playbooks' investigations and read-only
// SQL; export what was found.
class AuditView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit AuditView(const PaneContext &context, QWidget *parent = nullptr);
    ~AuditView() override;

    static QString paneTitle() { return tr("Audit Log"); }
    static QList<QAction *> createActions(QObject *owner);

    QString title() const override { return paneTitle(); }
    bool handleRequest(const QString &what, const QVariantMap &arguments) override;
    void setCurrentIncident(const Incident *incident) override;

    AuditLogModel *model() const { return m_model; }
    SqlConsoleModel *consoleModel() const { return m_console; }
    bool isReady() const { return m_ready; }
    // Runs a filter as if typed into the bar; false when it cannot run
    // (the problems are shown by their fields).
    bool applyFilter(const AuditFilter &filter);
    // Writes the shown result (the explorer's, or the console's when that
    // tab is open) to `path`, with progress and cancel.
    void exportTo(const QString &path, AuditExporter::Format format);
    void showDetail(bool visible);

signals:
    void sourceReady();

private:
    void buildUi();
    void locateSource();
    void askAuditPassword(const QString &why);
    void start(const ConnectionSpec &spec);
    void apply();
    void updateStatus();
    void updateDetail();
    void updatePinState();
    void showError(const Error &error);
    void showInfo(const QString &text);
    void runInvestigation(const Investigation &investigation, const QMap<QString, QString> &values);
    void saveInvestigation(const QString &name);
    QDateTime currentTime() const; // the context's clock
    void deleteInvestigation(const Investigation &investigation);
    void loadSaved();
    void pinRows(const QList<AuditRow> &rows);
    void showContextMenu(int row, int column, const QPoint &globalPos);
    void showAround(ic::AuditField field, const QString &value, const QDateTime &time);
    void chooseExportFile(AuditExporter::Format format);

    PaneContext m_context;
    AuditSource *m_source;
    AuditStore *m_store;
    QString m_sourceName; // recorded with pinned rows

    MessageBanner *m_banner;
    AuditPasswordRow *m_passwordRow;
    QTabWidget *m_tabs;
    AuditFilterBar *m_filterBar;
    QLabel *m_status;
    ReplicationLagLine *m_lagLine = nullptr;
    AuditTableView *m_table;
    AuditRowDetail *m_detail;
    QSplitter *m_resultSplit;
    InvestigationsPanel *m_investigations;
    SqlConsolePane *m_consolePane = nullptr;
    QWidget *m_consoleHolder;
    AuditExportBar *m_exportBar;

    AuditLogModel *m_model = nullptr;
    SqlConsoleModel *m_console = nullptr;
    QList<Investigation> m_saved;
    QString m_pendingTitle; // the investigation whose statement to show when rows arrive
    Incident m_incident;
    bool m_hasIncident = false;
    bool m_ready = false;
};

} // namespace ic

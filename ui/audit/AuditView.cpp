#include "ui/audit/AuditView.h"

#include "models/audit/AuditLogModel.h"
#include "models/audit/AuditStore.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/core/Clock.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "ui/AuditPasswordRow.h"
#include "ui/MessageBanner.h"
#include "ui/audit/AuditExportBar.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditRowDetail.h"
#include "ui/audit/AuditTableView.h"
#include "ui/audit/InvestigationsPanel.h"
#include "ui/audit/ReplicationLagLine.h"
#include "ui/audit/SqlConsolePane.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ic {

namespace {
constexpr int MaxPinnedAtOnce = 100;
}

QList<QAction *> AuditView::createActions(QObject *owner)
{
    return {makePaneAction(owner, tr("Export Result as CSV…"), "exportCsvAction"),
            makePaneAction(owner, tr("Export Result as JSON Lines…"), "exportJsonAction"),
            makePaneAction(owner, tr("Pin Selected Rows to Incident"), "pinRowsAction"),
            makePaneAction(owner, tr("Show Row Details"), "showDetailAction"),
            makePaneAction(owner, tr("Focus Audit Filter"), "focusAuditFilterAction")};
}

AuditView::AuditView(const PaneContext &context, QWidget *parent)
    : WorkspaceView(parent), m_context(context), m_source(context.session->auditSource()),
      m_store(context.session->auditWork())
{
    setObjectName(QStringLiteral("auditView"));
    buildUi();
    locateSource();
    loadSaved();
}

AuditView::~AuditView() = default;

void AuditView::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("auditBanner"));

    m_passwordRow =
        new AuditPasswordRow(m_source, QStringLiteral("audit"), tr("Audit source password:"),
                             tr("Password of the audit source"), this);

    // Explorer: the filter bar, the count, the table and the row's detail.
    auto *explorer = new QWidget(this);
    m_filterBar = new AuditFilterBar(explorer);
    m_status = new QLabel(explorer);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_lagLine = new ReplicationLagLine(explorer);
    m_lagLine->setMonitor(m_source->replication());
    connect(m_source, &AuditSource::replicationChanged, m_lagLine, &ReplicationLagLine::setMonitor);
    m_table = new AuditTableView(explorer);
    m_table->table()->setObjectName(QStringLiteral("auditTable"));
    m_detail = new AuditRowDetail(explorer);
    m_detail->hide();
    m_resultSplit = new QSplitter(Qt::Vertical, explorer);
    m_resultSplit->addWidget(m_table);
    m_resultSplit->addWidget(m_detail);
    m_resultSplit->setStretchFactor(0, 3);
    m_resultSplit->setStretchFactor(1, 2);
    auto *ex = new QVBoxLayout(explorer);
    ex->setContentsMargins(0, 0, 0, 0);
    ex->addWidget(m_filterBar);
    ex->addWidget(m_status);
    ex->addWidget(m_lagLine);
    ex->addWidget(m_resultSplit, 1);

    m_consoleHolder = new QWidget(this);
    new QVBoxLayout(m_consoleHolder);
    m_consoleHolder->layout()->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditModeTabs"));
    m_tabs->addTab(explorer, tr("Explorer"));
    m_tabs->addTab(m_consoleHolder, tr("SQL Console"));

    m_investigations = new InvestigationsPanel(this);
    m_investigations->setReadOnly(!m_context.permissions().canEdit());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_investigations);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 4);
    split->setSizes({280, 1000});

    m_exportBar = new AuditExportBar(this);
    connect(m_exportBar, &AuditExportBar::done, this, &AuditView::showInfo);
    connect(m_exportBar, &AuditExportBar::failed, this, &AuditView::showError);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_passwordRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_exportBar);

    m_table->table()->horizontalHeader()->setStretchLastSection(false);
    connect(m_table, &AuditTableView::currentRowChanged, this, &AuditView::updateDetail);
    connect(m_table, &AuditTableView::activated, this, [this] { showDetail(true); });
    connect(m_table, &AuditTableView::visibleRangeChanged, this, &AuditView::updateStatus);
    connect(m_table, &AuditTableView::contextMenuRequested, this, &AuditView::showContextMenu);
    connect(m_filterBar, &AuditFilterBar::applyRequested, this, &AuditView::apply);
    connect(m_filterBar, &AuditFilterBar::clearRequested, this, [this] {
        m_filterBar->setFilter({});
        apply();
    });
    connect(m_detail, &AuditRowDetail::pinRequested, this,
            [this](const AuditRow &row) { pinRows({row}); });
    connect(m_detail, &AuditRowDetail::copied, this, &AuditView::showInfo);
    connect(m_detail, &AuditRowDetail::aroundRequested, this, &AuditView::showAround);
    connect(m_investigations, &InvestigationsPanel::runRequested, this,
            &AuditView::runInvestigation);
    connect(m_investigations, &InvestigationsPanel::saveRequested, this,
            &AuditView::saveInvestigation);
    connect(m_investigations, &InvestigationsPanel::deleteRequested, this,
            &AuditView::deleteInvestigation);
    connect(m_investigations, &InvestigationsPanel::copied, this, &AuditView::showInfo);
    auto *copy =
        new QShortcut(QKeySequence::Copy, m_table->table(), nullptr, nullptr, Qt::WidgetShortcut);
    copy->setWhatsThis(tr("Copy the selected audit row as JSON"));
    connect(copy, &QShortcut::activated, this, [this] {
        if (const AuditRow *r = m_model ? m_model->rowAt(m_table->currentRow()) : nullptr) {
            QGuiApplication::clipboard()->setText(r->toJsonText());
            showInfo(tr("Audit row %1 copied as JSON.").arg(r->id));
        }
    });

    auto action = [this](const char *name, auto slot) {
        if (QAction *a = m_context.action(name))
            connect(a, &QAction::triggered, this, slot);
    };
    action("exportCsvAction", [this] { chooseExportFile(AuditExporter::Format::Csv); });
    action("exportJsonAction", [this] { chooseExportFile(AuditExporter::Format::JsonLines); });
    action("pinRowsAction", [this] {
        QList<AuditRow> rows;
        for (int r : m_table->selectedRows(MaxPinnedAtOnce)) {
            if (const AuditRow *row = m_model ? m_model->rowAt(r) : nullptr)
                rows << *row;
        }
        pinRows(rows);
    });
    action("showDetailAction", [this] { showDetail(true); });
    action("focusAuditFilterAction", [this] { m_filterBar->focusFirstField(); });
    updatePinState();
}

void AuditView::locateSource()
{
    m_sourceName = m_source->name();
    // The one password flow: the session's, else the keychain's, else typed
    // here (or wherever it is asked for first).
    connect(m_source, &AuditSource::ready, this,
            [this](const ConnectionSpec &spec) { start(spec); });
    connect(m_source, &AuditSource::passwordNeeded, this, [this](const QString &problem) {
        askAuditPassword(problem.isEmpty()
                             ? tr("Enter the password for the audit source %1.").arg(m_sourceName)
                             : problem);
    });
    switch (m_source->state()) {
    case AuditSource::State::Ready:
        start(*m_source->spec());
        break;
    case AuditSource::State::NeedsPassword:
        askAuditPassword(m_source->problem().isEmpty()
                             ? tr("Enter the password for the audit source %1.").arg(m_sourceName)
                             : m_source->problem());
        break;
    case AuditSource::State::Unknown:
    case AuditSource::State::Locating:
        m_source->locate();
        break;
    }
}

void AuditView::askAuditPassword(const QString &why)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Info, why);
    m_passwordRow->ask();
}

void AuditView::start(const ConnectionSpec &spec)
{
    delete m_model;
    delete m_console;
    delete m_consolePane;
    m_ready = false;
    m_passwordRow->hide();
    m_model = new AuditLogModel(spec, m_context.clock(), this);
    m_console = new SqlConsoleModel(spec, this);
    m_exportBar->setSource(spec);
    m_consolePane = new SqlConsolePane(m_console, m_consoleHolder);
    m_consoleHolder->layout()->addWidget(m_consolePane);
    m_table->setModel(m_model);
    m_table->setViewportCallback([this](int first, int count) {
        if (m_model)
            m_model->setViewport(first, count);
    });
    QHeaderView *header = m_table->table()->horizontalHeader();
    const QList<int> widths{200, 140, 110, 160, 120, 120, 320, 360, 90};
    for (int c = 0; c < widths.size(); ++c)
        header->resizeSection(c, widths.at(c));

    connect(m_model, &AuditLogModel::sourceReady, this, [this] {
        m_ready = true;
        m_banner->hide();
        m_model->setKnownMetadataKeys(
            Investigations::metadataKeys(Investigations::builtIns() + m_saved));
        m_model->loadCatalog();
        apply();
        emit sourceReady();
    });
    connect(m_model, &AuditLogModel::catalogLoaded, m_filterBar, &AuditFilterBar::setCatalog);
    connect(m_model, &AuditLogModel::countChanged, this, &AuditView::updateStatus);
    connect(m_model, &AuditLogModel::indexProgress, this, &AuditView::updateStatus);
    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditView::updateStatus);
    connect(m_model, &AuditLogModel::resultStarted, this, [this] {
        updateStatus();
        updateDetail();
    });
    connect(m_model, &AuditLogModel::firstRowsLoaded, this, [this] {
        if (!m_pendingTitle.isEmpty()) {
            m_investigations->showStatement(m_pendingTitle, m_model->statement());
            m_pendingTitle.clear();
        } else {
            m_investigations->showStatement(tr("explorer"), m_model->statement());
        }
        if (m_table->currentRow() < 0 && m_model->rowCount() > 0)
            m_table->setCurrentRow(0);
        updateStatus();
    });
    connect(m_model, &AuditLogModel::rowsLoaded, this, [this](int first, int last) {
        const int current = m_table->currentRow();
        if (current >= first && current <= last)
            updateDetail();
    });
    connect(m_model, &AuditLogModel::failed, this, [this](const Error &e) {
        if (e.kind == Error::Kind::AuthFailed && m_source->isSeparate()) {
            m_source->refused(e); // forgotten, and asked for again
            return;
        }
        showError(e);
    });
    connect(m_consolePane, &SqlConsolePane::ran, this, [this](const SqlStatement &st) {
        m_investigations->showStatement(
            m_pendingTitle.isEmpty() ? tr("SQL console") : m_pendingTitle, st);
        m_pendingTitle.clear();
    });
    connect(m_console, &SqlConsoleModel::failed, this, [this](const Error &e) {
        if (e.kind == Error::Kind::Unreachable)
            showError(e);
    });
    m_model->probe();
}

void AuditView::apply()
{
    applyFilter(m_filterBar->filter());
}

bool AuditView::applyFilter(const AuditFilter &filter)
{
    if (!m_model)
        return false;
    const QList<FieldProblem> problems = m_model->setFilter(filter);
    m_filterBar->showProblems(problems);
    if (!problems.isEmpty()) {
        m_pendingTitle.clear();
        return false;
    }
    m_tabs->setCurrentIndex(0);
    m_banner->hide();
    return true;
}

void AuditView::updateStatus()
{
    if (!m_model || !m_model->hasResult()) {
        m_status->setText(m_ready ? QString() : tr("Connecting to the audit log…"));
        return;
    }
    const QLocale l;
    const qint64 count = m_model->resultCount();
    QString text;
    if (count == 0) {
        text = m_model->isLoading() ? tr("Searching…")
                                    : (m_model->isCountExact() ? tr("No rows match.") : QString());
    } else {
        const int first = m_table->topRow() + 1;
        const int last = int(qMin<qint64>(count, m_table->topRow() + m_table->visibleRows()));
        const QString total =
            m_model->isCountExact()
                ? l.toString(count)
                : tr("about %1 (the planner's estimate; counting…)").arg(l.toString(count));
        text = tr("Rows %1–%2 of %3").arg(l.toString(first), l.toString(last), total);
        if (m_model->isCountExact() && !m_model->isIndexComplete() && count > 0) {
            const int percent = int(m_model->indexedRows() * 100 / count);
            text += tr(" · positions beyond %1% found by time until indexed").arg(percent);
        }
    }
    m_status->setText(text);
}

void AuditView::updateDetail()
{
    if (!m_model) {
        m_detail->setRow(nullptr);
        return;
    }
    m_detail->setRow(m_model->rowAt(m_table->currentRow()));
}

void AuditView::showDetail(bool visible)
{
    const bool wasHidden = m_detail->isHidden();
    m_detail->setVisible(visible);
    if (visible && wasHidden) {
        // Shown for the first time: give it room instead of the zero height
        // the splitter kept for it while hidden.
        const int total = qMax(300, m_resultSplit->height());
        m_resultSplit->setSizes({total * 3 / 5, total * 2 / 5});
    }
    if (visible)
        m_detail->setFocus(Qt::OtherFocusReason);
    updateDetail();
}

void AuditView::setCurrentIncident(const Incident *incident)
{
    m_hasIncident = incident != nullptr;
    m_incident = incident ? *incident : Incident();
    m_investigations->setIncident(incident);
    updatePinState();
}

void AuditView::updatePinState()
{
    QString reason;
    if (!m_context.permissions().canEdit())
        reason = tr("This is a read-only profile; nothing can be pinned.");
    else if (!m_hasIncident)
        reason = tr("Select an incident in the incident list to pin rows to it.");
    else if (m_incident.isClosed())
        reason = tr("%1 is closed; reopen it to add evidence.").arg(m_incident.ref);
    m_detail->setPinBlocked(reason);
    if (QAction *pin = m_context.action("pinRowsAction"))
        pin->setEnabled(reason.isEmpty());
}

void AuditView::pinRows(const QList<AuditRow> &rows)
{
    if (rows.isEmpty() || !m_hasIncident || !m_context.permissions().canEdit())
        return;
    const QString ref = m_incident.ref;
    m_store->pin(
        m_incident.id, rows, m_sourceName, [this, ref](const Result<AuditStore::Pinned> &r) {
            if (!r) {
                showError(r.error());
                return;
            }
            if (!r->problems.isEmpty() && r->pinned == 0) {
                showError(Error::make(Error::Kind::InvalidInput, r->problems.first()));
                return;
            }
            QString text =
                tr("Pinned %n audit row(s) to %1; they are on its timeline.", nullptr, r->pinned)
                    .arg(ref);
            if (!r->problems.isEmpty())
                text += QLatin1Char(' ') +
                        tr("%n row(s) were not pinned: %1", nullptr, int(r->problems.size()))
                            .arg(r->problems.first());
            showInfo(text);
        });
}

void AuditView::showAround(AuditField field, const QString &value, const QDateTime &time)
{
    AuditFilter f = AuditFilters::around(field, value, time);
    f.order = AuditFilter::Order::OldestFirst; // read it as it happened
    m_filterBar->setFilter(f);
    applyFilter(f);
}

void AuditView::showContextMenu(int row, int column, const QPoint &globalPos)
{
    const AuditRow *r = m_model ? m_model->rowAt(row) : nullptr;
    if (!r)
        return;
    const AuditRow copyOfRow = *r;
    QMenu menu(this);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(r->timeMs, Qt::UTC);
    auto around = [&](const QString &label, AuditField field, const QString &value) {
        QAction *a = menu.addAction(label);
        a->setEnabled(!value.isEmpty());
        connect(a, &QAction::triggered, this,
                [this, field, value, time] { showAround(field, value, time); });
    };
    around(tr("Everything by this user around this time"), AuditField::User, r->userId);
    around(tr("Everything with this API key around this time"), AuditField::ApiKey, r->apiKeyId);
    around(tr("Everything from this IP around this time"), AuditField::Ip, r->ip);
    around(tr("Everything in this tenant around this time"), AuditField::Tenant, r->tenantId);
    menu.addSeparator();
    const QString value =
        m_model->data(m_model->index(row, qMax(0, column)), AuditLogModel::RawValueRole).toString();
    connect(menu.addAction(tr("Copy Value")), &QAction::triggered, this,
            [value] { QGuiApplication::clipboard()->setText(value); });
    connect(menu.addAction(tr("Copy Row as JSON")), &QAction::triggered, this,
            [copyOfRow] { QGuiApplication::clipboard()->setText(copyOfRow.toJsonText()); });
    QAction *pin = menu.addAction(tr("Pin to Incident"));
    pin->setEnabled(m_hasIncident && m_context.permissions().canEdit() && !m_incident.isClosed());
    connect(pin, &QAction::triggered, this, [this, copyOfRow] { pinRows({copyOfRow}); });
    connect(menu.addAction(tr("Show Details")), &QAction::triggered, this,
            [this] { showDetail(true); });
    menu.exec(globalPos);
}

void AuditView::runInvestigation(const Investigation &inv, const QMap<QString, QString> &values)
{
    if (!m_model)
        return;
    const Db::Engine engine = m_model->compiled().engine;
    const QDateTime now = currentTime();
    QString missing;
    auto prepared = Investigations::prepare(inv, values, engine, now, &missing);
    if (!prepared) {
        m_investigations->showProblem(prepared.error().message);
        return;
    }
    m_investigations->showProblem({});
    m_pendingTitle = inv.name;
    if (prepared->kind == Investigation::Kind::Filter) {
        m_filterBar->setFilter(prepared->filter);
        if (!applyFilter(prepared->filter))
            m_investigations->showProblem(tr("The investigation's filter cannot run; see the "
                                             "fields. Nothing was run."));
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_consolePane->run(inv.sql(engine), prepared->statement.params);
}

void AuditView::loadSaved()
{
    m_store->savedInvestigations([this](const Result<QList<Investigation>> &r) {
        if (!r)
            return; // the built-ins still work; saving will say what is wrong
        m_saved = r.value();
        m_investigations->setSaved(m_saved);
        if (m_model)
            m_model->setKnownMetadataKeys(
                Investigations::metadataKeys(Investigations::builtIns() + m_saved));
    });
}

QDateTime AuditView::currentTime() const
{
    return m_context.clock().now();
}

void AuditView::saveInvestigation(const QString &name)
{
    if (!m_model || !m_context.permissions().canEdit())
        return;
    Investigation inv;
    if (m_tabs->currentIndex() == 1 && m_consolePane) {
        inv = Investigations::fromConsole(name, m_consolePane->sql(), m_consolePane->params(),
                                          currentTime());
    } else {
        inv.name = name;
        inv.filter = m_model->filter();
        inv.description = inv.filter.summary();
    }
    m_store->saveInvestigation(inv, [this](const Result<Investigation> &r) {
        if (!r) {
            m_investigations->showProblem(r.error().message);
            return;
        }
        m_investigations->showProblem({});
        showInfo(tr("Saved the investigation \"%1\" for the team.").arg(r->name));
        const QString id = r->id;
        m_saved << r.value();
        m_investigations->setSaved(m_saved);
        m_investigations->select(id);
    });
}

void AuditView::deleteInvestigation(const Investigation &inv)
{
    if (!m_context.permissions().canEdit())
        return;
    const QString id = inv.id;
    m_store->removeInvestigation(id, [this, id](const Result<bool> &r) {
        if (!r) {
            m_investigations->showProblem(r.error().message);
            return;
        }
        m_saved.erase(std::remove_if(m_saved.begin(), m_saved.end(),
                                     [&](const Investigation &i) { return i.id == id; }),
                      m_saved.end());
        m_investigations->setSaved(m_saved);
    });
}

void AuditView::chooseExportFile(AuditExporter::Format format)
{
    if (const QString path = m_exportBar->chooseFile(format); !path.isEmpty())
        exportTo(path, format);
}

void AuditView::exportTo(const QString &path, AuditExporter::Format format)
{
    if (!m_exportBar->isReady() || !m_model)
        return;
    if (m_tabs->currentIndex() == 1 && m_console && !m_console->statement().isEmpty()) {
        m_exportBar->exportQuery(m_console->statement().sql, m_console->statement().params, format,
                                 path, m_console->isComplete() ? m_console->rowsKnown() : -1);
    } else {
        m_exportBar->exportFilter(m_model->compiled(), format, path, m_model->resultCount());
    }
}

bool AuditView::handleRequest(const QString &what, const QVariantMap &arguments)
{
    if (what == QLatin1String("audit.query")) {
        if (!m_consolePane)
            return false;
        m_tabs->setCurrentIndex(1);
        m_consolePane->run(arguments.value(QStringLiteral("sql")).toString(),
                           arguments.value(QStringLiteral("params")).toList());
        return true;
    }
    if (what == QLatin1String("audit.filter")) {
        const AuditFilter f = AuditFilter::fromVariant(arguments);
        m_filterBar->setFilter(f);
        applyFilter(f);
        return true;
    }
    return false;
}

void AuditView::showError(const Error &error)
{
    m_banner->clearActions();
    m_banner->show(error.kind == Error::Kind::Unreachable ? MessageBanner::Kind::Warning
                                                          : MessageBanner::Kind::Error,
                   error.message, error.detail);
    if (error.kind == Error::Kind::Unreachable && m_model) {
        QPushButton *retry = m_banner->addAction(tr("Retry"), QStringLiteral("retryAuditButton"));
        connect(retry, &QPushButton::clicked, this, [this] {
            m_banner->hide();
            if (m_ready)
                m_model->retry();
            else
                m_model->probe();
        });
    }
}

void AuditView::showInfo(const QString &text)
{
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Info, text);
}

} // namespace ic

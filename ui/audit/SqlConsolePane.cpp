#include "ui/audit/SqlConsolePane.h"

#include "models/audit/SqlConsoleModel.h"
#include "ui/audit/AuditTableView.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

SqlConsolePane::SqlConsolePane(SqlConsoleModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("sqlConsolePane"));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("consoleEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("SELECT … FROM audit_logs WHERE … — read-only; Ctrl+Enter runs"));
    m_edit->setPlainText(QStringLiteral(
        "SELECT event, count(*) AS n\nFROM audit_logs\nGROUP BY event\nORDER BY n DESC"));
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runConsoleButton"));
    m_run->setToolTip(tr("Run in a read-only transaction (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelConsoleButton"));
    m_cancel->setEnabled(false);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("consoleTimeoutSpin"));
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(SqlConsoleModel::DefaultTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Statements running longer are stopped"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consoleStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new AuditTableView(this);
    m_view->table()->setObjectName(QStringLiteral("consoleTable"));
    m_view->setModel(model);
    m_view->setViewportCallback(
        [model](int first, int count) { model->setViewport(first, count); });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_edit);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(new QLabel(tr("Time limit"), this));
    bar->addWidget(m_timeout);
    bar->addWidget(m_status, 1);
    topLayout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_view);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &SqlConsolePane::updateStatus);
    connect(m_run, &QPushButton::clicked, this, [this] { run(m_edit->toPlainText()); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
    shortcut->setWhatsThis(tr("Run the query"));
    connect(shortcut, &QShortcut::activated, m_run, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, m_model, &SqlConsoleModel::cancel);
    connect(m_model, &SqlConsoleModel::runningChanged, this, [this](bool running) {
        m_cancel->setEnabled(running);
        if (running)
            m_ticker->start();
        else
            m_ticker->stop();
        updateStatus();
    });
    connect(m_model, &SqlConsoleModel::countChanged, this, &SqlConsolePane::updateStatus);
    connect(m_model, &SqlConsoleModel::firstRowsLoaded, this, [this] {
        m_problem.clear();
        m_view->table()->resizeColumnsToContents();
        updateStatus();
        emit ran(m_model->statement());
    });
    connect(m_model, &SqlConsoleModel::failed, this, [this](const Error &e) {
        m_problem = e.kind == Error::Kind::Cancelled
                        ? tr("Cancelled after %1 s. Rows already shown stay; nothing was changed.")
                              .arg(QLocale().toString(double(m_clock.elapsed()) / 1000.0, 'f', 2))
                        : e.fullText();
        updateStatus();
    });
}

QString SqlConsolePane::sql() const
{
    return m_edit->toPlainText();
}

void SqlConsolePane::run(const QString &sql, const QVariantList &params)
{
    if (sql != m_edit->toPlainText())
        m_edit->setPlainText(sql);
    m_params = params;
    m_problem.clear();
    m_clock.start();
    m_model->run(sql, params, m_timeout->value() * 1000);
    updateStatus();
}

void SqlConsolePane::updateStatus()
{
    QLocale l;
    QString text;
    if (!m_problem.isEmpty()) {
        text = m_problem;
    } else if (m_model->isRunning() && m_model->columns().isEmpty()) {
        text = tr("Running… %1 s").arg(l.toString(double(m_clock.elapsed()) / 1000.0, 'f', 1));
    } else if (!m_model->columns().isEmpty()) {
        text = m_model->isComplete()
                   ? tr("%n row(s); first rows after %1 ms", nullptr,
                        int(qMin<qint64>(m_model->rowsKnown(), INT_MAX)))
                         .arg(m_model->lastElapsedMs())
                   : tr("%1 rows so far, counting…").arg(l.toString(m_model->rowsKnown()));
    }
    m_status->setText(text);
}

} // namespace ic

#include "ui/detection/RulesPanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

namespace {
enum Column {
    NameColumn,
    SeverityColumn,
    ScheduleColumn,
    LastRunColumn,
    StatusColumn,
    WatermarkColumn,
    FailuresColumn,
    SourceColumn,
    ColumnCount
};
} // namespace

RulesPanel::RulesPanel(bool readOnly, QWidget *parent) : QWidget(parent), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Severity"), tr("Schedule"), tr("Last run"),
                                        tr("Status"), tr("Watermark"), tr("Failures"),
                                        tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Detection rules"));
    m_table->setWordWrap(true);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("ruleProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->hide();

    m_rescan = new QPushButton(tr("Read &Everything Again"), this);
    m_rescan->setObjectName(QStringLiteral("rescanRuleButton"));
    m_rescan->setToolTip(tr("Forget the selected rule's watermark: its next run reads the whole "
                            "audit log again."));
    connect(m_rescan, &QPushButton::clicked, this, [this] {
        if (!selectedRuleId().isEmpty())
            emit rescanRequested(selectedRuleId());
    });

    m_folders = new QListWidget(this);
    m_folders->setObjectName(QStringLiteral("ruleFolderList"));
    m_folders->setMaximumHeight(fontMetrics().height() * 5);
    m_folders->setAccessibleName(tr("Rule folders"));
    m_addFolder = new QPushButton(tr("Add &Folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("addRuleFolderButton"));
    connect(m_addFolder, &QPushButton::clicked, this, &RulesPanel::addFolderRequested);
    m_removeFolder = new QPushButton(tr("Re&move Folder"), this);
    m_removeFolder->setObjectName(QStringLiteral("removeRuleFolderButton"));
    connect(m_removeFolder, &QPushButton::clicked, this, [this] {
        delete m_folders->takeItem(m_folders->currentRow());
        emit foldersChanged(folders());
    });
    auto updateButtons = [this] {
        m_removeFolder->setEnabled(!m_readOnly && m_folders->currentRow() >= 0);
        m_rescan->setEnabled(!m_readOnly && m_resetRefusal.isEmpty() &&
                             !selectedRuleId().isEmpty());
    };
    connect(m_folders, &QListWidget::currentRowChanged, this, updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, updateButtons);
    m_addFolder->setEnabled(!m_readOnly);
    updateButtons();

    auto *foldersLabel =
        new QLabel(tr("Your rule &folders (*.rule files, read again at every run; see "
                      "docs/detection-rules.md):"),
                   this);
    foldersLabel->setWordWrap(true);
    foldersLabel->setBuddy(m_folders);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_removeFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_rescan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(foldersLabel);
    layout->addWidget(m_folders);
    layout->addLayout(buttons);
}

void RulesPanel::setRules(const QList<Rule> &rules, const QList<RuleProblem> &problems)
{
    m_rules = rules;
    m_problems = problems;
    refresh();
}

void RulesPanel::setStates(const QList<RuleState> &states)
{
    m_states.clear();
    for (const RuleState &s : states)
        m_states.insert(s.ruleId, s);
    refresh();
}

void RulesPanel::setRunning(const QString &ruleId)
{
    m_running = ruleId;
    refresh();
}

void RulesPanel::setFolders(const QStringList &folders)
{
    m_folders->clear();
    for (const QString &f : folders)
        m_folders->addItem(QDir::toNativeSeparators(f));
}

QStringList RulesPanel::folders() const
{
    QStringList out;
    for (int i = 0; i < m_folders->count(); ++i)
        out << QDir::fromNativeSeparators(m_folders->item(i)->text());
    return out;
}

void RulesPanel::setResetRefusal(const QString &whyNot)
{
    m_resetRefusal = whyNot;
    m_rescan->setToolTip(whyNot.isEmpty()
                             ? tr("Forget the selected rule's watermark: its next run reads the "
                                  "whole audit log again.")
                             : whyNot);
    m_rescan->setEnabled(!m_readOnly && whyNot.isEmpty() && !selectedRuleId().isEmpty());
}

QString RulesPanel::selectedRuleId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(rows.first().row(), NameColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RulesPanel::refresh()
{
    const QString selected = selectedRuleId();
    // The rules loaded here, then rules others run (known only by their state).
    struct Line
    {
        QString id, name, severity, schedule, source;
    };
    QList<Line> lines;
    QSet<QString> seen;
    for (const Rule &r : std::as_const(m_rules)) {
        lines.append({r.id, r.name, severityCode(r.severity),
                      tr("every %1").arg(RuleFile::formatDuration(r.scheduleSeconds)),
                      r.builtIn ? tr("built-in") : QDir::toNativeSeparators(r.source)});
        seen.insert(r.id);
    }
    for (const RuleState &s : std::as_const(m_states)) {
        if (!seen.contains(s.ruleId))
            lines.append(
                {s.ruleId, s.name, QString(), QString(), tr("not loaded here (%1)").arg(s.source)});
    }
    m_table->setRowCount(int(lines.size()));
    const QLocale locale;
    for (int row = 0; row < lines.size(); ++row) {
        const Line &l = lines.at(row);
        const RuleState state = m_states.value(l.id);
        QString status;
        if (l.id == m_running)
            status = tr("Running…");
        else if (state.status == QLatin1String("failed"))
            status = tr("Failed: %1").arg(state.lastError);
        else if (state.status == QLatin1String("ok"))
            status = tr("OK, %n alert(s) in the last run", nullptr, state.lastAlerts);
        else
            status = tr("Not run yet");
        const QString lastRun =
            state.lastRunAt.isValid()
                ? tr("%1 by %2 (%3 ms)")
                      .arg(locale.toString(state.lastRunAt.toLocalTime(), QLocale::ShortFormat),
                           state.lastRunBy)
                      .arg(state.lastRunMs)
                : QString();
        const QStringList cells{l.name,
                                l.severity,
                                l.schedule,
                                lastRun,
                                status,
                                state.lastRunAt.isValid() ? locale.toString(state.watermark)
                                                          : QString(),
                                locale.toString(state.failures),
                                l.source};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == StatusColumn ? state.lastError : cells.at(c));
            if (c == NameColumn)
                item->setData(Qt::UserRole, l.id);
            m_table->setItem(row, c, item);
        }
        if (l.id == selected)
            m_table->selectRow(row);
    }
    QStringList problems;
    for (const RuleProblem &p : std::as_const(m_problems))
        problems << p.message;
    m_problemsLabel->setText(
        problems.isEmpty()
            ? QString()
            : tr("Rule files that could not be used:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_problemsLabel->setVisible(!problems.isEmpty());
}

} // namespace ic

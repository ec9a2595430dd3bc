#include "ui/audit/InvestigationsPanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

InvestigationsPanel::InvestigationsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("investigationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Investigations"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("investigationList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 2);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("investigationDescription"));
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    m_paramsBox = new QWidget(this);
    m_params = new QFormLayout(m_paramsBox);
    m_params->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_paramsBox);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("investigationErrorLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runInvestigationButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteInvestigationButton"));
    buttons->addWidget(m_run);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    auto *save = new QHBoxLayout;
    m_saveName = new QLineEdit(this);
    m_saveName->setObjectName(QStringLiteral("investigationNameEdit"));
    m_saveName->setPlaceholderText(tr("Name for the current query"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveInvestigationButton"));
    m_save->setToolTip(tr("Save the explorer's filter (or the console's SQL, when the console is "
                          "shown) for the whole team"));
    save->addWidget(m_saveName, 1);
    save->addWidget(m_save);
    layout->addLayout(save);

    m_statementTitle = new QLabel(tr("SQL that ran"), this);
    m_statementTitle->setObjectName(QStringLiteral("statementTitle"));
    layout->addWidget(m_statementTitle);
    m_statement = new QPlainTextEdit(this);
    m_statement->setObjectName(QStringLiteral("statementText"));
    m_statement->setReadOnly(true);
    m_statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statement->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_statement, 1);
    m_copy = new QPushButton(tr("Copy SQL and Values"), this);
    m_copy->setObjectName(QStringLiteral("copyStatementButton"));
    layout->addWidget(m_copy, 0, Qt::AlignLeft);

    connect(m_list, &QListWidget::currentRowChanged, this, &InvestigationsPanel::currentChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_run->click(); });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (const Investigation *i = current()) {
            m_problem->hide();
            emit runRequested(*i, values());
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const Investigation *i = current(); i && !i->builtIn)
            emit deleteRequested(*i);
    });
    connect(m_save, &QPushButton::clicked, this,
            [this] { emit saveRequested(m_saveName->text()); });
    connect(m_saveName, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_statement->toPlainText());
        emit copied(tr("The SQL and its values were copied."));
    });
    rebuild();
}

void InvestigationsPanel::setSaved(const QList<Investigation> &saved)
{
    const QString keep = current() ? current()->id : QString();
    m_all = Investigations::builtIns() + saved;
    rebuild();
    if (!keep.isEmpty())
        select(keep);
    m_saveName->clear();
}

void InvestigationsPanel::rebuild()
{
    if (m_all.isEmpty())
        m_all = Investigations::builtIns();
    m_list->clear();
    for (const Investigation &i : std::as_const(m_all)) {
        auto *item = new QListWidgetItem(
            i.builtIn ? i.name : tr("%1 (saved by %2)").arg(i.name, i.createdBy), m_list);
        item->setData(IdRole, i.id);
        item->setToolTip(i.description);
    }
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

const Investigation *InvestigationsPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_all.size() ? &m_all.at(row) : nullptr;
}

bool InvestigationsPanel::select(const QString &id)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void InvestigationsPanel::currentChanged()
{
    while (m_params->rowCount() > 0)
        m_params->removeRow(0);
    m_edits.clear();
    const Investigation *i = current();
    m_description->setText(i ? i->description : QString());
    m_delete->setVisible(i && !i->builtIn);
    m_problem->hide();
    if (!i)
        return;
    const QMap<QString, QString> defaults =
        Investigations::defaultsFrom(*i, m_hasIncident ? &m_incident : nullptr);
    for (const InvestigationParam &p : i->params) {
        if (p.kind == InvestigationParam::Kind::SecondsAgo)
            continue;
        auto *edit = new QLineEdit(m_paramsBox);
        edit->setObjectName(QStringLiteral("param_%1Edit").arg(p.name));
        edit->setText(defaults.value(p.name));
        connect(edit, &QLineEdit::returnPressed, m_run, &QPushButton::click);
        m_params->addRow(p.label, edit);
        m_edits.insert(p.name, edit);
    }
}

void InvestigationsPanel::setIncident(const Incident *incident)
{
    const bool same =
        (incident != nullptr) == m_hasIncident && (!incident || incident->id == m_incident.id);
    m_hasIncident = incident != nullptr;
    m_incident = incident ? *incident : Incident();
    // Another incident: its values replace the parameters. The same one
    // (saved again): what the commander typed stays.
    if (!same)
        currentChanged();
}

void InvestigationsPanel::setReadOnly(bool readOnly)
{
    m_save->setEnabled(!readOnly);
    m_saveName->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly);
}

QMap<QString, QString> InvestigationsPanel::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        out.insert(it.key(), it.value()->text().trimmed());
    return out;
}

void InvestigationsPanel::showStatement(const QString &title, const SqlStatement &statement)
{
    m_statementTitle->setText(tr("SQL that ran: %1").arg(title));
    m_statement->setPlainText(statement.text());
}

void InvestigationsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace ic

#include "ui/team/WaitingApprovalsDialog.h"

#include "models/actions/ActionKind.h"
#include "ui/team/ApprovalWatch.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

WaitingApprovalsDialog::WaitingApprovalsDialog(ApprovalWatch *watch, QWidget *parent)
    : QDialog(parent), m_watch(watch)
{
    setObjectName(QStringLiteral("waitingApprovalsDialog"));
    setWindowTitle(tr("Waiting for My Approval"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("waitingSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Requested by"), tr("Incident")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Requests waiting for your approval"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("waitingPreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("What the requester confirmed"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("Show in Actions"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("showWaitingButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &WaitingApprovalsDialog::showSelected);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &WaitingApprovalsDialog::showSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const auto &list = m_watch->waitingForMe();
        m_preview->setPlainText(row >= 0 && row < list.size() ? list.at(row).preview : QString());
        m_show->setEnabled(row >= 0);
    });
    connect(watch, &ApprovalWatch::waitingChanged, this, &WaitingApprovalsDialog::fill);
    fill();
    resize(640, 420);
}

void WaitingApprovalsDialog::fill()
{
    const auto &list = m_watch->waitingForMe();
    m_summary->setText(list.isEmpty()
                           ? tr("Nothing waits for your approval.")
                           : tr("%n request(s) wait for your approval. Approve or reject each in "
                                "its incident's Actions tab.",
                                nullptr, int(list.size())));
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Team::ApprovalStatus &s = list.at(row);
        const auto kind = Actions::fromCode(s.kind);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(kind ? Actions::label(*kind, s.target)
                                                   : s.kind + QLatin1Char(' ') + s.target));
        m_table->setItem(row, 1, new QTableWidgetItem(s.requestedBy));
        m_table->setItem(row, 2, new QTableWidgetItem(s.incidentId));
    }
    if (!list.isEmpty())
        m_table->selectRow(0);
    else
        m_preview->clear();
    m_show->setEnabled(!list.isEmpty());
}

void WaitingApprovalsDialog::showSelected()
{
    const int row = m_table->currentRow();
    const auto &list = m_watch->waitingForMe();
    if (row < 0 || row >= list.size())
        return;
    emit showIncident(list.at(row).incidentId);
    accept();
}

} // namespace ic

#include "ui/detection/AlertDetail.h"

#include "models/detection/AlertListModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

namespace {

// These texts were first written for the Alerts view; they keep its
// translation context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AlertsView)
};

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

// The texts added with grouping and linking.
struct TrT
{
    Q_DECLARE_TR_FUNCTIONS(ic::AlertDetail)
};

QString listText(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
}

} // namespace

AlertDetail::AlertDetail(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alertDetail"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("alertTitleLabel"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("alertFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setTextFormat(Qt::PlainText);

    m_rows = new QTableWidget(0, 8, this);
    m_rows->setObjectName(QStringLiteral("matchedRowsTable"));
    m_rows->setHorizontalHeaderLabels({Tr::tr("ID"), Tr::tr("Time"), Tr::tr("Event"),
                                       Tr::tr("User"), Tr::tr("Tenant"), Tr::tr("API key"),
                                       Tr::tr("IP"), Tr::tr("Details")});
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setAccessibleName(Tr::tr("Matched audit rows"));
    auto *rowsLabel = new QLabel(Tr::tr("&Matched audit rows:"), this);
    rowsLabel->setBuddy(m_rows);

    m_promote = new QPushButton(Tr::tr("&Promote to Incident"), this);
    m_promote->setObjectName(QStringLiteral("promoteAlertButton"));
    m_promote->setToolTip(Tr::tr("Open an incident with the suggested severity and playbook, the "
                                 "affected user, tenant and key, and these rows as evidence"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("dismissReasonEdit"));
    m_reason->setPlaceholderText(Tr::tr("Why this is not an incident (required)"));
    m_reason->setMaxLength(500);
    auto *reasonLabel = new QLabel(Tr::tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_dismiss = new QPushButton(Tr::tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissAlertButton"));

    m_linkTarget = new QComboBox(this);
    m_linkTarget->setObjectName(QStringLiteral("linkIncidentCombo"));
    m_linkTarget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_linkTarget->setMinimumContentsLength(16);
    m_linkTarget->setAccessibleName(TrT::tr("Open incident to link to"));
    auto *linkLabel = new QLabel(TrT::tr("Covered &by:"), this);
    linkLabel->setBuddy(m_linkTarget);
    m_link = new QPushButton(TrT::tr("&Link to Incident"), this);
    m_link->setObjectName(QStringLiteral("linkAlertButton"));
    m_link->setToolTip(TrT::tr("Record that this open incident already covers the alert: marked "
                               "promoted to it, its rows pinned as evidence there, a line on its "
                               "timeline. No new incident. (Ctrl+Shift+L)"));
    m_openIncident = new QPushButton(TrT::tr("Open &Incident"), this);
    m_openIncident->setObjectName(QStringLiteral("openAlertIncidentButton"));
    m_linkWhy = new QLabel(this);
    m_linkWhy->setObjectName(QStringLiteral("linkReasonLabel"));
    m_linkWhy->setWordWrap(true);
    m_linkWhy->setTextFormat(Qt::PlainText);
    connect(m_linkTarget, &QComboBox::currentIndexChanged, this, [this] {
        m_linkWhy->setText(m_linkTarget->currentData(Qt::ToolTipRole).toString());
        m_linkTarget->setToolTip(m_linkWhy->text());
        m_linkWhy->setVisible(!m_linkWhy->text().isEmpty());
    });
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(linkLabel);
    linkRow->addWidget(m_linkTarget, 1);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_link);
    linkButtons->addWidget(m_openIncident);
    linkButtons->addStretch(1);

    auto *dismissRow = new QHBoxLayout;
    dismissRow->addWidget(reasonLabel);
    dismissRow->addWidget(m_reason, 1);
    dismissRow->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_promote);
    layout->addLayout(linkRow);
    layout->addWidget(m_linkWhy);
    layout->addLayout(linkButtons);
    layout->addLayout(dismissRow);
    setTabOrder(m_rows, m_promote);
    setTabOrder(m_promote, m_linkTarget);
    setTabOrder(m_linkTarget, m_link);
    setTabOrder(m_link, m_openIncident);
    setTabOrder(m_openIncident, m_reason);
    setTabOrder(m_reason, m_dismiss);
}

void AlertDetail::showAlert(const Alert *a)
{
    m_rows->setRowCount(0);
    m_promote->setText(Tr::tr("&Promote to Incident"));
    m_dismiss->setText(Tr::tr("&Dismiss"));
    if (!a) {
        m_title->setText(Tr::tr("Select an alert to see the rows that matched."));
        m_facts->clear();
        return;
    }
    m_title->setText(
        Tr::tr("%1: %2").arg(a->ruleName, AlertText::subjectText(a->subjectKind, a->subject)));
    QStringList facts;
    facts << Tr::tr("Severity (suggested): %1").arg(AlertText::severityText(a->severity));
    facts << Tr::tr("Found: %1").arg(AlertText::measureText(*a));
    facts
        << Tr::tr("Matched rows from %1 to %2").arg(timeText(a->firstSeen), timeText(a->lastSeen));
    facts << Tr::tr("Seen %n time(s); last detected %1", nullptr, a->detections)
                 .arg(timeText(a->updatedAt));
    if (!a->playbook.isEmpty())
        facts << Tr::tr("Suggested playbook: %1").arg(a->playbook);
    facts << Tr::tr("Affected users: %1; tenants: %2; API keys: %3")
                 .arg(listText(a->affectedUsers), listText(a->affectedTenants),
                      listText(a->affectedApiKeys));
    QString status = AlertListModel::statusText(*a);
    if (a->status == AlertStatus::Promoted || a->status == AlertStatus::Dismissed)
        status +=
            QLatin1Char(' ') + Tr::tr("(by %1, %2)").arg(a->resolvedBy, timeText(a->resolvedAt));
    facts << Tr::tr("Status: %1").arg(status);
    facts << Tr::tr("Rule %1: %2").arg(a->ruleId, a->description);
    m_facts->setText(facts.join(QLatin1Char('\n')));
}

void AlertDetail::showRows(const QList<AlertRow> &rows)
{
    m_rows->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AlertRow &row = rows.at(r);
        const QString details = row.query.isEmpty() ? row.metadata : row.query;
        const QStringList cells{QString::number(row.id),
                                timeText(row.timestamp),
                                row.event,
                                row.userId,
                                row.tenantId,
                                row.apiKeyId,
                                row.ip,
                                details.left(300)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 7)
                item->setToolTip(details.left(2000));
            m_rows->setItem(r, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
}

void AlertDetail::showGroup(const AlertGroup &g)
{
    m_rows->setRowCount(0);
    const int n = int(g.alertIds.size());
    m_title->setText(TrT::tr("%1: %n alert(s)", nullptr, n).arg(g.ruleName));
    QStringList facts;
    facts << Tr::tr("Severity (suggested): %1").arg(AlertText::severityText(g.severity));
    facts << TrT::tr("%1 (%2): %3")
                 .arg(RuleFile::subjectLabel(g.subjectKind))
                 .arg(g.subjects.size())
                 .arg(g.subjects.join(QStringLiteral(", ")));
    facts << Tr::tr("Matched rows from %1 to %2").arg(timeText(g.firstSeen), timeText(g.lastSeen));
    facts << TrT::tr("Status: %1").arg(AlertTriage::groupStatusText(g));
    facts << Tr::tr("Rule %1: %2").arg(g.ruleId, g.description);
    facts << TrT::tr("Expand the line (Right arrow) to see each alert and its rows.");
    m_facts->setText(facts.join(QLatin1Char('\n')));
    const int open = g.open + g.promoting;
    m_promote->setText(TrT::tr("&Promote %n Alert(s) to One Incident", nullptr, open));
    m_dismiss->setText(TrT::tr("&Dismiss %n", nullptr, g.open));
}

void AlertDetail::setLinkTargets(const QList<Incident> &open,
                                 const std::optional<CoverSuggestion> &suggested)
{
    m_linkTarget->clear();
    if (m_facts->text().isEmpty()) { // nothing selected
        m_linkWhy->hide();
        return;
    }
    if (suggested) {
        m_linkTarget->addItem(TrT::tr("%1 (suggested): %2").arg(suggested->ref, suggested->title),
                              suggested->incidentId);
        m_linkTarget->setItemData(
            0, TrT::tr("%1 appears to cover it: %2.").arg(suggested->ref, suggested->reason),
            Qt::ToolTipRole);
    }
    for (const Incident &i : open) {
        if (suggested && i.id == suggested->incidentId)
            continue;
        m_linkTarget->addItem(TrT::tr("%1 (%2): %3").arg(i.ref, severityCode(i.severity), i.title),
                              i.id);
    }
    m_linkTarget->setCurrentIndex(m_linkTarget->count() > 0 ? 0 : -1);
    m_linkWhy->setText(m_linkTarget->currentData(Qt::ToolTipRole).toString());
    m_linkWhy->setVisible(!m_linkWhy->text().isEmpty());
}

QString AlertDetail::linkTarget() const
{
    return m_linkTarget->currentData().toString();
}

} // namespace ic

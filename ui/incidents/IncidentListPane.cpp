#include "ui/incidents/IncidentListPane.h"

#include "models/incidents/IncidentListModel.h"
#include "ui/SeverityDelegate.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ic {

namespace {

// Severity as a coloured badge with its text (SeverityDelegate); the
// countdown in bold with a marker when overdue. Colour only ever repeats what the text says.
class IncidentDelegate : public SeverityDelegate
{
public:
    explicit IncidentDelegate(QObject *parent)
        : SeverityDelegate(IncidentListModel::SeverityColumn, IncidentListModel::SeverityRole,
                           parent)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        SeverityDelegate::initStyleOption(option, index);
        if (index.column() != IncidentListModel::ResponseColumn)
            return;
        const auto kind =
            ResponseState::Kind(index.data(IncidentListModel::ResponseKindRole).toInt());
        if (kind == ResponseState::Kind::Overdue) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, Theme::overdueColor(option->palette));
            option->text = QStringLiteral("⚠ ") + option->text;
        } else if (kind == ResponseState::Kind::Running) {
            option->font.setBold(true);
        } else {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

IncidentListPane::IncidentListPane(IncidentListModel *model, QWidget *parent)
    : QWidget(parent), m_filter(new IncidentFilterModel(this))
{
    setObjectName(QStringLiteral("incidentListPane"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->addItem(tr("Active incidents"), int(IncidentFilterModel::StatusFilter::Active));
    m_status->addItem(tr("All incidents"), int(IncidentFilterModel::StatusFilter::All));
    m_status->addItem(tr("Closed incidents"), int(IncidentFilterModel::StatusFilter::Closed));
    m_status->setAccessibleName(tr("Show"));

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityFilterCombo"));
    m_severity->addItem(tr("All severities"), -1);
    for (int s = 0; s < 4; ++s)
        m_severity->addItem(tr("P%1 only").arg(s), s);
    m_severity->setAccessibleName(tr("Severity filter"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("incidentSearchEdit"));
    m_search->setPlaceholderText(tr("Search ID, title, people, tenants, keys (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search incidents"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incidentCountLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new IncidentDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    // Regulatory clocks take room only when an incident has one.
    m_table->setColumnHidden(IncidentListModel::RegulatoryColumn, true);
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            IncidentFilterModel::StatusFilter(m_status->currentData().toInt()));
        updateCount();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSeverityFilter(m_severity->currentData().toInt());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentIncidentChanged(
                    current.data(IncidentListModel::IncidentIdRole).toString());
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &IncidentListPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &IncidentListPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &IncidentListPane::updateCount);
    setModel(model);
}

void IncidentListPane::setModel(IncidentListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filter->setSourceModel(model);
    if (model) {
        sizeColumns();
        connect(model, &IncidentListModel::regulatoryClocksPresent, this, [this](bool present) {
            m_table->setColumnHidden(IncidentListModel::RegulatoryColumn, !present);
            fitColumns();
        });
    }
    m_table->setColumnHidden(IncidentListModel::RegulatoryColumn,
                             !model || !model->hasRegulatoryClocks());
    updateCount();
}

int IncidentListPane::responseColumnWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QFontMetrics fm = fontMetrics();
    // The longest countdowns: a day less a minute, either way.
    const qint64 longest = 23 * 3600 + 59 * 60 + 59;
    int widest = 0;
    for (const auto kind :
         {ResponseState::Kind::Running, ResponseState::Kind::Overdue, ResponseState::Kind::Met,
          ResponseState::Kind::MetLate, ResponseState::Kind::Closed}) {
        ResponseState st;
        st.kind = kind;
        st.secondsLeft = kind == ResponseState::Kind::Overdue ? -longest : longest;
        // As the delegate draws it: the overdue marker, bold while it runs.
        const bool alarming = kind == ResponseState::Kind::Overdue;
        const bool boldText = alarming || kind == ResponseState::Kind::Running;
        const QString text = alarming ? QStringLiteral("⚠ ") + st.text() : st.text();
        widest = qMax(widest, (boldText ? bfm : fm).horizontalAdvance(text));
    }
    // The item's margins and focus frame on either side.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return qMax(widest + 2 * margin + 16, headerWidth(IncidentListModel::ResponseColumn));
}

int IncidentListPane::headerWidth(int column) const
{
    // As the header draws it (QCommonStyle's SE_HeaderLabel): the text
    // between two margins and, on the sorted column, the arrow beside it
    // (half the header's height and two margins).
    const QHeaderView *header = m_table->horizontalHeader();
    if (column >= header->count())
        return 0;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = m_filter->headerData(column, Qt::Horizontal).toString();
    int width = header->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += qMax(header->height(), header->sizeHint().height()) / 2 + 2 * margin;
    return width;
}

bool IncidentListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void IncidentListPane::fitColumns()
{
    if (m_natural.isEmpty() || !m_model)
        return;
    using M = IncidentListModel;
    // What gives way when the table is narrow (1366 px screens): the title
    // first, down to a few words (the header stretches it; elided, whole
    // in its tooltip), then the regulatory clock down to the rule's name
    // (the header above the tabs shows the selected incident's whole),
    // then the commander, the detection time and the status; and if the
    // title would still get less than its few words, columns go altogether
    // (below). The severity, the ID and the countdown keep
    // their widths. No column ever narrower than its own header
    // ("Detected" whole, in any language).
    const int pad = 18;
    const QFontMetrics fm = fontMetrics();
    // The title's few words, and on a wide table a quarter of it (the
    // regulatory clock's long text elided rather than the title).
    const int viewport = m_table->viewport()->width();
    int budget =
        viewport -
        std::max({fm.horizontalAdvance(QStringLiteral("Tenant Initech pulled over 1 M…")) + pad,
                  headerWidth(M::TitleColumn), viewport / 4});
    for (const int c : {M::SeverityColumn, M::RefColumn})
        m_table->setColumnWidth(c, qMax(m_natural.value(c), headerWidth(c)));
    for (const int c : {M::SeverityColumn, M::RefColumn, M::ResponseColumn})
        budget -= m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    struct Give
    {
        int column;
        int least;
    };
    const Give order[] = {
        {M::RegulatoryColumn, fm.horizontalAdvance(QStringLiteral("GDPR 72 h?…")) + pad},
        {M::CommanderColumn, fm.horizontalAdvance(QStringLiteral("alex.mo…")) + pad},
        {M::DetectedColumn, fm.horizontalAdvance(QStringLiteral("00:00")) + pad},
        {M::StatusColumn, fm.horizontalAdvance(QStringLiteral("Containm…")) + pad},
    };
    auto naturalOf = [this](int column) {
        return qMax(m_natural.value(column), headerWidth(column));
    };
    // What the columns still need beyond the budget once they gave way.
    auto share = [&] {
        int need = 0;
        for (const Give &g : order)
            need += m_table->isColumnHidden(g.column) ? 0 : naturalOf(g.column);
        for (const Give &g : order) {
            if (m_table->isColumnHidden(g.column))
                continue;
            const int natural = naturalOf(g.column);
            const int least = qMax(qMin(g.least, natural), headerWidth(g.column));
            const int width = qBound(least, natural - qMax(0, need - budget), natural);
            need -= natural - width;
            m_table->setColumnWidth(g.column, width);
        }
        return need - budget;
    };
    // Still too narrow for a few words of the title: the regulatory clock
    // goes, then the detection time, then the commander (the header above
    // the tabs shows the selected incident's, the Notifications tab every
    // clock) until there is room again; the countdown stays on screen.
    m_table->setColumnHidden(M::RegulatoryColumn, !m_model->hasRegulatoryClocks());
    m_table->setColumnHidden(M::DetectedColumn, false);
    m_table->setColumnHidden(M::CommanderColumn, false);
    for (const int c : {M::RegulatoryColumn, M::DetectedColumn, M::CommanderColumn}) {
        if (share() <= 0)
            break;
        m_table->setColumnHidden(c, true);
    }
    share();
}

// The header's modes and widths, once the table has its columns.
void IncidentListPane::sizeColumns()
{
    auto *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IncidentListModel::ResponseColumn, QHeaderView::Fixed);
    // The sorted column's arrow needs room beside its title.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &IncidentListPane::fitColumns,
            Qt::UniqueConnection);
    // Widths from what the columns hold, so nothing important is cut off.
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int pad = 18;
    m_table->setColumnWidth(IncidentListModel::SeverityColumn,
                            bfm.horizontalAdvance(QStringLiteral("P0 Critical")) + pad + 10);
    m_table->setColumnWidth(IncidentListModel::RefColumn,
                            fm.horizontalAdvance(QStringLiteral("INC-2026-000")) + pad);
    int status = 0;
    for (const IncidentStatus st : allStatuses()) // in the language shown
        status = qMax(status, fm.horizontalAdvance(statusLabel(st)));
    m_table->setColumnWidth(IncidentListModel::StatusColumn, status + pad);
    m_table->setColumnWidth(IncidentListModel::CommanderColumn,
                            qMax(fm.horizontalAdvance(IncidentListModel::tr("(unassigned)")),
                                 fm.horizontalAdvance(QStringLiteral("alex.morgan"))) +
                                pad);
    m_table->setColumnWidth(IncidentListModel::DetectedColumn,
                            fm.horizontalAdvance(QStringLiteral("Nov 22 20:10")) + pad);
    m_table->setColumnWidth(IncidentListModel::ResponseColumn, responseColumnWidth());
    IncidentDeadline regulatory;
    regulatory.ruleId = QStringLiteral("gdpr-art33");
    regulatory.ruleName = QStringLiteral("GDPR 72 h");
    regulatory.conditional = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    regulatory.due = now.addSecs(-(23 * 3600 + 59 * 60));
    m_table->setColumnWidth(IncidentListModel::RegulatoryColumn,
                            fm.horizontalAdvance(regulatory.text(now)) + pad);
    m_natural.clear();
    for (int c = 0; c < IncidentListModel::ColumnCount; ++c)
        m_natural.insert(c, m_table->columnWidth(c));
    m_table->sortByColumn(IncidentListModel::ResponseColumn, Qt::AscendingOrder);
    fitColumns();
}

QString IncidentListPane::currentIncidentId() const
{
    return m_table->currentIndex().data(IncidentListModel::IncidentIdRole).toString();
}

void IncidentListPane::selectIncident(const QString &id)
{
    if (!m_model)
        return;
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex idx = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!idx.isValid()) {
        // Hidden by a filter: show everything so the incident is visible.
        m_status->setCurrentIndex(m_status->findData(int(IncidentFilterModel::StatusFilter::All)));
        m_severity->setCurrentIndex(0);
        m_search->clear();
        idx = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
}

void IncidentListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void IncidentListPane::focusTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

void IncidentListPane::resort()
{
    m_filter->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                   m_table->horizontalHeader()->sortIndicatorOrder());
}

QByteArray IncidentListPane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void IncidentListPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    m_table->setColumnHidden(IncidentListModel::RegulatoryColumn,
                             !m_model || !m_model->hasRegulatoryClocks());
    // A saved layout never narrows the countdown (an older one may have).
    if (m_table->horizontalHeader()->count() <= IncidentListModel::ResponseColumn)
        return; // no columns yet: sizeColumns() does it when the model comes
    m_table->horizontalHeader()->setSectionResizeMode(IncidentListModel::ResponseColumn,
                                                      QHeaderView::Fixed);
    m_table->setColumnWidth(IncidentListModel::ResponseColumn, responseColumnWidth());
    fitColumns();
}

void IncidentListPane::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    m_count->setText(shown == total ? tr("%n incident(s)", nullptr, total)
                                    : tr("%1 of %2").arg(shown).arg(total));
}

} // namespace ic

#include "ui/escalation/EscalationLadder.h"

#include "models/escalation/EscalationModel.h"
#include "ui/ColumnFit.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QTableView>

namespace ic {

namespace {

// Overdue rows in bold and the overdue colour; the words already say it.
class OverdueEmphasis : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QWidget *view = nullptr;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole || role == Qt::ForegroundRole) {
            if (!QIdentityProxyModel::data(index, EscalationModel::OverdueRole).toBool())
                return QIdentityProxyModel::data(index, role);
            if (role == Qt::ForegroundRole && view)
                return Theme::overdueColor(view->palette());
            QFont f = view ? view->font() : QFont();
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

QTableView *makeEscalationLadder(EscalationModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("escalationPathTable"));
    auto *emphasis = new OverdueEmphasis(table);
    emphasis->view = table;
    emphasis->setSourceModel(model);
    table->setModel(emphasis);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    // Lines as tall as the text needs: more of the ladder in its room.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setAccessibleName(
        QCoreApplication::translate("ic::EscalationPane", "Escalation path of this incident"));
    // Every column whole when there is room. Beside the incident list on a
    // 1366 px screen: the times go first (the state's tooltip and the
    // step's panel say them), then who shrinks, then the step (who begins
    // with the step's role), then who and the deadline shrink further
    // (elided, whole in their tooltips). The state never shrinks.
    const QFontMetrics fm = table->fontMetrics();
    const int pad = 16;
    using M = EscalationModel;
    new ColumnFit(
        table, table->horizontalHeader(), M::ContactColumn,
        {{M::AcknowledgedColumn, 0},
         {M::NotifiedColumn, 0},
         {M::ContactColumn, fm.horizontalAdvance(QStringLiteral("On-Call Engineer — Pa…")) + pad},
         {M::StepColumn, 0},
         {M::ContactColumn, fm.horizontalAdvance(QStringLiteral("On-Call Engi…")) + pad},
         {M::DueColumn, fm.horizontalAdvance(QStringLiteral("OVERDUE by 1h…")) + pad}});
    return table;
}

} // namespace ic

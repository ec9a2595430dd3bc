#include "ui/SeverityDelegate.h"

#include "ui/Theme.h"

#include <QPainter>

namespace ic {

SeverityDelegate::SeverityDelegate(int column, int severityRole, QObject *parent)
    : QStyledItemDelegate(parent), m_column(column), m_role(severityRole)
{}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant level = index.data(m_role);
    if (index.column() != m_column || !level.isValid())
        return size;
    QFont f = option.font;
    f.setBold(Severity(level.toInt()) <= Severity::P1);
    const int text = QFontMetrics(f).horizontalAdvance(index.data().toString());
    // The margins, the bar and the gap paint() leaves.
    size.setWidth(qMax(size.width(), text + 6 + 4 + 6 + 6 + 4));
    size.setHeight(qMax(size.height(), QFontMetrics(f).height() + 8)); // 4 above, 4 below
    return size;
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant level = index.data(m_role);
    if (index.column() != m_column || !level.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto sev = Severity(level.toInt());
    const QColor c = Theme::severityColor(sev, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const int bar = 4;
    painter->fillRect(QRect(r.left(), r.top(), bar, r.height()), c);
    QFont f = option.font;
    f.setBold(sev <= Severity::P1);
    painter->setFont(f);
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : c);
    painter->drawText(r.adjusted(bar + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(f).elidedText(text, Qt::ElideRight, r.width() - bar - 6));
    painter->restore();
}

} // namespace ic

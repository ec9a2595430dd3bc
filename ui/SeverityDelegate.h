#pragma once

#include "models/incidents/Incident.h"

#include <QStyledItemDelegate>

namespace ic {

// Paints one column of a list as a severity badge, as the incident list
// shows it: a bar in the severity's colour (Theme::severityColor) and the
// text ("P0 Critical") in that colour, bold for P0 and P1. Colour only ever
// repeats what the text says. Other columns paint as usual; subclasses add
// their own.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    // `severityRole` holds the severity as an int (0 = P0).
    SeverityDelegate(int column, int severityRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Room for the bar and the bold text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_column;
    int m_role;
};

} // namespace ic

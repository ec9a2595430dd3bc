#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QAbstractItemView;
class QHeaderView;
class QTimer;

namespace ic {

// Shares a list's width among its columns. Each column gets what it holds
// (its widest cell, its header whole); when the view is narrower (a
// 1366 px screen), the columns named in `giveWay` give way in that order,
// each down to its least width (elided; the model's tooltip has the whole
// text) or, with a least of 0, hidden until there is room again. The
// `fill` column takes whatever is left over. Columns its owner hides stay
// hidden. Refits when the view is resized or the model changes, until the
// person drags a column's edge: from then on the widths are theirs (a list
// that ticks every second would otherwise snap a dragged column back).
class ColumnFit : public QObject
{
    Q_OBJECT
public:
    struct Give
    {
        int column;
        int least; // pixels; 0: hide the column rather than squeeze it
    };

    ColumnFit(QAbstractItemView *view, QHeaderView *header, int fill, QList<Give> giveWay);

    void setGiveWay(const QList<Give> &giveWay);
    // Fits now (also done on its own after a resize or a change of the model).
    void fit();
    // The columns hidden for want of room.
    QSet<int> squeezedOut() const { return m_hidden; }
    // The person has sized a column by hand: no more fitting.
    bool sizedByHand() const { return m_byHand; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int natural(int column) const;

    QAbstractItemView *m_view;
    QObject *m_viewport;
    QObject *m_headerViewport;
    QHeaderView *m_header;
    int m_fill;
    QList<Give> m_giveWay;
    QSet<int> m_hidden; // hidden here, shown again when there is room
    QTimer *m_later;
    bool m_fitting = false;
    bool m_pressed = false; // a mouse button is down on the header
    bool m_byHand = false;
};

} // namespace ic

#include "ui/ColumnFit.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace ic {

ColumnFit::ColumnFit(QAbstractItemView *view, QHeaderView *header, int fill, QList<Give> giveWay)
    : QObject(view), m_view(view), m_header(header), m_fill(fill), m_giveWay(std::move(giveWay)),
      m_later(new QTimer(this))
{
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    // A section resized while a button is down on the header is the
    // person's drag (or double-click on an edge), not a fit nor a restore.
    m_headerViewport = m_header->viewport();
    m_headerViewport->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (m_pressed && !m_fitting)
            m_byHand = true;
    });
    // A burst of changes (a reload, a tick of the clock) is one fit.
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, &ColumnFit::fit);
    auto later = [this] { m_later->start(); };
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
    }
    if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        // A group opened in a tree may hold wider cells.
        connect(tree, &QTreeView::expanded, this, later);
        connect(tree, &QTreeView::collapsed, this, later);
    }
    later();
}

void ColumnFit::setGiveWay(const QList<Give> &giveWay)
{
    m_giveWay = giveWay;
    fit();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport as it was given: asking the view would be wrong while it
    // is being destroyed.
    if (watched == m_viewport && event->type() == QEvent::Resize && !m_fitting)
        fit();
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonDblClick)
            m_pressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressed = false;
    }
    return QObject::eventFilter(watched, event);
}

int ColumnFit::natural(int column) const
{
    return qMax(m_view->sizeHintForColumn(column), m_header->sectionSizeHint(column));
}

void ColumnFit::fit()
{
    if (m_fitting || m_byHand || m_header->count() == 0)
        return;
    m_fitting = true;
    // Shown again first; hidden again below if there is still no room.
    for (const int c : std::as_const(m_hidden))
        m_header->setSectionHidden(c, false);
    m_hidden.clear();
    // The viewport (a vertical scroll bar that comes resizes it: fitted again).
    const int room = m_view->viewport()->width();
    QList<int> width(m_header->count(), 0);
    int total = 0;
    for (int c = 0; c < m_header->count(); ++c) {
        if (m_header->isSectionHidden(c))
            continue;
        width[c] = natural(c);
        total += width[c];
    }
    for (const Give &g : std::as_const(m_giveWay)) {
        if (total <= room)
            break;
        if (g.column >= width.size() || m_header->isSectionHidden(g.column))
            continue;
        if (g.least <= 0) {
            total -= width[g.column];
            width[g.column] = 0;
            m_hidden.insert(g.column);
            continue;
        }
        const int to = qMax(qMin(g.least, width[g.column]), width[g.column] - (total - room));
        total -= width[g.column] - to;
        width[g.column] = to;
    }
    if (total < room && m_fill < width.size())
        width[m_fill] += room - total;
    for (int c = 0; c < m_header->count(); ++c) {
        if (m_hidden.contains(c))
            m_header->setSectionHidden(c, true);
        else if (!m_header->isSectionHidden(c))
            m_header->resizeSection(c, width[c]);
    }
    m_fitting = false;
}

} // namespace ic

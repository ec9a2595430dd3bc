#include "ui/audit/AuditTableView.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>
#include <QWheelEvent>

#include <limits>

namespace ic {

// The rows on screen of a larger model: row r here is row top + r there.
// Moving the window is one dataChanged, never a reset, so column widths and
// the horizontal scroll stay put.
class RowWindowModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSource(QAbstractItemModel *source)
    {
        beginResetModel();
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            disconnect(c);
        m_connections.clear();
        m_source = source;
        m_top = 0;
        m_rows = 0;
        if (m_source) {
            m_connections << connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
                beginResetModel();
                m_top = 0;
                m_rows = visibleCount();
                endResetModel();
            });
            m_connections << connect(m_source, &QAbstractItemModel::rowsInserted, this,
                                     [this] { sync(); });
            m_connections << connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                                     [this] { sync(); });
            m_connections << connect(m_source, &QAbstractItemModel::columnsInserted, this,
                                     [this] { resetAll(); });
            m_connections << connect(m_source, &QAbstractItemModel::columnsRemoved, this,
                                     [this] { resetAll(); });
            m_connections << connect(m_source, &QAbstractItemModel::layoutChanged, this,
                                     [this] { changedAll(); });
            m_connections << connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                                     &QAbstractItemModel::headerDataChanged);
            m_connections << connect(
                m_source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                    const int first = qMax(tl.row(), m_top);
                    const int last = qMin(br.row(), m_top + m_rows - 1);
                    if (first <= last)
                        emit dataChanged(index(first - m_top, tl.column()),
                                         index(last - m_top, br.column()), roles);
                });
        }
        m_rows = visibleCount();
        endResetModel();
    }

    void setCapacity(int rows)
    {
        m_capacity = qMax(1, rows);
        sync();
    }

    void setTop(int top)
    {
        if (top == m_top)
            return;
        m_top = top;
        sync();
        changedAll();
    }

    int top() const { return m_top; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_source ? 0 : m_source->columnCount();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!m_source || !index.isValid())
            return {};
        return m_source->data(m_source->index(m_top + index.row(), index.column()), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (!m_source)
            return {};
        if (orientation == Qt::Vertical)
            return role == Qt::DisplayRole ? QVariant(m_top + section + 1) : QVariant();
        return m_source->headerData(section, orientation, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
    }

private:
    int visibleCount() const
    {
        if (!m_source)
            return 0;
        return qBound(0, m_source->rowCount() - m_top, m_capacity);
    }
    void sync()
    {
        const int wanted = visibleCount();
        if (wanted > m_rows) {
            beginInsertRows({}, m_rows, wanted - 1);
            m_rows = wanted;
            endInsertRows();
        } else if (wanted < m_rows) {
            beginRemoveRows({}, wanted, m_rows - 1);
            m_rows = wanted;
            endRemoveRows();
        }
    }
    void changedAll()
    {
        if (m_rows > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    }
    void resetAll()
    {
        beginResetModel();
        m_rows = visibleCount();
        endResetModel();
    }

    QPointer<QAbstractItemModel> m_source;
    QList<QMetaObject::Connection> m_connections;
    int m_top = 0;
    int m_rows = 0;
    int m_capacity = 1;
};

AuditTableView::AuditTableView(QWidget *parent) : QWidget(parent)
{
    m_window = new RowWindowModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_window);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Selection is ours (model rows); the inner view only paints it.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAutoScroll(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    // The inner view must never scroll vertically by itself.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (v != 0)
            m_table->verticalScrollBar()->setValue(0);
    });

    m_bar = new QScrollBar(Qt::Vertical, this);
    m_bar->setObjectName(QStringLiteral("rowScrollBar"));
    connect(m_bar, &QScrollBar::valueChanged, this, [this](int v) {
        if (!m_syncing)
            setTopRow(int(qMin<qint64>(qint64(v) * m_barScale, std::numeric_limits<int>::max())));
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bar);
    setFocusProxy(m_table);
    m_rowHeight = fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(m_rowHeight);
    m_table->verticalHeader()->setMinimumSectionSize(m_rowHeight);
}

AuditTableView::~AuditTableView() = default;

void AuditTableView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_window->setSource(model);
    m_top = 0;
    m_current = -1;
    m_anchor = -1;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_top = 0;
            m_current = -1;
            m_anchor = -1;
            updateScrollBar();
            showSelection();
            notifyViewport();
            emit currentRowChanged(-1);
        });
        auto resized = [this] {
            if (m_top > 0 && m_top > qMax(0, rowCount() - visibleRows()))
                setTopRow(rowCount() - visibleRows());
            if (m_current >= rowCount()) {
                m_current = m_anchor = rowCount() - 1;
                emit currentRowChanged(m_current);
            }
            updateScrollBar();
            showSelection();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, resized);
        connect(model, &QAbstractItemModel::rowsRemoved, this, resized);
    }
    relayout();
}

void AuditTableView::setViewportCallback(std::function<void(int, int)> callback)
{
    m_viewport = std::move(callback);
    notifyViewport();
}

int AuditTableView::rowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

int AuditTableView::visibleRows() const
{
    return qMax(1, m_table->viewport()->height() / m_rowHeight);
}

void AuditTableView::relayout()
{
    // One more row than fits: the partly visible one at the bottom.
    m_window->setCapacity(visibleRows() + 1);
    updateScrollBar();
    showSelection();
    notifyViewport();
}

void AuditTableView::updateScrollBar()
{
    const qint64 max = qMax(0, rowCount() - visibleRows());
    // A scrollbar holds an int; far past a billion rows, each step is several rows.
    m_barScale = qMax<qint64>(1, (max + (1 << 30) - 1) / (1 << 30));
    m_syncing = true;
    m_bar->setRange(0, int(max / m_barScale));
    m_bar->setPageStep(qMax(1, int(visibleRows() / m_barScale)));
    m_bar->setSingleStep(1);
    m_bar->setValue(int(m_top / m_barScale));
    m_syncing = false;
}

void AuditTableView::setTopRow(int row)
{
    const int top = qBound(0, row, qMax(0, rowCount() - visibleRows()));
    if (top == m_top && m_window->top() == top)
        return;
    m_top = top;
    m_window->setTop(top);
    m_syncing = true;
    m_bar->setValue(int(m_top / m_barScale));
    m_syncing = false;
    showSelection();
    notifyViewport();
}

void AuditTableView::scrollToRow(int row)
{
    if (row < m_top)
        setTopRow(row);
    else if (row >= m_top + visibleRows())
        setTopRow(row - visibleRows() + 1);
}

void AuditTableView::setCurrentRow(int row, bool extend)
{
    if (rowCount() == 0) {
        row = -1;
    } else {
        row = qBound(0, row, rowCount() - 1);
    }
    const bool changed = row != m_current;
    m_current = row;
    if (!extend || m_anchor < 0)
        m_anchor = row;
    if (row >= 0)
        scrollToRow(row);
    showSelection();
    if (changed)
        emit currentRowChanged(row);
}

QList<int> AuditTableView::selectedRows(int max) const
{
    QList<int> rows;
    if (m_current < 0)
        return rows;
    const int first = qMin(m_anchor, m_current);
    const int last = qMax(m_anchor, m_current);
    for (int r = first; r <= last && rows.size() < max; ++r)
        rows << r;
    return rows;
}

void AuditTableView::showSelection()
{
    QItemSelectionModel *sel = m_table->selectionModel();
    if (!sel)
        return;
    QItemSelection selection;
    if (m_current >= 0) {
        const int first = qMax(qMin(m_anchor, m_current), m_top);
        const int last = qMin(qMax(m_anchor, m_current), m_top + m_window->rowCount() - 1);
        if (first <= last && m_window->columnCount() > 0)
            selection.select(m_window->index(first - m_top, 0),
                             m_window->index(last - m_top, m_window->columnCount() - 1));
    }
    sel->select(selection, QItemSelectionModel::ClearAndSelect);
    const bool onScreen = m_current >= m_top && m_current < m_top + m_window->rowCount();
    sel->setCurrentIndex(
        onScreen ? m_window->index(m_current - m_top, qMax(0, m_table->currentIndex().column()))
                 : QModelIndex(),
        QItemSelectionModel::NoUpdate);
}

void AuditTableView::notifyViewport()
{
    const int count = m_window->rowCount();
    if (m_viewport)
        m_viewport(m_top, qMax(count, visibleRows()));
    emit visibleRangeChanged(m_top, count);
}

int AuditTableView::rowAtY(int y) const
{
    const int r = m_table->rowAt(y);
    return r < 0 ? -1 : m_top + r;
}

bool AuditTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        switch (event->type()) {
        case QEvent::Resize:
            relayout();
            break;
        case QEvent::Wheel: {
            auto *w = static_cast<QWheelEvent *>(event);
            if (w->angleDelta().y() == 0 || (w->modifiers() & Qt::ShiftModifier))
                return false; // horizontal: the inner view scrolls sideways
            // Three rows per notch; high-resolution wheels accumulate.
            m_wheelRemainder += w->angleDelta().y();
            const int rows = -(m_wheelRemainder / 40);
            m_wheelRemainder %= 40;
            if (rows != 0)
                setTopRow(m_top + rows);
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto *m = static_cast<QMouseEvent *>(event);
            const int row = rowAtY(int(m->position().y()));
            if (row >= 0 && row < rowCount()) {
                m_table->setFocus(Qt::MouseFocusReason);
                const int column = m_table->columnAt(int(m->position().x()));
                if (column >= 0)
                    m_table->selectionModel()->setCurrentIndex(m_window->index(row - m_top, column),
                                                               QItemSelectionModel::NoUpdate);
                if (m->button() == Qt::RightButton) {
                    if (!selectedRows().contains(row))
                        setCurrentRow(row);
                    emit contextMenuRequested(row, column, m->globalPosition().toPoint());
                } else {
                    setCurrentRow(row, m->modifiers() & Qt::ShiftModifier);
                }
            }
            return true;
        }
        case QEvent::MouseButtonDblClick: {
            auto *m = static_cast<QMouseEvent *>(event);
            const int row = rowAtY(int(m->position().y()));
            if (row >= 0 && row < rowCount()) {
                setCurrentRow(row);
                emit activated(row);
            }
            return true;
        }
        case QEvent::MouseButtonRelease:
        case QEvent::MouseMove:
            return true;
        default:
            break;
        }
    } else if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        const bool extend = k->modifiers() & Qt::ShiftModifier;
        const int page = qMax(1, visibleRows() - 1);
        const int current = qMax(0, m_current);
        switch (k->key()) {
        case Qt::Key_Down:
            setCurrentRow(m_current < 0 ? m_top : current + 1, extend);
            return true;
        case Qt::Key_Up:
            setCurrentRow(m_current < 0 ? m_top : current - 1, extend);
            return true;
        case Qt::Key_PageDown:
            setTopRow(m_top + page);
            setCurrentRow(current + page, extend);
            return true;
        case Qt::Key_PageUp:
            setTopRow(m_top - page);
            setCurrentRow(current - page, extend);
            return true;
        case Qt::Key_Home:
            if (k->modifiers() & Qt::ControlModifier || m_table->currentIndex().column() <= 0) {
                setCurrentRow(0, extend);
                return true;
            }
            return false;
        case Qt::Key_End:
            if (k->modifiers() & Qt::ControlModifier || m_table->currentIndex().column() <= 0) {
                setCurrentRow(rowCount() - 1, extend);
                return true;
            }
            return false;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_current >= 0)
                emit activated(m_current);
            return true;
        case Qt::Key_Menu:
            if (m_current >= 0) {
                const QRect r = m_table->visualRect(m_window->index(qMax(0, m_current - m_top), 0));
                emit contextMenuRequested(m_current, qMax(0, m_table->currentIndex().column()),
                                          m_table->viewport()->mapToGlobal(r.bottomLeft()));
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuditTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_rowHeight = fontMetrics().height() + 8;
        m_table->verticalHeader()->setDefaultSectionSize(m_rowHeight);
        relayout();
    }
    QWidget::changeEvent(event);
}

} // namespace ic

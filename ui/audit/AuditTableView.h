#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QWidget>

#include <functional>

class QScrollBar;
class QTableView;

namespace ic {

class RowWindowModel;

// A table for results of any size. The inner QTableView only ever shows a
// window of the model's rows (those on screen), and the scrollbar beside it
// counts rows rather than pixels, so neither Qt's header bookkeeping nor a
// 32-bit pixel offset ever sees the whole result: 100 million rows scroll
// like 100. Rows have one fixed height. The owner tells the model which
// rows are visible through the viewport callback, so only those load.
// Selection is a range of model rows; keys, wheel and mouse work as in any
// table.
class AuditTableView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTableView(QWidget *parent = nullptr);
    ~AuditTableView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // Called with (first row, row count) whenever the visible rows change.
    void setViewportCallback(std::function<void(int first, int count)> callback);

    QTableView *table() const { return m_table; }
    QScrollBar *scrollBar() const { return m_bar; }

    int currentRow() const { return m_current; }
    void setCurrentRow(int row, bool extend = false);
    // The selected rows, first to last (the range from the anchor to the current row).
    QList<int> selectedRows(int max = 10000) const;
    int topRow() const { return m_top; }
    void setTopRow(int row);
    void scrollToRow(int row); // makes it visible, moving as little as possible
    int visibleRows() const;   // rows that fit entirely
    int rowHeight() const { return m_rowHeight; }

signals:
    void currentRowChanged(int row);
    void activated(int row); // double-click, Enter
    void contextMenuRequested(int row, int column, const QPoint &globalPos);
    void visibleRangeChanged(int first, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBar();
    void showSelection();
    void notifyViewport();
    int rowCount() const;
    int rowAtY(int y) const;

    QPointer<QAbstractItemModel> m_model;
    RowWindowModel *m_window;
    QTableView *m_table;
    QScrollBar *m_bar;
    std::function<void(int, int)> m_viewport;
    int m_top = 0;
    int m_current = -1;
    int m_anchor = -1;
    int m_rowHeight = 24;
    int m_wheelRemainder = 0;
    qint64 m_barScale = 1; // rows per scrollbar step, past 2^30 rows
    bool m_syncing = false;
};

} // namespace ic

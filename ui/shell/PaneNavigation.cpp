#include "ui/shell/PaneNavigation.h"

#include <QEvent>
#include <QKeySequence>
#include <QSignalBlocker>
#include <QTabBar>

namespace ic {

SideTabWidget::SideTabWidget(QWidget *parent) : QTabWidget(parent)
{
    tabBar()->hide();
}

void SideTabWidget::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    tabBar()->hide();
    emit pagesChanged();
}

void SideTabWidget::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    emit pagesChanged();
}

PaneNavigation::PaneNavigation(SideTabWidget *tabs, QWidget *parent)
    : QListWidget(parent), m_tabs(tabs)
{
    setObjectName(QStringLiteral("paneNavigation"));
    setAccessibleName(tr("Incident panes"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(tabs, &SideTabWidget::pagesChanged, this, &PaneNavigation::refresh);
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_syncing)
            return;
        const QSignalBlocker block(this);
        setCurrentRow(index);
    });
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_tabs->count() || row == m_tabs->currentIndex())
            return;
        m_syncing = true;
        m_tabs->setCurrentIndex(row);
        m_syncing = false;
    });
    refresh();
}

void PaneNavigation::refresh()
{
    const QSignalBlocker block(this);
    while (count() > m_tabs->count())
        delete takeItem(count() - 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        QListWidgetItem *it = i < count() ? item(i) : new QListWidgetItem(this);
        QString text = m_tabs->tabText(i);
        text.remove(QLatin1Char('&'));
        it->setText(text);
        it->setSizeHint(QSize(0, fontMetrics().height() + 14)); // a comfortable target
        const QString key =
            i < 9
                ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)
                : QString();
        it->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key));
        it->setData(Qt::AccessibleDescriptionRole, key);
        it->setData(Qt::UserRole, m_tabs->widget(i) ? m_tabs->widget(i)->objectName() : QString());
    }
    setCurrentRow(m_tabs->currentIndex());
    updateGeometry();
    setFixedWidth(sizeHint().width());
}

QSize PaneNavigation::sizeHint() const
{
    // As wide as the longest name: never cut, in any language.
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("Details"));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    for (int i = 0; i < count(); ++i)
        widest = qMax(widest, bfm.horizontalAdvance(item(i)->text()));
    return {widest + 2 * frameWidth() + 24, QListWidget::sizeHint().height()};
}

void PaneNavigation::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        refresh();
}

} // namespace ic

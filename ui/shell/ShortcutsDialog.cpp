#include "ui/shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ic {

namespace {

// "Add &Note" → "Add Note" ("&&" stays one "&").
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QString(QChar(1)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    return out.join(QStringLiteral(", "));
}

// The pane (a tab's page) a widget lives in, by its tab's name.
QString paneOf(QObject *object, QWidget *window)
{
    for (QObject *o = object; o && o != window; o = o->parent()) {
        auto *w = qobject_cast<QWidget *>(o);
        auto *stack = w ? qobject_cast<QStackedWidget *>(w->parentWidget()) : nullptr;
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(w) >= 0)
            return withoutMnemonic(tabs->tabText(tabs->indexOf(w)));
    }
    return {};
}

QString menuPath(QMenu *menu)
{
    QStringList names;
    for (QObject *o = menu; o; o = o->parent()) {
        if (auto *m = qobject_cast<QMenu *>(o); m && !m->title().isEmpty())
            names.prepend(withoutMnemonic(m->title()));
    }
    return names.join(QStringLiteral(" ▸ "));
}

QString placeOf(QAction *action, QWidget *window)
{
    QString pane;
    for (QObject *o : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o))
            return ShortcutsDialog::tr("%1 menu").arg(menuPath(menu));
        if (pane.isEmpty() && action->shortcutContext() != Qt::WindowShortcut &&
            action->shortcutContext() != Qt::ApplicationShortcut)
            pane = paneOf(o, window);
    }
    return pane.isEmpty() ? ShortcutsDialog::tr("Anywhere in the window") : pane;
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> out;
    QSet<QAction *> seen;
    auto add = [&out](const Entry &e) {
        if (e.keys.isEmpty())
            return;
        // One row for the same command in the same place ("Ctrl+=, Ctrl++").
        for (Entry &x : out) {
            if (x.what == e.what && x.where == e.where) {
                if (!x.keys.split(QStringLiteral(", ")).contains(e.keys))
                    x.keys += QStringLiteral(", ") + e.keys;
                return;
            }
        }
        out << e;
    };
    QList<QAction *> actions = window->actions();
    actions += window->findChildren<QAction *>();
    for (QAction *a : std::as_const(actions)) {
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        QString what = withoutMnemonic(a->text());
        if (what.isEmpty())
            what = a->toolTip();
        add({keysText(a->shortcuts()), what, placeOf(a, window)});
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        QString where = paneOf(s->parent(), window);
        if (where.isEmpty())
            where = tr("Anywhere in the window");
        QString what = s->whatsThis();
        if (what.isEmpty())
            if (auto *w = qobject_cast<QWidget *>(s->parent()))
                what = w->accessibleName();
        add({keysText(s->keys()), what, where});
    }
    // Grouped by where, each group in the order it was made.
    QStringList places;
    for (const Entry &e : std::as_const(out))
        if (!places.contains(e.where))
            places << e.where;
    std::stable_sort(out.begin(), out.end(), [&places](const Entry &a, const Entry &b) {
        return places.indexOf(a.where) < places.indexOf(b.where);
    });
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setModal(false);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::fill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.horizontalAdvance(QLatin1Char('x')) * 90, fm.height() * 32);
    retranslate();
    refresh();
    m_filter->setFocus();
}

void ShortcutsDialog::refresh()
{
    m_entries = collect(m_window);
    fill();
}

void ShortcutsDialog::fill()
{
    const QString filter = m_filter->text().trimmed();
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!filter.isEmpty() && !e.what.contains(filter, Qt::CaseInsensitive) &&
            !e.keys.contains(filter, Qt::CaseInsensitive) &&
            !e.where.contains(filter, Qt::CaseInsensitive))
            continue;
        if (!group || group->text(0) != e.where) {
            group = new QTreeWidgetItem(m_tree, {e.where});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {e.keys, e.what});
        item->setToolTip(1, e.what);
    }
    m_tree->resizeColumnToContents(0);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Type to find a command or a key"));
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_tree->setHeaderLabels({tr("Keys"), tr("Command")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

} // namespace ic

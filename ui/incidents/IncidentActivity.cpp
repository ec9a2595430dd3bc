#include "ui/incidents/IncidentActivity.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

namespace {
// These texts were first written for the details pane; they keep its
// translation context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::IncidentDetailPane)
};
} // namespace

IncidentActivity::IncidentActivity(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setHeaderLabels({Tr::tr("Time"), Tr::tr("Who"), Tr::tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(fontMetrics().height() * 10);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(Tr::tr("Activity"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(Tr::tr("Add a note to the record (Ctrl+Shift+N), Enter to add"));
    m_add = new QPushButton(Tr::tr("Add note"), this);
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(Tr::tr("<b>Activity</b> — every change, with who and when"), this);
    caption->setWordWrap(true); // as wide as the pane, in any language
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(noteRow);

    connect(m_note, &QLineEdit::returnPressed, this, &IncidentActivity::submitNote);
    connect(m_add, &QPushButton::clicked, this, &IncidentActivity::submitNote);
}

void IncidentActivity::setEvents(const QList<IncidentEvent> &events)
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    const QDateTime now = m_clock.now();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        auto *item = new QTreeWidgetItem(
            {TimeText::localShort(it->occurredAt, now), it->actor, it->summary});
        item->setToolTip(0, TimeText::local(it->occurredAt));
        item->setToolTip(2, it->summary);
        item->setData(0, Qt::UserRole, it->kind);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void IncidentActivity::clear()
{
    m_list->clear();
}

void IncidentActivity::setReadOnly(bool readOnly)
{
    m_note->setEnabled(!readOnly);
    m_add->setEnabled(!readOnly);
}

void IncidentActivity::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
}

void IncidentActivity::submitNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty())
        return;
    emit noteSubmitted(text);
    m_note->clear();
}

} // namespace ic

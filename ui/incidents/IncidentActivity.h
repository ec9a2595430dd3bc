#pragma once

#include "models/timeline/TimelineEvent.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ic {

class Clock;

// An incident's record as the details show it, newest first, and the line
// to add a note to it.
class IncidentActivity : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentActivity(const Clock &clock, QWidget *parent = nullptr);

    void setEvents(const QList<ic::IncidentEvent> &events);
    void clear();
    void setReadOnly(bool readOnly);
    void focusNote();

signals:
    void noteSubmitted(const QString &text);

private:
    void submitNote();

    const Clock &m_clock;
    QTreeWidget *m_list;
    QLineEdit *m_note;
    QPushButton *m_add;
};

} // namespace ic

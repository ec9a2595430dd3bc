#pragma once

#include "models/incidents/Incident.h"
#include "models/playbooks/Checklist.h"

#include <QVariantMap>
#include <QWidget>

class QVBoxLayout;

namespace ic {

// A checklist step's code blocks, each with what it does for this incident:
// the exact request or query with the incident's values and a button that
// opens it where it runs (a Navigator request), and a copy button.
class StepCodePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepCodePanel(QWidget *parent = nullptr);

    // Shows the step's code; the same step again keeps what is shown (and
    // its scroll position).
    void showStep(const ic::ChecklistItem &item, const ic::Incident &incident);
    void clear();

signals:
    void requested(const QString &what, const QVariantMap &arguments);
    void copied(const QString &notice);

private:
    QVBoxLayout *m_layout;
    QString m_shownItem;
};

} // namespace ic

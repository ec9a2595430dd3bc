#include "ui/escalation/EscalationNodePanel.h"

#include "models/core/TimeText.h"
#include "models/escalation/EscalationModel.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

EscalationNodePanel::EscalationNodePanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("escalationNodePanel"));
    setFrameShape(QFrame::StyledPanel);
    m_layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("nodeTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("nodeStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_state);
    m_layout->addStretch(1);
    m_title->setText(tr("Select a node in the graph (Tab moves through them, Enter opens one)."));
}

void EscalationNodePanel::clearBody()
{
    if (m_body) {
        // Out of the tree at once (findChildren, focus chain); deleted later
        // because a click inside it may still be on the stack.
        m_layout->removeWidget(m_body);
        m_body->hide();
        m_body->setParent(nullptr);
        m_body->deleteLater();
    }
    m_contactStates.clear();
    m_body = new QWidget(this);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->insertWidget(2, m_body);
}

namespace {

// What decides the panel's controls; times and texts are updated in place.
QString structureKey(const EscalationModel &model, const QString &nodeId, bool readOnly)
{
    QStringList key{nodeId, QString::number(model.hasIncident()), QString::number(readOnly),
                    model.policy().name, QString::number(model.policy().chart.nodes.size())};
    if (const NodeStatus *n = model.overlay().node(nodeId)) {
        key << QString::number(int(n->state)) << n->decisionAnswer;
        for (const ContactStatus &c : n->contacts)
            key << c.role << c.contact;
    }
    const std::optional<bool> breach = model.state().dataBreach;
    key << (breach ? QString::number(*breach) : QStringLiteral("-"))
        << model.state().decisions.value(nodeId) << severityCode(model.facts().severity);
    return key.join(QChar(0x1f));
}

QString stateText(const EscalationModel &model, const NodeStatus *status)
{
    const NodeState state = status ? status->state : NodeState::OffPath;
    if (!model.hasIncident())
        return EscalationNodePanel::tr("Select an incident to see who must be reached.");
    QString text = nodeStateText(state);
    if (status && status->due.isValid() &&
        (state == NodeState::Pending || state == NodeState::Overdue))
        text += EscalationNodePanel::tr(" — due %1").arg(TimeText::local(status->due));
    return text;
}

QString contactText(const EscalationModel &model, const NodeStatus &status, const ContactStatus &c)
{
    QStringList lines;
    if (model.hasIncident() && status.onPath())
        lines << EscalationNodePanel::tr("Deadline: %1").arg(model.dueText(c));
    else if (!c.ruleText.isEmpty())
        lines << EscalationNodePanel::tr("Escalation time: %1").arg(c.ruleText);
    lines << (c.notifiedAt.isValid() ? EscalationNodePanel::tr("Notified %1 by %2")
                                           .arg(TimeText::local(c.notifiedAt), c.notifiedBy)
                                     : EscalationNodePanel::tr("Not notified yet"));
    if (c.acknowledgedByIncident)
        lines << (c.acknowledgedBy.isEmpty()
                      ? EscalationNodePanel::tr("Acknowledged %1: the incident was acknowledged")
                            .arg(TimeText::local(c.acknowledgedAt))
                      : EscalationNodePanel::tr("Acknowledged %1: %2 took the incident")
                            .arg(TimeText::local(c.acknowledgedAt), c.acknowledgedBy));
    else
        lines << (c.acknowledgedAt.isValid()
                      ? EscalationNodePanel::tr("Acknowledged %1 by %2")
                            .arg(TimeText::local(c.acknowledgedAt), c.acknowledgedBy)
                      : EscalationNodePanel::tr("Not acknowledged yet"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void EscalationNodePanel::showNode(const EscalationModel &model, const QString &nodeId,
                                   bool readOnly)
{
    const NodeStatus *status = model.overlay().node(nodeId);
    const QString key = structureKey(model, nodeId, readOnly);
    if (m_body && key == m_structureKey) {
        // Only the clock moved, or a time was recorded: no rebuild under the user's hands.
        m_state->setText(model.policy().chart.node(nodeId) ? stateText(model, status) : QString());
        for (qsizetype i = 0; status && i < m_contactStates.size() && i < status->contacts.size();
             ++i) {
            if (m_contactStates.at(i))
                m_contactStates.at(i)->setText(contactText(model, *status, status->contacts.at(i)));
        }
        return;
    }
    m_structureKey = key;

    // Keep keyboard focus on the same control across the rebuild.
    QString focusedName;
    int focusedIndex = -1;
    if (m_body && m_body->isAncestorOf(QApplication::focusWidget())) {
        QWidget *w = QApplication::focusWidget();
        focusedName = w->objectName();
        focusedIndex = int(m_body->findChildren<QWidget *>(focusedName).indexOf(w));
    }

    m_nodeId = nodeId;
    clearBody();
    const FlowNode *node = model.policy().chart.node(nodeId);
    if (!node) {
        m_title->setText(tr("Select a node in the graph (Tab moves through them, Enter opens "
                            "one)."));
        m_state->clear();
        return;
    }
    m_title->setText(QString(node->label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_state->setText(stateText(model, status));
    if (node->shape == NodeShape::Decision)
        addDecision(model, readOnly);
    else
        addContacts(model, readOnly);

    if (!focusedName.isEmpty()) {
        const QList<QWidget *> same = m_body->findChildren<QWidget *>(focusedName);
        if (QWidget *w = same.value(std::max(0, focusedIndex), same.value(0)))
            w->setFocus(Qt::OtherFocusReason);
    }
}

void EscalationNodePanel::addContacts(const EscalationModel &model, bool readOnly)
{
    const NodeStatus *status = model.overlay().node(m_nodeId);
    if (!status || status->contacts.isEmpty()) {
        auto *none =
            new QLabel(tr("Nobody to reach here: this is where the escalation starts."), m_body);
        none->setWordWrap(true);
        m_bodyLayout->addWidget(none);
        return;
    }
    for (qsizetype i = 0; i < status->contacts.size(); ++i) {
        const ContactStatus &c = status->contacts.at(i);
        auto *box = new QFrame(m_body);
        box->setObjectName(QStringLiteral("contactBox"));
        box->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(box);
        auto *role = new QLabel(c.role, box);
        role->setObjectName(QStringLiteral("contactRoleLabel"));
        role->setTextFormat(Qt::PlainText);
        QFont bold = role->font();
        bold.setBold(true);
        role->setFont(bold);
        grid->addWidget(role, 0, 0, 1, 3);

        auto *contact =
            new QLineEdit(c.contact.isEmpty() ? tr("(no contact listed)") : c.contact, box);
        contact->setObjectName(QStringLiteral("contactEdit"));
        contact->setReadOnly(true);
        contact->setAccessibleName(tr("How to reach %1").arg(c.role));
        grid->addWidget(contact, 1, 0, 1, 2);
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setObjectName(QStringLiteral("copyContactButton"));
        copy->setToolTip(tr("Copy “%1” to the clipboard").arg(c.contact));
        copy->setAccessibleName(tr("Copy the contact of %1").arg(c.role));
        copy->setEnabled(!c.contact.isEmpty());
        const QString text = c.contact;
        connect(copy, &QPushButton::clicked, copy, [copy, text] {
            QApplication::clipboard()->setText(text);
            copy->setText(tr("Copied"));
        });
        grid->addWidget(copy, 1, 2);

        auto *state = new QLabel(contactText(model, *status, c), box);
        m_contactStates.append(state);
        state->setObjectName(QStringLiteral("contactStateLabel"));
        state->setTextFormat(Qt::PlainText);
        state->setTextInteractionFlags(Qt::TextSelectableByMouse);
        state->setWordWrap(true);
        grid->addWidget(state, 2, 0, 1, 3);

        auto *notify = new QPushButton(tr("Mark notified"), box);
        notify->setObjectName(QStringLiteral("notifyButton"));
        notify->setToolTip(tr("Record that %1 was notified now, by you").arg(c.role));
        notify->setAccessibleName(tr("Record that %1 was notified").arg(c.role));
        auto *ack = new QPushButton(tr("Mark acknowledged"), box);
        ack->setObjectName(QStringLiteral("acknowledgeButton"));
        ack->setToolTip(tr("Record that %1 acknowledged now").arg(c.role));
        ack->setAccessibleName(tr("Record that %1 acknowledged").arg(c.role));
        notify->setEnabled(!readOnly && model.hasIncident());
        ack->setEnabled(!readOnly && model.hasIncident());
        const int position = int(i);
        connect(notify, &QPushButton::clicked, this,
                [this, position] { emit notifyRequested(m_nodeId, position); });
        connect(ack, &QPushButton::clicked, this,
                [this, position] { emit acknowledgeRequested(m_nodeId, position); });
        // Stacked: the panel is narrow beside the graph.
        grid->addWidget(notify, 3, 0, 1, 3);
        grid->addWidget(ack, 4, 0, 1, 3);
        m_bodyLayout->addWidget(box);
    }
}

void EscalationNodePanel::addDecision(const EscalationModel &model, bool readOnly)
{
    const Flowchart &chart = model.policy().chart;
    const DecisionOutcome *d = model.overlay().path.decision(m_nodeId);
    auto *explain = new QLabel(m_body);
    explain->setObjectName(QStringLiteral("decisionLabel"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    m_bodyLayout->addWidget(explain);
    auto branches = [&] {
        QStringList out;
        for (int e : chart.outgoing(m_nodeId)) {
            const FlowEdge &edge = chart.edges.at(e);
            const FlowNode *to = chart.node(edge.to);
            out << tr("%1 → %2").arg(edge.label.isEmpty() ? tr("otherwise") : edge.label,
                                     to ? to->label : edge.to);
        }
        return out.join(QStringLiteral("; "));
    };
    switch (decisionKind(chart, m_nodeId)) {
    case DecisionKind::Severity:
        explain->setText(
            model.hasIncident()
                ? tr("Answered by the incident's severity: %1. Branches: %2.")
                      .arg(severityCode(model.facts().severity), branches())
                : tr("Answered by the incident's severity. Branches: %1.").arg(branches()));
        return;
    case DecisionKind::DataBreach: {
        const std::optional<bool> breach = model.state().dataBreach;
        explain->setText(tr("Is this incident a data breach? %1 Branches: %2.")
                             .arg(!breach   ? tr("Not decided yet.")
                                  : *breach ? tr("Answered: yes.")
                                            : tr("Answered: no."),
                                  branches()));
        auto *row = new QWidget(m_body);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        const std::pair<std::optional<bool>, QString> answers[] = {
            {true, QStringLiteral("breachYesButton")},
            {false, QStringLiteral("breachNoButton")},
            {std::nullopt, QStringLiteral("breachUnsetButton")}};
        for (const auto &[value, name] : answers) {
            auto *b = new QPushButton(!value   ? tr("Not decided")
                                      : *value ? tr("Yes, a data breach")
                                               : tr("No breach"),
                                      row);
            b->setObjectName(name);
            b->setCheckable(true);
            b->setChecked(breach == value);
            b->setEnabled(!readOnly && model.hasIncident());
            const std::optional<bool> v = value;
            connect(b, &QPushButton::clicked, this, [this, v] { emit dataBreachRequested(v); });
            h->addWidget(b);
        }
        m_bodyLayout->addWidget(row);
        return;
    }
    case DecisionKind::Choice:
        explain->setText(d && d->decided
                             ? tr("Decided: %1. Branches: %2.").arg(d->answer, branches())
                             : tr("The commander decides. Branches: %1.").arg(branches()));
        for (int e : chart.outgoing(m_nodeId)) {
            const FlowEdge &edge = chart.edges.at(e);
            const FlowNode *to = chart.node(edge.to);
            const QString answer = edge.label.isEmpty() ? (to ? to->label : edge.to) : edge.label;
            auto *b = new QPushButton(tr("Choose “%1”").arg(answer), m_body);
            b->setObjectName(QStringLiteral("branchButton"));
            b->setCheckable(true);
            b->setChecked(d && d->decided && d->edges.contains(e));
            b->setEnabled(!readOnly && model.hasIncident());
            const QString target = edge.to;
            connect(b, &QPushButton::clicked, this,
                    [this, target, answer] { emit branchChosen(m_nodeId, target, answer); });
            m_bodyLayout->addWidget(b);
        }
        return;
    }
}

void EscalationNodePanel::focusFirstAction()
{
    if (!m_body)
        return;
    const QList<QPushButton *> buttons = m_body->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->isEnabled() && b->objectName() != QLatin1String("copyContactButton")) {
            b->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!buttons.isEmpty())
        buttons.first()->setFocus(Qt::OtherFocusReason);
}

void EscalationNodePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backToGraph();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ic

#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace ic {

class EscalationModel;

// The current node of the escalation graph: who stands behind it, how to
// reach them (one click copies), and one-click "notified" / "acknowledged";
// for a decision, how it was answered or the buttons to answer it.
class EscalationNodePanel : public QFrame
{
    Q_OBJECT
public:
    explicit EscalationNodePanel(QWidget *parent = nullptr);

    // Shows `nodeId` as the model sees it now ("" shows a hint).
    void showNode(const EscalationModel &model, const QString &nodeId, bool readOnly);
    QString nodeId() const { return m_nodeId; }
    void focusFirstAction();

signals:
    void notifyRequested(const QString &nodeId, int contactPosition);
    void acknowledgeRequested(const QString &nodeId, int contactPosition);
    void dataBreachRequested(std::optional<bool> dataBreach);
    void branchChosen(const QString &nodeId, const QString &targetId, const QString &answer);
    void backToGraph();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void clearBody();
    void addContacts(const EscalationModel &model, bool readOnly);
    void addDecision(const EscalationModel &model, bool readOnly);

    QString m_nodeId;
    QString m_structureKey;
    QList<QPointer<QLabel>> m_contactStates;
    QLabel *m_title;
    QLabel *m_state;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QVBoxLayout *m_layout;
};

} // namespace ic

#pragma once

class QTableView;
class QWidget;

namespace ic {

class EscalationModel;

// The escalation ladder below the graph: one line per step and contact
// (who, when due, notified, acknowledged, the state), overdue lines in bold
// and the overdue colour, its columns fitted to the width there is.
QTableView *makeEscalationLadder(EscalationModel *model, QWidget *parent);

} // namespace ic

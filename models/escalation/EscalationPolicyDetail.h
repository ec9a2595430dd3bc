#pragma once

// The policy reader's parts shared between its files (private to
// models/escalation): contacts from tables (EscalationPolicyContacts.cpp)
// and from deadlines on the graph (EscalationPolicyDeadlines.cpp), read
// for the documents EscalationPolicy.cpp finds.
#include "models/escalation/EscalationPolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ic::policy_detail {

// Letters and digits only, case folded: how roles and nodes are compared.
QString normalized(const QString &s);
QString quoted(const QString &s);

struct Table
{
    int line = 0;
    QList<QStringList> rows; // header first
    QList<int> rowLines;
};

// Which columns of a header row name who, how to reach them, and when.
struct Columns
{
    int role = -1;
    int contact = -1;
    int time = -1;
};

Columns columnsOf(const QStringList &header);

// A contact with its escalation time read into rules; what is not
// understood becomes a warning.
void addContact(EscalationPolicy &policy, EscalationContact c);
void readContacts(const Table &table, const Columns &cols, EscalationPolicy &policy);
void checkContactsAgainstGraph(EscalationPolicy &policy);

// A list item "**Security Lead**: sec@example.com, within 15 min" (or
// "Security Lead — +1 555 0100") whose name is a node of the graph.
void readListContacts(const QList<std::pair<int, QString>> &items, EscalationPolicy &policy);

// Nodes nobody stands behind still carry the deadline their own label or
// the arrow into them names ("Notify legal (within 1 h)", "-->|15 min|").
void readGraphDeadlines(EscalationPolicy &policy);

} // namespace ic::policy_detail

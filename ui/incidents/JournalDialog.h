#pragma once

#include "models/store/OfflineJournal.h"

#include <QDialog>
#include <QPointer>
#include <QToolButton>

class QLabel;
class QListWidget;
class QPushButton;

namespace ic {

class IncidentStore;

// The edits kept on this workstation (OfflineJournal): those still waiting
// to be sent, and those the team database did not take (a conflict, a value
// it refused, a timeout) with why. For a kept one the person decides: send
// it again, apply it over the current version (a conflict), or discard it.
// Self-contained: it asks the store and shows what it answers.
class JournalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JournalDialog(IncidentStore *store, QWidget *parent = nullptr);

    // For people: what a kept entry is ("Note on INC-2026-004: …").
    static QString describe(const OfflineJournal::Entry &entry, const QString &incidentRef);

private:
    void showEntries(const QList<OfflineJournal::Entry> &entries);
    void updateButtons();
    void decide(int decision);

    QPointer<IncidentStore> m_store;
    QList<OfflineJournal::Entry> m_entries;
    QListWidget *m_list;
    QLabel *m_problem;
    QLabel *m_error;
    QPushButton *m_sendAgain;
    QPushButton *m_applyOver;
    QPushButton *m_discard;
};

// A status-bar button that shows how many edits are kept on this
// workstation (highlighted when some need a decision) and opens the
// JournalDialog. Hidden while the journal is empty.
class JournalIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit JournalIndicator(QWidget *parent = nullptr);
    void setStore(IncidentStore *store);

private:
    void refresh();

    QPointer<IncidentStore> m_store;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ic

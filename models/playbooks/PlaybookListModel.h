#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ic {

class PlaybookLibrary;

// The library's playbooks as a table for the playbook browser.
class PlaybookListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SourceColumn, PhasesColumn, StepsColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // Playbook::key()
        SearchTextRole,             // name, indicators, phases: what a search matches
    };

    explicit PlaybookListModel(PlaybookLibrary *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const;

private:
    PlaybookLibrary *m_library;
};

// Filters playbooks by words in their name, indicators and phases.
class PlaybookFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlaybookFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace ic

#include "models/playbooks/PlaybookListModel.h"

#include "models/playbooks/PlaybookLibrary.h"

#include <QFileInfo>

namespace ic {

PlaybookListModel::PlaybookListModel(PlaybookLibrary *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    // The library swaps its whole list at once: so does the model.
    connect(library, &PlaybookLibrary::loaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int PlaybookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_library->entries().size());
}

int PlaybookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PlaybookListModel::rowOf(const QString &key) const
{
    const auto &entries = m_library->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].playbook.key() == key)
            return i;
    }
    return -1;
}

QVariant PlaybookListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_library->entries().size())
        return {};
    const LibraryEntry &e = m_library->entries().at(index.row());
    const Playbook &p = e.playbook;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case SourceColumn:
            return e.bundled ? tr("%1 (bundled)").arg(QFileInfo(p.sourceFile).fileName())
                             : QFileInfo(p.sourceFile).fileName();
        case PhasesColumn:
            return int(p.phases.size());
        case StepsColumn:
            return p.stepCount();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\n%2, line %3").arg(p.name, p.sourceFile).arg(p.line);
    case Qt::TextAlignmentRole:
        return index.column() >= PhasesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
    case KeyRole:
        return p.key();
    case SearchTextRole: {
        QStringList parts{p.name, QFileInfo(p.sourceFile).fileName()};
        parts += p.indicators;
        for (const PlaybookPhase &phase : p.phases)
            parts.append(phase.name);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant PlaybookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Playbook");
    case SourceColumn:
        return tr("File");
    case PhasesColumn:
        return tr("Phases");
    case StepsColumn:
        return tr("Steps");
    default:
        return {};
    }
}

PlaybookFilterModel::PlaybookFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void PlaybookFilterModel::setSearchText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool PlaybookFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(PlaybookListModel::SearchTextRole)
                             .toString();
    for (const QString &w : m_words) {
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ic

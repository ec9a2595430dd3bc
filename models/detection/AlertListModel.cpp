#include "models/detection/AlertListModel.h"

#include <QLocale>

namespace ic {

namespace {
// In the list short ("12/7/26 8:03 PM"), whole in the tooltip.
QVariant timeCell(const QDateTime &t, int role)
{
    if (role == AlertListModel::SortRole)
        return t;
    if (!t.isValid())
        return QString();
    return role == Qt::ToolTipRole
               ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

constexpr quintptr TopLevel = 0;
} // namespace

QModelIndex AlertListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.column() != 0 || parent.row() >= m_top.size())
        return {};
    const Top &top = m_top.at(parent.row());
    if (top.group < 0 || row >= m_groups.at(top.group).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AlertListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    const Top &top = m_top.value(parent.row());
    return top.group < 0 ? 0 : int(m_groups.at(top.group).size());
}

int AlertListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AlertListModel::statusText(const Alert &a)
{
    switch (a.status) {
    case AlertStatus::Promoted:
        return a.incidentRef.isEmpty() ? tr("Promoted") : tr("Promoted to %1").arg(a.incidentRef);
    case AlertStatus::Dismissed:
        return tr("Dismissed: %1").arg(a.dismissReason);
    case AlertStatus::Promoting:
        return tr("Being promoted by %1").arg(a.resolvedBy);
    case AlertStatus::Open:
        break;
    }
    return AlertText::statusLabel(a.status);
}

const Alert *AlertListModel::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == TopLevel) {
        const Top &top = m_top.value(index.row());
        return top.alert >= 0 ? &m_alerts.at(top.alert) : nullptr;
    }
    const Top &top = m_top.value(int(index.internalId() - 1));
    if (top.group < 0 || index.row() >= m_groups.at(top.group).size())
        return nullptr;
    return &m_alerts.at(m_groups.at(top.group).at(index.row()));
}

QList<const Alert *> AlertListModel::members(int group) const
{
    QList<const Alert *> out;
    for (int i : m_groups.at(group))
        out << &m_alerts.at(i);
    return out;
}

std::optional<AlertGroup> AlertListModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != TopLevel)
        return std::nullopt;
    const Top &top = m_top.value(index.row());
    if (top.group < 0)
        return std::nullopt;
    return AlertTriage::summarise(members(top.group));
}

QList<Alert> AlertListModel::alertsAt(const QModelIndex &index) const
{
    if (const Alert *a = alertAt(index))
        return {*a};
    QList<Alert> out;
    if (index.isValid() && index.internalId() == TopLevel && m_top.value(index.row()).group >= 0) {
        for (const Alert *a : members(m_top.at(index.row()).group))
            out << *a;
    }
    return out;
}

QString AlertListModel::groupRule(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != TopLevel || m_top.value(index.row()).group < 0)
        return {};
    return m_alerts.at(m_groups.at(m_top.at(index.row()).group).first()).ruleId;
}

QModelIndex AlertListModel::groupIndex(const QString &ruleId) const
{
    for (int r = 0; r < m_top.size(); ++r) {
        const Top &top = m_top.at(r);
        if (top.group >= 0 && m_alerts.at(m_groups.at(top.group).first()).ruleId == ruleId)
            return index(r, 0);
    }
    return {};
}

QModelIndex AlertListModel::indexOf(qint64 alertId) const
{
    const int at = m_position.value(alertId, -1);
    if (at < 0)
        return {};
    for (int r = 0; r < m_top.size(); ++r) {
        const Top &top = m_top.at(r);
        if (top.alert == at)
            return index(r, 0);
        if (top.group >= 0) {
            const int child = int(m_groups.at(top.group).indexOf(at));
            if (child >= 0)
                return index(child, 0, index(r, 0));
        }
    }
    return {};
}

int AlertListModel::rowOf(qint64 alertId) const
{
    const QModelIndex i = indexOf(alertId);
    return i.parent().isValid() ? i.parent().row() : (i.isValid() ? i.row() : -1);
}

std::optional<CoverSuggestion> AlertListModel::suggestionFor(qint64 alertId) const
{
    const auto it = m_suggested.constFind(alertId);
    return it == m_suggested.constEnd() ? std::nullopt : std::optional<CoverSuggestion>(it.value());
}

std::optional<CoverSuggestion> AlertListModel::suggestionAt(const QModelIndex &index) const
{
    QHash<QString, int> votes;
    std::optional<CoverSuggestion> best;
    for (const Alert &a : alertsAt(index)) {
        if (!a.canResolve())
            continue;
        auto s = suggestionFor(a.id);
        if (!s)
            continue;
        const int n = ++votes[s->incidentId];
        if (!best || n > votes.value(best->incidentId))
            best = s;
    }
    return best;
}

const Incident *AlertListModel::incident(const QString &id) const
{
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.constEnd() ? nullptr : &it.value();
}

QList<Incident> AlertListModel::openIncidents() const
{
    QList<Incident> out;
    for (const Incident &i : m_incidents) {
        if (!i.isClosed())
            out << i;
    }
    std::sort(out.begin(), out.end(),
              [](const Incident &a, const Incident &b) { return a.detectedAt > b.detectedAt; });
    return out;
}

QVariant AlertListModel::incidentData(const QModelIndex &index, int role) const
{
    const QList<Alert> alerts = alertsAt(index);
    QStringList refs;
    QString linkedId;
    bool anyOpen = false;
    for (const Alert &a : alerts) {
        if (!a.incidentId.isEmpty()) {
            const QString ref = a.incidentRef.isEmpty() ? a.incidentId.left(8) : a.incidentRef;
            if (!refs.contains(ref))
                refs << ref;
            linkedId = a.incidentId;
        }
        anyOpen = anyOpen || a.canResolve();
    }
    const std::optional<CoverSuggestion> s =
        anyOpen ? suggestionAt(index) : std::optional<CoverSuggestion>();
    const IncidentState state = s && refs.isEmpty() ? IncidentState::Suggested
                                : refs.isEmpty()    ? IncidentState::None
                                                    : IncidentState::Linked;
    switch (role) {
    case IncidentStateRole:
        return int(state);
    case IncidentIdRole:
        return state == IncidentState::Suggested ? s->incidentId : linkedId;
    case Qt::DisplayRole:
    case SortRole: {
        QString text = refs.join(QStringLiteral(", "));
        if (s && !refs.contains(s->ref))
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%1 ?").arg(s->ref);
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const QString &ref : std::as_const(refs)) {
            QString title;
            for (const Alert &a : alerts) {
                if (a.incidentRef == ref && incident(a.incidentId))
                    title = incident(a.incidentId)->title;
            }
            lines << (title.isEmpty() ? tr("Promoted to %1").arg(ref)
                                      : tr("Promoted to %1 \"%2\"").arg(ref, title));
        }
        if (s && !refs.contains(s->ref))
            lines << tr("Appears to be covered by the open incident %1 \"%2\": %3. Not linked "
                        "yet: Link to Incident (Ctrl+Shift+L) records it there.")
                         .arg(s->ref, s->title, s->reason);
        if (!lines.isEmpty())
            lines << tr("Enter or double-click opens the incident.");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant AlertListModel::alertData(const Alert &a, int column, int role) const
{
    switch (column) {
    case SeverityColumn:
        return role == Qt::DisplayRole ? QVariant(AlertText::severityText(a.severity))
                                       : QVariant(int(a.severity));
    case RuleColumn:
        return role == Qt::ToolTipRole ? a.ruleName + QLatin1Char('\n') + a.description
                                       : a.ruleName;
    case SubjectColumn:
        return AlertText::subjectText(a.subjectKind, a.subject);
    case MatchedColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(a.matchedRows))
                                       : QVariant(a.matchedRows);
    case SeenColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(a.detections))
                                       : QVariant(a.detections);
    case FirstSeenColumn:
        return timeCell(a.firstSeen, role);
    case LastSeenColumn:
        return timeCell(a.lastSeen, role);
    case StatusColumn:
        return statusText(a);
    default:
        return {};
    }
}

QVariant AlertListModel::groupData(int group, int column, int role) const
{
    const AlertGroup g = AlertTriage::summarise(members(group));
    switch (column) {
    case SeverityColumn:
        return role == Qt::DisplayRole ? QVariant(AlertText::severityText(g.severity))
                                       : QVariant(int(g.severity));
    case RuleColumn:
        return role == Qt::ToolTipRole ? g.ruleName + QLatin1Char('\n') + g.description
                                       : g.ruleName;
    case SubjectColumn: {
        const QString label = RuleFile::subjectLabel(g.subjectKind);
        if (role == Qt::ToolTipRole)
            return tr("%n alert(s) of this rule, one per %1:", nullptr, int(g.alertIds.size()))
                       .arg(label) +
                   QLatin1Char('\n') + g.subjects.join(QLatin1Char('\n'));
        // As wide as one alert's line: the first subject, the rest in the tooltip.
        const QString shown =
            g.subjects.value(0) + (g.subjects.size() > 1 ? QStringLiteral(", …") : QString());
        return tr("%1 × %2: %3").arg(g.subjects.size()).arg(label, shown);
    }
    case MatchedColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(g.matchedRows))
                                       : QVariant(g.matchedRows);
    case SeenColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(g.detections))
                                       : QVariant(g.detections);
    case FirstSeenColumn:
        return timeCell(g.firstSeen, role);
    case LastSeenColumn:
        return timeCell(g.lastSeen, role);
    case StatusColumn:
        return AlertTriage::groupStatusText(g);
    default:
        return {};
    }
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Alert *a = alertAt(index);
    const int group = a ? -1 : m_top.value(index.row()).group;
    if (!a && group < 0)
        return {};
    switch (role) {
    case AlertIdRole:
        return a ? a->id : qint64(0);
    case GroupSizeRole:
        return a ? 0 : int(m_groups.at(group).size());
    case SeverityRole:
        return a ? int(a->severity) : int(AlertTriage::summarise(members(group)).severity);
    case IncidentIdRole:
    case IncidentStateRole:
        return incidentData(index, role);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        if (index.column() == IncidentColumn)
            return incidentData(index, role);
        return a ? alertData(*a, index.column(), role) : groupData(group, index.column(), role);
    case Qt::AccessibleTextRole:
        if (index.column() == SeverityColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MatchedColumn || index.column() == SeenColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SeenColumn)
        return tr("How many times the rule found it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case IncidentColumn:
        return tr("Incident");
    case MatchedColumn:
        return tr("Rows");
    case SeenColumn:
        return tr("Seen"); // short: the rule's name needs the room
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void AlertListModel::rebuild()
{
    m_position.clear();
    for (int i = 0; i < m_alerts.size(); ++i)
        m_position.insert(m_alerts.at(i).id, i);
    m_groups.clear();
    m_top.clear();
    if (!m_grouped) {
        for (int i = 0; i < m_alerts.size(); ++i)
            m_top.append({i, -1});
        return;
    }
    for (const QList<int> &members : AlertTriage::groupByRule(m_alerts)) {
        if (members.size() == 1) {
            m_top.append({members.first(), -1});
        } else {
            m_top.append({-1, int(m_groups.size())});
            m_groups.append(members);
        }
    }
}

void AlertListModel::suggestAll()
{
    m_suggested.clear();
    const QList<Incident> open = openIncidents();
    if (open.isEmpty())
        return;
    for (const Alert &a : std::as_const(m_alerts)) {
        if (!a.canResolve())
            continue;
        if (auto s = AlertTriage::coveringIncident(a, open))
            m_suggested.insert(a.id, *s);
    }
}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    rebuild();
    suggestAll();
    endResetModel();
}

void AlertListModel::setGrouped(bool grouped)
{
    if (grouped == m_grouped)
        return;
    beginResetModel();
    m_grouped = grouped;
    rebuild();
    endResetModel();
}

void AlertListModel::updateAlert(const Alert &alert)
{
    const int at = m_position.value(alert.id, -1);
    if (at < 0) {
        beginResetModel();
        m_alerts.prepend(alert);
        rebuild();
        suggestAll();
        endResetModel();
        return;
    }
    Alert merged = alert;
    if (merged.incidentRef.isEmpty() && merged.incidentId == m_alerts.at(at).incidentId)
        merged.incidentRef = m_alerts.at(at).incidentRef;
    if (merged.incidentRef.isEmpty() && incident(merged.incidentId))
        merged.incidentRef = incident(merged.incidentId)->ref;
    m_alerts[at] = merged;
    m_suggested.remove(merged.id);
    if (merged.canResolve()) {
        if (auto s = AlertTriage::coveringIncident(merged, openIncidents()))
            m_suggested.insert(merged.id, *s);
    }
    const QModelIndex i = indexOf(alert.id);
    emit dataChanged(i.siblingAtColumn(0), i.siblingAtColumn(ColumnCount - 1));
    if (i.parent().isValid()) // the group's line sums it up
        emit dataChanged(i.parent(), i.parent().siblingAtColumn(ColumnCount - 1));
}

void AlertListModel::setIncidents(const QList<Incident> &incidents)
{
    m_incidents.clear();
    for (const Incident &i : incidents)
        m_incidents.insert(i.id, i);
    suggestAll();
    if (m_top.isEmpty())
        return;
    emit dataChanged(index(0, IncidentColumn), index(int(m_top.size()) - 1, IncidentColumn));
    for (int r = 0; r < m_top.size(); ++r) {
        const int n = rowCount(index(r, 0));
        if (n > 0)
            emit dataChanged(index(0, IncidentColumn, index(r, 0)),
                             index(n - 1, IncidentColumn, index(r, 0)));
    }
}

void AlertListModel::upsertIncident(const Incident &incident)
{
    QList<Incident> all = m_incidents.values();
    all.removeIf([&](const Incident &i) { return i.id == incident.id; });
    all << incident;
    setIncidents(all);
}

} // namespace ic

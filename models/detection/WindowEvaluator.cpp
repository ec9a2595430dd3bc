#include "models/detection/WindowEvaluator.h"

#include <QHash>

#include <vector>

namespace ic {

std::optional<WindowMatch> evaluateWindow(const QList<CandidateRow> &rows, const Rule &rule,
                                          qint64 afterId)
{
    const qsizetype n = rows.size();
    const qint64 windowMs = rule.windowSeconds * 1000;
    std::vector<bool> matched(size_t(n), false);
    QHash<QString, int> distinct;
    qint64 count = 0;
    double sum = 0;
    qint64 fresh = 0; // rows after the watermark inside the window
    qsizetype left = 0;
    qsizetype covered = -1; // rows up to here are marked already
    double peak = 0;
    bool fired = false;

    for (qsizetype e = 0; e < n; ++e) {
        const CandidateRow &r = rows.at(e);
        ++count;
        sum += r.amount;
        if (rule.aggregate == RuleAggregate::Distinct)
            ++distinct[r.value];
        if (r.id > afterId)
            ++fresh;
        // A window ends after the last row of its time, never between equal times.
        if (e + 1 < n && rows.at(e + 1).ms == r.ms)
            continue;
        while (rows.at(left).ms < r.ms - windowMs) {
            const CandidateRow &gone = rows.at(left);
            --count;
            sum -= gone.amount;
            if (rule.aggregate == RuleAggregate::Distinct) {
                auto it = distinct.find(gone.value);
                if (--it.value() == 0)
                    distinct.erase(it);
            }
            if (gone.id > afterId)
                --fresh;
            ++left;
        }
        const double measure = rule.aggregate == RuleAggregate::Count ? double(count)
                               : rule.aggregate == RuleAggregate::Sum ? sum
                                                                      : double(distinct.size());
        if (fresh > 0 && rule.threshold.isMetBy(measure)) {
            fired = true;
            peak = qMax(peak, measure);
            for (qsizetype k = qMax(left, covered + 1); k <= e; ++k)
                matched[size_t(k)] = true;
            covered = e;
        }
    }
    if (!fired)
        return std::nullopt;
    WindowMatch m;
    m.peak = peak;
    for (qsizetype k = 0; k < n; ++k) {
        if (!matched[size_t(k)])
            continue;
        if (m.ids.isEmpty())
            m.firstMs = rows.at(k).ms;
        m.lastMs = rows.at(k).ms;
        m.ids.append(rows.at(k).id);
    }
    return m;
}

} // namespace ic

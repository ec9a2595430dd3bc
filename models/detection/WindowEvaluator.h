#pragma once

#include "models/detection/Rule.h"

#include <QList>
#include <QString>

#include <optional>

namespace ic {

// One candidate row of one subject, as a windowed rule's query returns it.
struct CandidateRow
{
    qint64 id = 0;
    qint64 ms = 0;     // audit time, ms since the epoch (UTC)
    QString value;     // for distinct
    double amount = 0; // for sum
};

// The rows of one subject that lie in windows reaching the threshold.
struct WindowMatch
{
    QList<qint64> ids; // ascending by time, then id
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    double peak = 0; // the highest window total
};

// Slides a window of the rule's length over one subject's rows (sorted by
// time, then id): a window ending at a row fires when its total meets the
// threshold and it holds at least one row after `afterId` (an old window
// that already fired is not reported again).
std::optional<WindowMatch> evaluateWindow(const QList<CandidateRow> &rows, const Rule &rule,
                                          qint64 afterId);

} // namespace ic

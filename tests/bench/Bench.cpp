#include "Bench.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace ic::bench {

void report(const QString &metric, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << "BENCH " << metric << ' ' << QString::number(value, 'f', value < 100 ? 2 : 0) << ' '
        << unit << Qt::endl;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

} // namespace ic::bench

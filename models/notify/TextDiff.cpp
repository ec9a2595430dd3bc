#include "models/notify/TextDiff.h"

#include <QStringList>

#include <dtl/dtl.hpp>

#include <vector>

namespace ic::TextDiff {

namespace {
std::vector<QString> split(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    if (t.isEmpty())
        return {};
    const QStringList parts = t.split(QLatin1Char('\n'));
    return std::vector<QString>(parts.begin(), parts.end());
}

using Diff = dtl::Diff<QString, std::vector<QString>>;
} // namespace

QList<DiffLine> lines(const QString &before, const QString &after)
{
    Diff diff(split(before), split(after),
              true); // removals before additions, as diff(1) shows them
    diff.compose();
    QList<DiffLine> out;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        DiffLine l;
        l.text = text;
        switch (info.type) {
        case dtl::SES_ADD:
            l.kind = DiffLine::Kind::Added;
            l.newLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            l.kind = DiffLine::Kind::Removed;
            l.oldLine = int(info.beforeIdx);
            break;
        default:
            l.kind = DiffLine::Kind::Same;
            l.oldLine = int(info.beforeIdx);
            l.newLine = int(info.afterIdx);
            break;
        }
        out << l;
    }
    return out;
}

int changedLines(const QList<DiffLine> &diff)
{
    int n = 0;
    for (const DiffLine &l : diff)
        n += l.kind == DiffLine::Kind::Same ? 0 : 1;
    return n;
}

QString unified(const QString &before, const QString &after, const QString &beforeName,
                const QString &afterName, int context)
{
    const QList<DiffLine> all = lines(before, after);
    if (changedLines(all) == 0)
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    // Hunks: runs of changes with up to `context` same lines around them;
    // changes closer than 2 * context share a hunk.
    qsizetype i = 0;
    const qsizetype n = all.size();
    while (i < n) {
        while (i < n && all.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i >= n)
            break;
        const qsizetype start = qMax<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype sameRun = 0;
        for (qsizetype j = i; j < n; ++j) {
            if (all.at(j).kind == DiffLine::Kind::Same) {
                if (++sameRun > 2 * context)
                    break;
            } else {
                sameRun = 0;
                end = j;
            }
        }
        const qsizetype stop = qMin<qsizetype>(n, end + 1 + context);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        QString body;
        // Line numbers of the first line on each side (unified diffs count
        // from the line before when a side is empty).
        int lastOld = 0, lastNew = 0;
        for (qsizetype j = 0; j < start; ++j) {
            if (all.at(j).oldLine)
                lastOld = all.at(j).oldLine;
            if (all.at(j).newLine)
                lastNew = all.at(j).newLine;
        }
        for (qsizetype j = start; j < stop; ++j) {
            const DiffLine &l = all.at(j);
            if (l.oldLine && !oldStart)
                oldStart = l.oldLine;
            if (l.newLine && !newStart)
                newStart = l.newLine;
            switch (l.kind) {
            case DiffLine::Kind::Same:
                body += QLatin1Char(' ') + l.text + QLatin1Char('\n');
                ++oldCount;
                ++newCount;
                break;
            case DiffLine::Kind::Added:
                body += QLatin1Char('+') + l.text + QLatin1Char('\n');
                ++newCount;
                break;
            case DiffLine::Kind::Removed:
                body += QLatin1Char('-') + l.text + QLatin1Char('\n');
                ++oldCount;
                break;
            }
        }
        if (!oldStart)
            oldStart = lastOld;
        if (!newStart)
            newStart = lastNew;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldStart)
                   .arg(oldCount)
                   .arg(newStart)
                   .arg(newCount) +
               body;
        i = stop;
    }
    return out;
}

} // namespace ic::TextDiff

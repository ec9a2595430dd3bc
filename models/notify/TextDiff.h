#pragma once

#include <QList>
#include <QString>

namespace ic {

// One line of a line-by-line comparison of two texts.
struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for an added line
    int newLine = 0; // 1-based; 0 for a removed line
};

// Line diffs between two versions of a draft (dtl, Debian's libdtl-dev:
// Myers' O(ND) algorithm).
namespace TextDiff {

QList<DiffLine> lines(const QString &before, const QString &after);
int changedLines(const QList<DiffLine> &diff);

// A unified diff ("--- v1", "+++ v2", "@@ -a,b +c,d @@") with `context`
// unchanged lines around each change; empty when the texts are the same.
QString unified(const QString &before, const QString &after, const QString &beforeName,
                const QString &afterName, int context = 3);

} // namespace TextDiff
} // namespace ic

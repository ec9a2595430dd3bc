#pragma once
// Private to TimelineView's files: the time units of its scale, and the mark
// each kind of event gets, so lanes read without colour.
#include <QString>
#include <QtGlobal>

namespace ic::TimelineMarks {

inline constexpr qint64 Minute = 60'000;
inline constexpr qint64 Hour = 60 * Minute;
inline constexpr qint64 Day = 24 * Hour;
inline constexpr qint64 MinSpanMs = 5 * Minute;  // five minutes across
inline constexpr qint64 MaxSpanMs = 7 * 8 * Day; // eight weeks across
inline constexpr int MaxMarkerRows = 3;          // rows for deadline labels below the axis
inline constexpr int ClusterGap = 36;            // "×N" labels closer than this would crowd

enum class MarkShape { Circle, Square, Diamond, Triangle, Cross };
MarkShape shapeFor(const QString &kind);

} // namespace ic::TimelineMarks

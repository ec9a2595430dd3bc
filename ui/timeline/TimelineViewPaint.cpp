// Painting the timeline: the time axis, now, the deadline markers and the
// event marks, with labels that never overlap.
#include "ui/timeline/TimelineView.h"

#include "models/core/TimeText.h"
#include "models/timeline/TimelineModel.h"
#include "ui/Theme.h"
#include "ui/timeline/TimelineMarks.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ic {

namespace TimelineMarks {

MarkShape shapeFor(const QString &kind)
{
    if (kind.startsWith(QLatin1String("incident.")))
        return MarkShape::Square;
    if (kind.startsWith(QLatin1String("action")) || kind.startsWith(QLatin1String("containment")))
        return MarkShape::Triangle;
    if (kind.startsWith(QLatin1String("escalation")) || kind.startsWith(QLatin1String("notify")))
        return MarkShape::Diamond;
    if (kind.startsWith(QLatin1String("review")))
        return MarkShape::Cross;
    return MarkShape::Circle;
}

} // namespace TimelineMarks

using namespace TimelineMarks;

namespace {

// Time tick steps that read naturally, from seconds to half a day; longer
// spans are labelled by days in the date row.
const qint64 TimeSteps[] = {10'000,      30'000, Minute,   5 * Minute, 15 * Minute,
                            30 * Minute, Hour,   3 * Hour, 6 * Hour,   12 * Hour};
// Days between date labels when a day is too narrow for its label.
const int DaySteps[] = {1, 2, 7, 14, 28};

void drawShape(QPainter &p, MarkShape s, QPointF c, double r)
{
    switch (s) {
    case MarkShape::Circle:
        p.drawEllipse(c, r, r);
        break;
    case MarkShape::Square:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case MarkShape::Diamond: {
        const QPointF pts[] = {{c.x(), c.y() - r - 1},
                               {c.x() + r + 1, c.y()},
                               {c.x(), c.y() + r + 1},
                               {c.x() - r - 1, c.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case MarkShape::Triangle: {
        const QPointF pts[] = {
            {c.x(), c.y() - r - 1}, {c.x() + r + 1, c.y() + r}, {c.x() - r - 1, c.y() + r}};
        p.drawPolygon(pts, 3);
        break;
    }
    case MarkShape::Cross:
        p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    }
}

// Drawn, not a symbol character: no font has to carry it.
void drawClock(QPainter &p, const QRectF &box, const QColor &color)
{
    const double r = std::min(box.width(), box.height()) / 2 - 1;
    const QPointF c = box.center();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, r, r);
    p.drawLine(c, c + QPointF(0, -r * 0.65));
    p.drawLine(c, c + QPointF(r * 0.5, 0));
    p.restore();
}

void drawTick(QPainter &p, const QRectF &box, const QColor &color)
{
    const double s = std::min(box.width(), box.height()) - 2;
    const QPointF o(box.center().x() - s / 2, box.center().y() - s / 2);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF pts[] = {o + QPointF(s * 0.1, s * 0.55), o + QPointF(s * 0.4, s * 0.85),
                           o + QPointF(s * 0.9, s * 0.15)};
    p.drawPolyline(pts, 3);
    p.restore();
}

void drawArrow(QPainter &p, const QRectF &box, bool right, const QColor &color)
{
    const double h = box.height() * 0.6;
    const double cy = box.center().y();
    QPainterPath path;
    if (right) {
        path.moveTo(box.left(), cy - h / 2);
        path.lineTo(box.left() + h * 0.7, cy);
        path.lineTo(box.left(), cy + h / 2);
    } else {
        path.moveTo(box.right(), cy - h / 2);
        path.lineTo(box.right() - h * 0.7, cy);
        path.lineTo(box.right(), cy + h / 2);
    }
    path.closeSubpath();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillPath(path, color);
    p.restore();
}

// Day label formats for a locale, from the most to the least room they need,
// all without the year (the axis spans weeks at most): "Sunday, 22 November",
// "Sun, 22 Nov", "22 Nov", "22/11"; German "Sonntag, 22. November" ... "22.11.".
QStringList dayFormats(const QLocale &locale)
{
    static const QRegularExpression year(QStringLiteral("(\\s*'[^']*')?[\\s,./-]*y+[\\s.'年년]*"));
    static const QRegularExpression weekday(QStringLiteral("d{3,4}[,.]?\\s*"));
    static const QRegularExpression edges(QStringLiteral("^[\\s,./-]+|[\\s,/-]+$"));
    auto clean = [](QString f) { return f.remove(edges).trimmed(); };
    QString full = clean(locale.dateFormat(QLocale::LongFormat).remove(year));
    QString medium = full;
    medium.replace(QLatin1String("dddd"), QLatin1String("ddd"))
        .replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    const QString brief = clean(QString(medium).remove(weekday));
    const QString numeric = clean(locale.dateFormat(QLocale::ShortFormat).remove(year));
    QStringList out;
    for (const QString &f : {full, medium, brief, numeric}) {
        if (!f.isEmpty() && !out.contains(f))
            out << f;
    }
    if (out.isEmpty())
        out << QStringLiteral("d MMM");
    return out;
}

qint64 localMidnightMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

bool TimelineView::place(QRect rect, PaintedLabel::Kind kind, const QString &text)
{
    // Plot labels stay whole inside the plot: a label cut at an edge reads
    // as another word ("ow" for "now").
    const QRect area = viewport()->rect();
    if (kind != PaintedLabel::Kind::Lane &&
        (rect.left() < plotLeft() || rect.right() > area.right() || rect.top() < area.top() ||
         rect.bottom() > area.bottom()))
        return false;
    const QRect padded = rect.adjusted(-2, 0, 2, 0);
    for (const PaintedLabel &l : std::as_const(m_labels)) {
        if (l.rect.intersects(padded))
            return false;
    }
    m_labels.append({kind, rect, text});
    return true;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setFont(font());
    const QPalette pal = palette();
    const QRect area = viewport()->rect();
    m_labels.clear();
    p.fillRect(area, pal.color(QPalette::Base));
    const int right = area.width();
    const int left = plotLeft();
    const Metrics &mt = m_metrics;
    const QFontMetrics fm = p.fontMetrics();

    // Lanes, alternating, with their names.
    for (int i = 0; i < m_laneNames.size(); ++i) {
        const int top = laneTop(i);
        if (top + mt.lane < mt.lanesTop || top > area.height())
            continue;
        if (i % 2)
            p.fillRect(QRect(0, top, right, mt.lane), pal.color(QPalette::AlternateBase));
        const QString name = fm.elidedText(m_laneNames.at(i), Qt::ElideRight, left - 14);
        const QRect r(6, top + (mt.lane - fm.height()) / 2, fm.horizontalAdvance(name),
                      fm.height());
        if (top >= mt.lanesTop - 2) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, name);
            m_labels.append({PaintedLabel::Kind::Lane, r, name});
        }
    }

    // The now label's place is taken first: the axis labels go around it.
    paintNow(p, area, true);
    paintAxis(p, area);
    paintNow(p, area, false);
    paintMarkers(p, area);
    m_lastMarks = paintEvents(p, area);

    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(left, 0, left, area.height());
    if (hasFocus()) {
        QStyleOptionFocusRect o;
        o.initFrom(this);
        o.rect = area.adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &o, &p, this);
    }
}

void TimelineView::paintAxis(QPainter &p, const QRect &area)
{
    const QPalette pal = palette();
    const Metrics &mt = m_metrics;
    const int left = plotLeft();
    const int right = area.width();
    const QFontMetrics fm = p.fontMetrics();
    const QLocale loc = locale();
    const int gap = fm.horizontalAdvance(QStringLiteral("MM"));

    p.fillRect(QRect(0, 0, right, mt.lanesTop), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, mt.axis, right, mt.axis);
    p.drawLine(0, mt.lanesTop - 1, right, mt.lanesTop - 1);
    p.setPen(pal.color(QPalette::WindowText));
    const QString header = m_lanesBy == Lanes::ByActor ? tr("Who") : tr("Kind");
    const QRect headerRect(6, mt.row + 2, fm.horizontalAdvance(header), fm.height());
    p.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, header);
    m_labels.append({PaintedLabel::Kind::Lane, headerRect, header});

    // The time row: the finest natural step whose labels fit with a gap.
    const bool twelveHour =
        loc.timeFormat(QLocale::ShortFormat).contains(QLatin1String("ap"), Qt::CaseInsensitive);
    const QString hm = twelveHour ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm");
    const QString hms = twelveHour ? QStringLiteral("h:mm:ss AP") : QStringLiteral("HH:mm:ss");
    auto widest = [&](const QString &format) {
        return std::max(fm.horizontalAdvance(loc.toString(QTime(10, 58, 58), format)),
                        fm.horizontalAdvance(loc.toString(QTime(22, 58, 58), format)));
    };
    const int timeWidth = widest(hm), secondsWidth = widest(hms);
    qint64 step = 0;
    for (qint64 s : TimeSteps) {
        const int w = s < Minute ? secondsWidth : timeWidth;
        if (double(s) / m_msPerPixel >= w + gap) {
            step = s;
            break;
        }
    }
    // The date row: every day if its label fits, else every 2nd day, week...
    const QStringList formats = dayFormats(loc);
    const double dayPx = double(Day) / m_msPerPixel;
    int dayStep = DaySteps[std::size(DaySteps) - 1];
    QString dayFormat = formats.last();
    bool chosen = false;
    for (int ds : DaySteps) {
        for (const QString &f : formats) {
            // Long month and day names: the widest a label of this format gets.
            const int w = std::max(fm.horizontalAdvance(loc.toString(QDate(2026, 9, 23), f)),
                                   fm.horizontalAdvance(loc.toString(QDate(2026, 2, 28), f)));
            if (ds * dayPx >= w + gap) {
                dayStep = ds;
                dayFormat = f;
                chosen = true;
                break;
            }
        }
        if (chosen)
            break;
    }

    const qint64 fromMs = msAt(left), toMs = msAt(right);
    p.save();
    p.setClipRect(QRect(left, 0, right - left, area.height()));
    // Minor lines at the time ticks, aligned to local time.
    QList<std::pair<double, qint64>> ticks;
    if (step > 0) {
        const qint64 offsetMs =
            qint64(QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc()) * 1000;
        qint64 tick = ((fromMs + offsetMs) / step) * step - offsetMs;
        p.setPen(pal.color(QPalette::Midlight));
        for (; tick <= toMs; tick += step) {
            const double x = xOf(tick);
            if (x < left)
                continue;
            p.drawLine(QPointF(x, mt.row), QPointF(x, area.height()));
            ticks.append({x, tick});
        }
    }
    // Day boundaries, stronger, and the days that get a label.
    QList<std::pair<double, QDate>> days;
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(fromMs).date();
    for (QDate d = firstDay; localMidnightMs(d) <= toMs; d = d.addDays(1)) {
        const double x = xOf(localMidnightMs(d));
        const bool labelled = d.toJulianDay() % dayStep == 0;
        if (x >= left && (dayPx >= 6 || labelled)) {
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(QPointF(x, 0), QPointF(x, area.height()));
        }
        if (x >= left && labelled)
            days.append({x, d});
    }
    p.restore();

    // Labels: the now label first (it was placed by paintNow), then the
    // dates, the date of the left edge if no label says it, then the times.
    p.setPen(pal.color(QPalette::WindowText));
    const int dateTop = (mt.row - fm.height()) / 2;
    for (const auto &[x, d] : std::as_const(days)) {
        const QString text = loc.toString(d, dayFormat);
        const QRect r(int(x) + 4, dateTop, fm.horizontalAdvance(text), fm.height());
        if (place(r, PaintedLabel::Kind::Date, text))
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    {
        const QDate edge = QDateTime::fromMSecsSinceEpoch(fromMs).date();
        const QString text = loc.toString(edge, dayFormat);
        const QRect r(left + 4, dateTop, fm.horizontalAdvance(text), fm.height());
        const bool said = !days.isEmpty() && days.first().first < left + 4 + 1;
        if (!said && place(r, PaintedLabel::Kind::Date, text))
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    const int timeTop = mt.row + (mt.row - fm.height()) / 2;
    for (const auto &[x, t] : std::as_const(ticks)) {
        const QTime time = QDateTime::fromMSecsSinceEpoch(t).time();
        const QString text = loc.toString(time, step < Minute ? hms : hm);
        const QRect r(int(x) + 3, timeTop, fm.horizontalAdvance(text), fm.height());
        if (place(r, PaintedLabel::Kind::Time, text))
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void TimelineView::paintNow(QPainter &p, const QRect &area, bool reserveOnly)
{
    if (!m_now.isValid())
        return;
    const QPalette pal = palette();
    const QColor color = Theme::overdueColor(pal);
    const int left = plotLeft();
    const int right = area.width();
    const QFontMetrics fm = p.fontMetrics();
    const QString text = tr("now");
    const int pad = fm.horizontalAdvance(QLatin1Char(' '));
    const double x = xOf(m_now.toMSecsSinceEpoch());
    const int arrow = fm.height() / 2;
    const bool before = x<left, after = x> right;
    const int w = fm.horizontalAdvance(text) + 2 * pad + (before || after ? arrow + 2 : 0);
    QRect pill(0, (m_metrics.row - fm.height()) / 2 - 1, w, fm.height() + 2);
    if (after)
        pill.moveRight(right - 3);
    else if (before)
        pill.moveLeft(left + 3);
    else
        pill.moveLeft(std::clamp(int(x) - w / 2, left + 1, right - w - 2));
    if (reserveOnly) {
        place(pill, PaintedLabel::Kind::Now, text);
        return;
    }
    if (!before && !after) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 2));
        p.drawLine(QPointF(x, pill.bottom()), QPointF(x, area.height()));
        p.restore();
    }
    if (std::none_of(m_labels.cbegin(), m_labels.cend(), [&](const PaintedLabel &l) {
            return l.kind == PaintedLabel::Kind::Now && l.rect == pill;
        }))
        return; // no room for it (a lane label or the plot's edge)
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(pill, 3, 3);
    const QColor onColor = pal.color(QPalette::Base);
    QRect textRect = pill.adjusted(pad, 0, -pad, 0);
    if (after) {
        drawArrow(p, QRectF(pill.right() - pad - arrow, pill.top(), arrow, pill.height()), true,
                  onColor);
        textRect.setRight(pill.right() - pad - arrow - 2);
    } else if (before) {
        drawArrow(p, QRectF(pill.left() + pad, pill.top(), arrow, pill.height()), false, onColor);
        textRect.setLeft(pill.left() + pad + arrow + 2);
    }
    p.setPen(onColor);
    p.drawText(textRect, Qt::AlignCenter, text);
    p.restore();
}

void TimelineView::paintMarkers(QPainter &p, const QRect &area)
{
    if (m_markers.isEmpty())
        return;
    const QPalette pal = palette();
    const Metrics &mt = m_metrics;
    const int left = plotLeft();
    const int right = area.width();
    const QFontMetrics fm = p.fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int icon = std::max(10, fm.height() - 4);
    const QColor due = Theme::severityColor(Severity::P1, pal);
    const QColor met = pal.color(QPalette::PlaceholderText);

    // Dashed lines across the lanes.
    p.save();
    p.setClipRect(QRect(left, mt.axis, right - left, area.height() - mt.axis));
    for (const TimelineMarker &m : std::as_const(m_markers)) {
        const double x = xOf(m.at.toMSecsSinceEpoch());
        if (x < left || x > right)
            continue;
        QPen pen(m.met ? met : due, 1.2);
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, mt.axis), QPointF(x, area.height()));
    }
    p.restore();

    // Labels in the rows below the axis: the first row with room, else the
    // icon alone; never on top of another label. Hovering shows every one.
    for (const TimelineMarker &m : std::as_const(m_markers)) {
        const double x = xOf(m.at.toMSecsSinceEpoch());
        if (x < left || x > right)
            continue;
        const QColor color = m.met ? met : due;
        const QString text = fm.elidedText(m.label, Qt::ElideRight, 24 * em);
        const int full = icon + 4 + fm.horizontalAdvance(text) + 4;
        bool placed = false;
        for (const bool withText : {true, false}) {
            const int w = withText ? full : icon + 4;
            QRect r(int(x) + 3, 0, w, mt.row - 2);
            if (r.right() > right - 1)
                r.moveRight(int(x) - 3);
            for (int row = 0; row < mt.markerRows && !placed; ++row) {
                r.moveTop(mt.axis + 2 + row * mt.row);
                if (!place(r, PaintedLabel::Kind::Marker, withText ? text : QString()))
                    continue;
                placed = true;
                p.fillRect(r, pal.color(QPalette::Window));
                const QRectF iconBox(r.left() + 2, r.top() + (r.height() - icon) / 2.0, icon, icon);
                if (m.met)
                    drawTick(p, iconBox, color);
                else
                    drawClock(p, iconBox, color);
                if (withText) {
                    p.setPen(m.met ? met : pal.color(QPalette::WindowText));
                    p.drawText(r.adjusted(icon + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                               text);
                }
            }
            if (placed)
                break;
        }
    }
}

int TimelineView::paintEvents(QPainter &p, const QRect &area)
{
    const QPalette pal = palette();
    const Metrics &mt = m_metrics;
    const int left = plotLeft();
    const int right = area.width();
    const QFontMetrics fm = p.fontMetrics();
    p.save();
    p.setClipRect(QRect(left, mt.lanesTop, right - left, area.height() - mt.lanesTop));

    // Events: only the visible time range, merging marks closer than 4 px.
    const qint64 fromMs = msAt(left - 8), toMs = msAt(right + 8);
    auto begin = std::lower_bound(m_marks.cbegin(), m_marks.cend(), fromMs,
                                  [](const Mark &m, qint64 ms) { return m.ms < ms; });
    const qsizetype lanes = m_laneNames.size();
    QList<double> lastX(lanes, -1e9);
    QList<int> clusterCount(lanes, 0);
    QList<double> clusterX(lanes, 0);
    QList<int> lastLabelRight(lanes, INT_MIN / 2);
    int marks = 0;
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QPen normalPen(text, 1.2), selectedPen(highlight, 2.5);
    const QBrush textBrush(text), highlightBrush(highlight);
    const double radius = std::max(4.5, fm.height() / 4.0);
    auto flushCluster = [&](int lane) {
        // "×N" where it has room to be read.
        if (clusterCount[lane] > 1 && clusterX[lane] - lastLabelRight[lane] >= ClusterGap / 2) {
            const QString label = QStringLiteral("×%1").arg(clusterCount[lane]);
            const int top = laneTop(lane);
            const QRect r(int(clusterX[lane] + radius + 3), top + 1, fm.horizontalAdvance(label),
                          fm.height());
            if (r.top() >= mt.lanesTop && place(r, PaintedLabel::Kind::Cluster, label)) {
                p.setPen(text);
                p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, label);
                lastLabelRight[lane] = r.right() + ClusterGap / 2;
            }
        }
        clusterCount[lane] = 0;
    };
    for (auto it = begin; it != m_marks.cend() && it->ms <= toMs; ++it) {
        if (!it->visible)
            continue;
        const int lane = it->lane;
        const int top = laneTop(lane);
        if (top + mt.lane < mt.lanesTop || top > area.height())
            continue;
        const double x = xOf(it->ms);
        if (x - lastX[lane] < 4 && it->id != m_current) {
            ++clusterCount[lane];
            continue;
        }
        flushCluster(lane);
        clusterCount[lane] = 1;
        clusterX[lane] = x;
        lastX[lane] = x;
        const QPointF c(x, top + mt.lane / 2.0 + fm.height() / 4.0);
        const bool selected = it->id == m_current;
        p.setPen(selected ? selectedPen : normalPen);
        // Hollow: entered afterwards with a chosen time.
        p.setBrush(it->backdated ? QBrush(Qt::NoBrush)
                                 : (it->incident ? highlightBrush : textBrush));
        drawShape(p, MarkShape(it->shape), c, selected ? radius + 1.5 : radius);
        if (selected) {
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius + 5.5, radius + 5.5);
        }
        ++marks;
    }
    for (int lane = 0; lane < lanes; ++lane)
        flushCluster(lane);
    p.restore();
    return marks;
}

} // namespace ic

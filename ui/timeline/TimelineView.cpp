#include "ui/timeline/TimelineView.h"

#include "models/timeline/TimelineModel.h"
#include "ui/Theme.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ic {

namespace {

constexpr int LaneHeight = 30;
constexpr int AxisHeight = 34;
constexpr int LabelWidth = 150;
constexpr qint64 MinSpanMs = 60'000LL * 5;               // five minutes across
constexpr qint64 MaxSpanMs = 60'000LL * 60 * 24 * 7 * 8; // eight weeks across

// Tick steps that read naturally, from seconds to weeks.
const qint64 TickSteps[] = {10'000,        30'000,         60'000,     5 * 60'000,
                            15 * 60'000,   30 * 60'000,    3'600'000,  3 * 3'600'000,
                            6 * 3'600'000, 12 * 3'600'000, 86'400'000, 2 * 86'400'000,
                            7 * 86'400'000};

// A mark per kind family, so lanes read without colour.
enum class MarkShape { Circle, Square, Diamond, Triangle, Cross };
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

QString tickLabel(qint64 ms, qint64 step)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (step >= 86'400'000)
        return t.toString(QStringLiteral("ddd MMM d"));
    if (step < 60'000)
        return t.toString(QStringLiteral("HH:mm:ss"));
    if (t.time() == QTime(0, 0))
        return t.toString(QStringLiteral("MMM d"));
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

TimelineView::TimelineView(TimelineModel *model, TimelineFilterModel *filter, QWidget *parent)
    : QAbstractScrollArea(parent), m_model(model), m_filter(filter)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Visual timeline"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    setMinimumHeight(AxisHeight + 3 * LaneHeight + 20);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildLanes();
        fitAll();
    });
    connect(m_filter, &TimelineFilterModel::filterChanged, this, [this] {
        refilterMarks();
        viewport()->update();
    });
}

void TimelineView::setLanes(Lanes lanes)
{
    m_lanesBy = lanes;
    rebuildLanes();
    viewport()->update();
}

void TimelineView::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    viewport()->update();
}

void TimelineView::setMarkers(const QList<TimelineMarker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void TimelineView::rebuildLanes()
{
    QStringList people, others;
    for (const IncidentEvent &e : m_model->events()) {
        const QString lane = m_lanesBy == Lanes::ByActor ? TimelineModel::actorLane(e.actor)
                                                         : TimelineModel::kindLabel(e.kind);
        QStringList &list = (m_lanesBy == Lanes::ByActor &&
                             (lane == TimelineModel::actorLane(QStringLiteral("detection")) ||
                              lane == TimelineModel::actorLane(QStringLiteral("system"))))
                                ? others
                                : people;
        if (!list.contains(lane))
            list << lane;
    }
    std::sort(people.begin(), people.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    // People first, then the app's detection rules and the platform.
    m_laneNames = people + others;
    m_laneIndex.clear();
    for (int i = 0; i < m_laneNames.size(); ++i)
        m_laneIndex.insert(m_laneNames.at(i), i);
    rebuildMarks();
    updateScrollBars();
}

void TimelineView::rebuildMarks()
{
    const auto &events = m_model->events();
    m_marks.clear();
    m_marks.reserve(events.size());
    QHash<QString, int> laneCache;
    for (const IncidentEvent &e : events) {
        const QString &key = m_lanesBy == Lanes::ByActor ? e.actor : e.kind;
        auto it = laneCache.constFind(key);
        if (it == laneCache.constEnd())
            it = laneCache.insert(key, laneOf(e));
        m_marks.append(Mark{e.occurredAt.toMSecsSinceEpoch(), e.id, it.value(),
                            quint8(shapeFor(e.kind)), e.kind.startsWith(QLatin1String("incident.")),
                            e.backdated, m_filter->accepts(e)});
    }
}

void TimelineView::refilterMarks()
{
    const auto &events = m_model->events();
    for (qsizetype i = 0; i < m_marks.size() && i < events.size(); ++i)
        m_marks[i].visible = m_filter->accepts(events.at(i));
}

int TimelineView::laneOf(const IncidentEvent &e) const
{
    const QString lane = m_lanesBy == Lanes::ByActor ? TimelineModel::actorLane(e.actor)
                                                     : TimelineModel::kindLabel(e.kind);
    return m_laneIndex.value(lane, 0);
}

int TimelineView::plotLeft() const
{
    return LabelWidth;
}

int TimelineView::laneTop(int lane) const
{
    return AxisHeight + lane * LaneHeight - verticalScrollBar()->value();
}

double TimelineView::xOf(qint64 ms) const
{
    return plotLeft() + double(ms - m_startMs) / m_msPerPixel;
}

qint64 TimelineView::msAt(double x) const
{
    return m_startMs + qint64((x - plotLeft()) * m_msPerPixel);
}

qint64 TimelineView::visibleSpanMs() const
{
    return qint64(double(qMax(1, viewport()->width() - plotLeft())) * m_msPerPixel);
}

QDateTime TimelineView::visibleStart() const
{
    return QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    const int width = qMax(1, viewport()->width() - plotLeft());
    const double anchor = anchorX < plotLeft() ? plotLeft() + width / 2.0 : anchorX;
    const qint64 anchorMs = msAt(anchor);
    const double minPerPx = double(MinSpanMs) / width;
    const double maxPerPx = double(MaxSpanMs) / width;
    m_msPerPixel = std::clamp(m_msPerPixel * factor, minPerPx, maxPerPx);
    m_startMs = anchorMs - qint64((anchor - plotLeft()) * m_msPerPixel);
    updateScrollBars();
    viewport()->update();
    emit zoomChanged();
}

void TimelineView::fitAll()
{
    const auto &events = m_model->events();
    qint64 first = m_now.isValid() ? m_now.toMSecsSinceEpoch() : 0;
    qint64 last = first;
    if (!events.isEmpty()) {
        first = events.first().occurredAt.toMSecsSinceEpoch();
        last = std::max(events.last().occurredAt.toMSecsSinceEpoch(),
                        m_now.isValid() ? m_now.toMSecsSinceEpoch() : 0);
    }
    for (const TimelineMarker &m : m_markers)
        last = std::max(last, m.at.toMSecsSinceEpoch());
    const qint64 span = std::max<qint64>(MinSpanMs, (last - first) * 21 / 20);
    const int width = qMax(1, viewport()->width() - plotLeft());
    m_msPerPixel =
        std::clamp(double(span) / width, double(MinSpanMs) / width, double(MaxSpanMs) / width);
    m_startMs = first - span / 40;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged();
}

void TimelineView::scrollToNow()
{
    if (!m_now.isValid())
        return;
    m_startMs = m_now.toMSecsSinceEpoch() - visibleSpanMs() * 3 / 4;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setCurrentEvent(qint64 eventId)
{
    m_current = eventId;
    const int row = m_model->rowOfEvent(eventId);
    if (row >= 0) {
        const qint64 ms = m_model->events().at(row).occurredAt.toMSecsSinceEpoch();
        const double x = xOf(ms);
        if (x < plotLeft() + 10 || x > viewport()->width() - 10)
            m_startMs = ms - visibleSpanMs() / 2;
        const int lane = laneOf(m_model->events().at(row));
        const int top = laneTop(lane);
        if (top < AxisHeight || top + LaneHeight > viewport()->height())
            verticalScrollBar()->setValue(lane * LaneHeight);
        updateScrollBars();
    }
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    // The horizontal bar spans the events (and now) plus the visible span.
    const auto &events = m_model->events();
    qint64 first = m_startMs, last = m_startMs + visibleSpanMs();
    if (!events.isEmpty()) {
        first = std::min(first, events.first().occurredAt.toMSecsSinceEpoch());
        last = std::max(last, events.last().occurredAt.toMSecsSinceEpoch());
    }
    if (m_now.isValid())
        last = std::max(last, m_now.toMSecsSinceEpoch());
    // Scroll bar units: pixels at the current zoom, relative to `first`.
    const qint64 units = qint64(double(last - first) / m_msPerPixel);
    QScrollBar *h = horizontalScrollBar();
    h->blockSignals(true);
    h->setRange(0, int(std::min<qint64>(units, INT_MAX / 2)));
    h->setPageStep(qMax(1, viewport()->width() - plotLeft()));
    h->setSingleStep(20);
    h->setValue(int(double(m_startMs - first) / m_msPerPixel));
    h->setProperty("firstMs", first);
    h->blockSignals(false);
    QScrollBar *v = verticalScrollBar();
    v->setRange(0,
                qMax(0, AxisHeight + int(m_laneNames.size()) * LaneHeight - viewport()->height()));
    v->setPageStep(viewport()->height());
    v->setSingleStep(LaneHeight);
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    if (dx) {
        const qint64 first = horizontalScrollBar()->property("firstMs").toLongLong();
        m_startMs = first + qint64(double(horizontalScrollBar()->value()) * m_msPerPixel);
    }
    Q_UNUSED(dy)
    viewport()->update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));
    const int right = area.width();
    const int left = plotLeft();

    // Lanes, alternating, with their names.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int i = 0; i < m_laneNames.size(); ++i) {
        const int top = laneTop(i);
        if (top + LaneHeight < AxisHeight || top > area.height())
            continue;
        if (i % 2)
            p.fillRect(QRect(0, top, right, LaneHeight), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, top, left - 12, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(m_laneNames.at(i), Qt::ElideRight, left - 12));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(left, AxisHeight, left, area.height());

    // Time axis with natural steps.
    const double pxPerMs = 1.0 / m_msPerPixel;
    qint64 step = TickSteps[std::size(TickSteps) - 1];
    for (qint64 s : TickSteps) {
        if (double(s) * pxPerMs >= 90) {
            step = s;
            break;
        }
    }
    // Align ticks to local time boundaries.
    const qint64 offsetMs =
        qint64(QDateTime::fromMSecsSinceEpoch(m_startMs).offsetFromUtc()) * 1000;
    qint64 tick = ((m_startMs + offsetMs) / step) * step - offsetMs;
    p.fillRect(QRect(0, 0, right, AxisHeight), pal.color(QPalette::Window));
    p.setFont(small);
    for (; xOf(tick) < right; tick += step) {
        const double x = xOf(tick);
        if (x < left)
            continue;
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(QPointF(x, AxisHeight), QPointF(x, area.height()));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x + 3, 4, 120, AxisHeight - 8), Qt::AlignLeft | Qt::AlignBottom,
                   tickLabel(tick, step));
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(6, 4, left - 12, AxisHeight - 8), Qt::AlignLeft | Qt::AlignBottom,
               m_lanesBy == Lanes::ByActor ? tr("Who") : tr("Kind"));

    // Deadline markers, dashed, labelled at the top.
    p.save();
    p.setClipRect(QRect(left, 0, right - left, area.height()));
    for (const TimelineMarker &m : m_markers) {
        const double x = xOf(m.at.toMSecsSinceEpoch());
        if (x < left || x > right)
            continue;
        QPen pen(m.met ? pal.color(QPalette::Mid) : Theme::severityColor(Severity::P1, pal));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, AxisHeight), QPointF(x, area.height()));
        p.drawText(QRectF(x + 3, AxisHeight + 1, 220, 14), Qt::AlignLeft | Qt::AlignTop,
                   tr("⏱ %1").arg(m.label));
    }
    // The "now" line.
    if (m_now.isValid()) {
        const double x = xOf(m_now.toMSecsSinceEpoch());
        if (x >= left && x <= right) {
            QPen pen(Theme::overdueColor(pal), 2);
            p.setPen(pen);
            p.drawLine(QPointF(x, AxisHeight - 6), QPointF(x, area.height()));
            p.drawText(QRectF(x - 40, 2, 80, 12), Qt::AlignHCenter, tr("now"));
        }
    }

    // Events: only the visible time range, merging marks closer than 4 px.
    const qint64 fromMs = msAt(left - 8), toMs = msAt(right + 8);
    auto begin = std::lower_bound(m_marks.cbegin(), m_marks.cend(), fromMs,
                                  [](const Mark &m, qint64 ms) { return m.ms < ms; });
    QList<double> lastX(m_laneNames.size(), -1e9);
    QList<int> clusterCount(m_laneNames.size(), 0);
    QList<double> clusterX(m_laneNames.size(), 0);
    QList<double> lastLabelX(m_laneNames.size(), -1e9);
    int marks = 0;
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QPen normalPen(text, 1.2), selectedPen(highlight, 2.5);
    const QBrush textBrush(text), highlightBrush(highlight);
    auto flushCluster = [&](int lane) {
        // "×N" where it has room to be read: labels packed closer than 36 px
        // would overlap (and cost a text layout each).
        if (clusterCount[lane] > 1 && clusterX[lane] - lastLabelX[lane] >= 36) {
            const int top = laneTop(lane);
            p.setPen(text);
            p.drawText(QRectF(clusterX[lane] + 5, top + 2, 60, 12), Qt::AlignLeft,
                       QStringLiteral("×%1").arg(clusterCount[lane]));
            lastLabelX[lane] = clusterX[lane];
        }
        clusterCount[lane] = 0;
    };
    for (auto it = begin; it != m_marks.cend() && it->ms <= toMs; ++it) {
        if (!it->visible)
            continue;
        const int lane = it->lane;
        const int top = laneTop(lane);
        if (top + LaneHeight < AxisHeight || top > area.height())
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
        const QPointF c(x, top + LaneHeight / 2.0);
        const bool selected = it->id == m_current;
        p.setPen(selected ? selectedPen : normalPen);
        // Hollow: entered afterwards with a chosen time.
        p.setBrush(it->backdated ? QBrush(Qt::NoBrush)
                                 : (it->incident ? highlightBrush : textBrush));
        drawShape(p, MarkShape(it->shape), c, selected ? 6 : 4.5);
        if (selected) {
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 10, 10);
        }
        ++marks;
    }
    for (int lane = 0; lane < m_laneNames.size(); ++lane)
        flushCluster(lane);
    p.restore();
    m_lastMarks = marks;

    if (hasFocus()) {
        QStyleOptionFocusRect o;
        o.initFrom(this);
        o.rect = area.adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &o, &p, this);
    }
}

qint64 TimelineView::eventAt(const QPoint &pos) const
{
    const qint64 fromMs = msAt(pos.x() - 8), toMs = msAt(pos.x() + 8);
    auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), fromMs,
                               [](const Mark &m, qint64 ms) { return m.ms < ms; });
    qint64 best = 0;
    double bestDistance = 9;
    for (; it != m_marks.cend() && it->ms <= toMs; ++it) {
        if (!it->visible)
            continue;
        const int top = laneTop(it->lane);
        if (pos.y() < top || pos.y() > top + LaneHeight)
            continue;
        const double d = std::abs(xOf(it->ms) - pos.x());
        if (d < bestDistance) {
            bestDistance = d;
            best = it->id;
        }
    }
    return best;
}

void TimelineView::selectNeighbour(int direction)
{
    const auto &events = m_model->events();
    int row = m_model->rowOfEvent(m_current);
    for (int i = row + direction; i >= 0 && i < events.size(); i += direction) {
        if (m_filter->accepts(events.at(i))) {
            setCurrentEvent(events.at(i).id);
            emit eventActivated(events.at(i).id);
            return;
        }
    }
    if (row < 0 && !events.isEmpty()) {
        setCurrentEvent(events.first().id);
        emit eventActivated(events.first().id);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_startMs -= qint64(double(d) / 120.0 * 60.0 * m_msPerPixel);
        updateScrollBars();
        viewport()->update();
    } else if (delta.y() != 0) {
        zoomBy(std::pow(0.8, delta.y() / 120.0), int(event->position().x()));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 hit = eventAt(event->position().toPoint());
    if (hit) {
        setCurrentEvent(hit);
        emit eventActivated(hit);
        return;
    }
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    m_dragStartMs = m_startMs;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const int dx = event->position().toPoint().x() - m_dragFrom.x();
    m_startMs = m_dragStartMs - qint64(dx * m_msPerPixel);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    viewport()->unsetCursor();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        return;
    case Qt::Key_Minus:
        zoomBy(2.0);
        return;
    case Qt::Key_Left:
        m_startMs -= visibleSpanMs() / 8;
        break;
    case Qt::Key_Right:
        m_startMs += visibleSpanMs() / 8;
        break;
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_N:
        scrollToNow();
        return;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        selectNeighbour(-1);
        return;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        selectNeighbour(+1);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = eventAt(help->pos());
        const int row = m_model->rowOfEvent(id);
        if (id && row >= 0) {
            const QModelIndex idx = m_model->index(row, TimelineModel::SummaryColumn);
            QToolTip::showText(
                help->globalPos(),
                m_model->index(row, TimelineModel::TimeColumn).data().toString() +
                    QLatin1Char('\n') +
                    m_model->index(row, TimelineModel::ActorColumn).data().toString() +
                    QStringLiteral(" · ") +
                    m_model->index(row, TimelineModel::KindColumn).data().toString() +
                    QLatin1Char('\n') + idx.data().toString(),
                viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ic

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

using namespace TimelineMarks;

TimelineView::TimelineView(TimelineModel *model, TimelineFilterModel *filter, QWidget *parent)
    : QAbstractScrollArea(parent), m_model(model), m_filter(filter)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Visual timeline"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    updateMetrics();
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::modelReset);
    connect(m_filter, &TimelineFilterModel::filterChanged, this, [this] {
        refilterMarks();
        viewport()->update();
    });
}

void TimelineView::modelReset()
{
    rebuildLanes();
    // A new incident is fitted; the same one (a reload after a change) keeps
    // where the user zoomed to.
    const bool otherIncident = m_model->incidentId() != m_fittedIncident;
    if (otherIncident || !m_userMoved)
        fitAll();
    m_fittedIncident = m_model->incidentId();
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
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) { return a.at < b.at; });
    updateMetrics();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateMetrics()
{
    const QFontMetrics fm = fontMetrics();
    Metrics m;
    m.row = fm.height() + 6;
    m.axis = 2 * m.row + 2;
    m.markerRows = int(std::min<qsizetype>(MaxMarkerRows, m_markers.size()));
    m.lanesTop = m.axis + m.markerRows * m.row + (m.markerRows > 0 ? 4 : 0);
    m.lane = std::max(28, fm.height() + 14);
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    int names = fm.horizontalAdvance(tr("Who"));
    names = std::max(names, fm.horizontalAdvance(tr("Kind")));
    for (const QString &n : std::as_const(m_laneNames))
        names = std::max(names, fm.horizontalAdvance(n));
    m.labelWidth = std::clamp(names + 18, 7 * em, 14 * em);
    m_metrics = m;
    setMinimumHeight(m.lanesTop + 3 * m.lane + horizontalScrollBar()->sizeHint().height() + 4);
}

void TimelineView::rebuildLanes()
{
    // The lane of each distinct actor (or kind), worked out once: 100,000
    // events have a handful of actors.
    const QString detection = TimelineModel::actorLane(QStringLiteral("detection"));
    const QString platform = TimelineModel::actorLane(QStringLiteral("system"));
    QHash<QString, QString> laneOfKey;
    QStringList people, others;
    for (const IncidentEvent &e : m_model->events()) {
        const QString &key = m_lanesBy == Lanes::ByActor ? e.actor : e.kind;
        if (laneOfKey.contains(key))
            continue;
        const QString lane = m_lanesBy == Lanes::ByActor ? TimelineModel::actorLane(e.actor)
                                                         : TimelineModel::kindLabel(e.kind);
        laneOfKey.insert(key, lane);
        QStringList &list = m_lanesBy == Lanes::ByActor && (lane == detection || lane == platform)
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
    QHash<QString, int> laneIndex;
    for (int i = 0; i < m_laneNames.size(); ++i)
        laneIndex.insert(m_laneNames.at(i), i);

    const auto &events = m_model->events();
    m_marks.clear();
    m_marks.reserve(events.size());
    const bool filtering = m_filter->isFiltering();
    QHash<QString, int> laneCache;
    for (const IncidentEvent &e : events) {
        const QString &key = m_lanesBy == Lanes::ByActor ? e.actor : e.kind;
        auto it = laneCache.constFind(key);
        if (it == laneCache.constEnd())
            it = laneCache.insert(key, laneIndex.value(laneOfKey.value(key), 0));
        m_marks.append(Mark{e.occurredAt.toMSecsSinceEpoch(), e.id, it.value(),
                            quint8(shapeFor(e.kind)), e.kind.startsWith(QLatin1String("incident.")),
                            e.backdated, !filtering || m_filter->accepts(e)});
    }
    updateMetrics();
    updateScrollBars();
}

void TimelineView::refilterMarks()
{
    const auto &events = m_model->events();
    for (qsizetype i = 0; i < m_marks.size() && i < events.size(); ++i)
        m_marks[i].visible = m_filter->accepts(events.at(i));
}

int TimelineView::plotLeft() const
{
    return m_metrics.labelWidth;
}

int TimelineView::plotWidth() const
{
    return std::max(1, viewport()->width() - plotLeft());
}

int TimelineView::laneTop(int lane) const
{
    return m_metrics.lanesTop + lane * m_metrics.lane - verticalScrollBar()->value();
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
    return qint64(double(plotWidth()) * m_msPerPixel);
}

QDateTime TimelineView::visibleStart() const
{
    return QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
}

void TimelineView::userMoved()
{
    m_userMoved = true;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    const int width = plotWidth();
    const double anchor = anchorX < plotLeft() ? plotLeft() + width / 2.0 : anchorX;
    const qint64 anchorMs = msAt(anchor);
    const double minPerPx = double(MinSpanMs) / width;
    const double maxPerPx = double(MaxSpanMs) / width;
    m_msPerPixel = std::clamp(m_msPerPixel * factor, minPerPx, maxPerPx);
    m_startMs = anchorMs - qint64((anchor - plotLeft()) * m_msPerPixel);
    userMoved();
    emit zoomChanged();
}

void TimelineView::fitAll()
{
    const qint64 nowMs = m_now.isValid() ? m_now.toMSecsSinceEpoch() : 0;
    qint64 first = 0, last = 0;
    if (!m_marks.isEmpty()) {
        first = m_marks.first().ms;
        last = m_marks.last().ms;
        // "Now" belongs in the picture while the incident is still moving
        // (within two hours of its last event, or its own span); one that
        // went quiet long ago is shown by its events, and the now label at
        // the edge points the way.
        const qint64 span = std::max(last - first, 2 * Hour);
        if (nowMs > last && nowMs - last <= span)
            last = nowMs;
    } else if (nowMs) {
        first = nowMs - Hour;
        last = nowMs;
    } else {
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    // Room for the now label centred on its line, and a margin on the left.
    const int padLeft = 2 * em;
    const int padRight = fm.horizontalAdvance(tr("now")) / 2 + 3 * em;
    const int width = plotWidth();
    const int usable = std::max(20, width - padLeft - padRight);
    const qint64 span = std::max<qint64>(last - first, 1);
    const double minPerPx = double(MinSpanMs) / width;
    const double maxPerPx = double(MaxSpanMs) / width;
    m_msPerPixel = std::clamp(double(span) / usable, minPerPx, maxPerPx);
    if (double(span) / usable < minPerPx) // a short incident: centred
        m_startMs = (first + last) / 2 - qint64(width / 2.0 * m_msPerPixel);
    else
        m_startMs = first - qint64(padLeft * m_msPerPixel);
    m_userMoved = false;
    updateScrollBars();
    viewport()->update();
    emit zoomChanged();
}

void TimelineView::scrollToNow()
{
    if (!m_now.isValid())
        return;
    m_startMs = m_now.toMSecsSinceEpoch() - visibleSpanMs() * 3 / 4;
    userMoved();
}

void TimelineView::setCurrentEvent(qint64 eventId)
{
    m_current = eventId;
    const int row = m_model->rowOfEvent(eventId);
    if (row >= 0) {
        const qint64 ms = m_model->events().at(row).occurredAt.toMSecsSinceEpoch();
        const double x = xOf(ms);
        if (x < plotLeft() + 10 || x > viewport()->width() - 10) {
            m_startMs = ms - visibleSpanMs() / 2;
            m_userMoved = true;
        }
        const int lane = row < m_marks.size() ? m_marks.at(row).lane : 0;
        const int top = laneTop(lane);
        if (top < m_metrics.lanesTop || top + m_metrics.lane > viewport()->height())
            verticalScrollBar()->setValue(lane * m_metrics.lane);
        updateScrollBars();
    }
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    // The horizontal bar spans the events (and now) plus the visible span.
    qint64 first = m_startMs, last = m_startMs + visibleSpanMs();
    if (!m_marks.isEmpty()) {
        first = std::min(first, m_marks.first().ms);
        last = std::max(last, m_marks.last().ms);
    }
    if (m_now.isValid())
        last = std::max(last, m_now.toMSecsSinceEpoch());
    // Scroll bar units: pixels at the current zoom, relative to `first`.
    const qint64 units = qint64(double(last - first) / m_msPerPixel);
    QScrollBar *h = horizontalScrollBar();
    h->blockSignals(true);
    h->setRange(0, int(std::min<qint64>(units, INT_MAX / 2)));
    h->setPageStep(plotWidth());
    h->setSingleStep(20);
    h->setValue(int(double(m_startMs - first) / m_msPerPixel));
    h->setProperty("firstMs", first);
    h->blockSignals(false);
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, m_metrics.lanesTop + int(m_laneNames.size()) * m_metrics.lane -
                                   viewport()->height()));
    v->setPageStep(viewport()->height());
    v->setSingleStep(m_metrics.lane);
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    if (dx) {
        const qint64 first = horizontalScrollBar()->property("firstMs").toLongLong();
        m_startMs = first + qint64(double(horizontalScrollBar()->value()) * m_msPerPixel);
        m_userMoved = true;
    }
    Q_UNUSED(dy)
    viewport()->update();
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
        if (pos.y() < top || pos.y() > top + m_metrics.lane || top < m_metrics.lanesTop - 2)
            continue;
        const double d = std::abs(xOf(it->ms) - pos.x());
        if (d < bestDistance) {
            bestDistance = d;
            best = it->id;
        }
    }
    return best;
}

QList<const TimelineMarker *> TimelineView::markersAt(int x) const
{
    QList<const TimelineMarker *> out;
    for (const TimelineMarker &m : m_markers) {
        if (std::abs(xOf(m.at.toMSecsSinceEpoch()) - x) <= 5)
            out << &m;
    }
    return out;
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
        userMoved();
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
    userMoved();
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
    userMoved();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // Until the user zooms or pans, the view keeps showing all of the
    // incident: the first real size (the pane shown) fits it.
    if (!m_userMoved)
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_userMoved)
        fitAll();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange) {
        updateMetrics();
        updateScrollBars();
        viewport()->update();
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = eventAt(help->pos());
        const int row = m_model->rowOfEvent(id);
        QString tip;
        if (id && row >= 0) {
            const QModelIndex idx = m_model->index(row, TimelineModel::SummaryColumn);
            tip = m_model->index(row, TimelineModel::TimeColumn).data().toString() +
                  QLatin1Char('\n') +
                  m_model->index(row, TimelineModel::ActorColumn).data().toString() +
                  QStringLiteral(" · ") +
                  m_model->index(row, TimelineModel::KindColumn).data().toString() +
                  QLatin1Char('\n') + idx.data().toString();
        } else {
            // Deadlines near the pointer, or under the pointer's label.
            QList<const TimelineMarker *> near = markersAt(help->pos().x());
            for (const PaintedLabel &l : std::as_const(m_labels)) {
                if (l.kind == PaintedLabel::Kind::Now && l.rect.contains(help->pos()) &&
                    m_now.isValid())
                    tip = tr("Now: %1").arg(TimeText::local(m_now));
                if (l.kind != PaintedLabel::Kind::Marker || !l.rect.contains(help->pos()))
                    continue;
                for (const TimelineMarker &m : std::as_const(m_markers)) {
                    const double x = xOf(m.at.toMSecsSinceEpoch());
                    if ((std::abs(x - (l.rect.left() - 3)) < 1.5 ||
                         std::abs(x - (l.rect.right() + 3)) < 1.5) &&
                        !near.contains(&m))
                        near << &m;
                }
            }
            QStringList lines;
            for (const TimelineMarker *m : std::as_const(near)) {
                lines << tr("%1 — due %2%3")
                             .arg(m->label, TimeText::local(m->at),
                                  m->met ? tr(" (met)") : QString());
            }
            if (!lines.isEmpty())
                tip = lines.join(QLatin1Char('\n'));
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ic

#pragma once

#include "models/incidents/Incident.h"
#include "models/timeline/TimelineEvent.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QList>

namespace ic {

class TimelineModel;
class TimelineFilterModel;

// A deadline drawn across the lanes (a step's due time, a regulatory clock).
struct TimelineMarker
{
    QDateTime at;
    QString label;
    bool met = false; // met deadlines are drawn quieter
};

// The visual timeline: one lane per actor (or per kind), zoomable from
// minutes to weeks (wheel, +/-), pannable (drag, arrow keys), a "now" line and
// deadline markers. Painting touches only the visible time range and merges
// events closer than a few pixels, so 100,000 events stay smooth.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Lanes { ByActor, ByKind };

    TimelineView(TimelineModel *model, TimelineFilterModel *filter, QWidget *parent = nullptr);

    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanesBy; }
    void setNow(const QDateTime &nowUtc);
    void setMarkers(const QList<TimelineMarker> &markers);
    const QList<TimelineMarker> &markers() const { return m_markers; }

    void zoomBy(double factor, int anchorX = -1);
    void fitAll();
    void scrollToNow();
    void setCurrentEvent(qint64 eventId); // scrolls it into view
    qint64 currentEvent() const { return m_current; }

    // Visible span in milliseconds (for tests and the zoom label).
    qint64 visibleSpanMs() const;
    QDateTime visibleStart() const;
    QStringList laneNames() const { return m_laneNames; }
    // Statistics of the last paint (for the benchmark): marks drawn.
    int lastPaintMarks() const { return m_lastMarks; }

signals:
    void eventActivated(qint64 eventId);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // What painting needs of each event, computed once per change, not per frame.
    struct Mark
    {
        qint64 ms;
        qint64 id;
        int lane;
        quint8 shape;
        bool incident;
        bool backdated;
        bool visible; // passes the filter
    };
    void rebuildLanes();
    void rebuildMarks();
    void refilterMarks();
    int laneOf(const IncidentEvent &e) const;
    int laneTop(int lane) const;
    double xOf(qint64 ms) const;
    qint64 msAt(double x) const;
    int plotLeft() const;
    qint64 eventAt(const QPoint &pos) const;
    void selectNeighbour(int direction);
    void updateScrollBars();

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    Lanes m_lanesBy = Lanes::ByActor;
    QStringList m_laneNames;
    QList<Mark> m_marks; // chronological, like the model
    QHash<QString, int> m_laneIndex;
    QDateTime m_now;
    QList<TimelineMarker> m_markers;
    double m_msPerPixel = 60'000; // one minute per pixel
    qint64 m_startMs = 0;         // time at the left edge of the plot
    qint64 m_current = 0;
    QPoint m_dragFrom;
    qint64 m_dragStartMs = 0;
    bool m_dragging = false;
    int m_lastMarks = 0;
};

} // namespace ic

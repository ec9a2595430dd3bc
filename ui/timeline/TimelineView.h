#pragma once

#include "models/incidents/Incident.h"
#include "models/timeline/TimelineEvent.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QList>
#include <QRect>

namespace ic {

class TimelineModel;
class TimelineFilterModel;

// A deadline drawn across the lanes (a step's due time, a regulatory clock).
struct TimelineMarker
{
    QDateTime at;
    QString label;
    bool met = false; // met deadlines are drawn quieter, with a tick instead of a clock
};

// The visual timeline: one lane per actor (or per kind), zoomable from
// minutes to weeks (wheel, +/-), pannable (drag, arrow keys), a "now" line and
// deadline markers. On first show it fits the incident's events. The axis is
// labelled in the user's locale with ticks spaced by the font's metrics;
// every label is placed so that none overlaps another (deadline labels take
// the next free row, or shrink to their icon; hovering shows them all).
// Painting touches only the visible time range and merges events closer than
// a few pixels, so 100,000 events stay smooth.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Lanes { ByActor, ByKind };

    // A piece of text the last paint drew, where (viewport coordinates).
    struct PaintedLabel
    {
        enum class Kind { Lane, Date, Time, Now, Marker, Cluster };
        Kind kind;
        QRect rect;
        QString text;
    };

    TimelineView(TimelineModel *model, TimelineFilterModel *filter, QWidget *parent = nullptr);

    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanesBy; }
    void setNow(const QDateTime &nowUtc);
    void setMarkers(const QList<TimelineMarker> &markers);
    const QList<TimelineMarker> &markers() const { return m_markers; }

    void zoomBy(double factor, int anchorX = -1);
    // Shows the incident's events (and now, when it is close to them).
    void fitAll();
    void scrollToNow();
    void setCurrentEvent(qint64 eventId); // scrolls it into view
    qint64 currentEvent() const { return m_current; }

    // Visible span in milliseconds (for tests and the zoom label).
    qint64 visibleSpanMs() const;
    QDateTime visibleStart() const;
    QStringList laneNames() const { return m_laneNames; }
    // Where the plot (right of the lane names) starts, in viewport pixels.
    int plotLeft() const;
    // Statistics of the last paint (for the benchmark): marks drawn.
    int lastPaintMarks() const { return m_lastMarks; }
    // Every label of the last paint (for tests: none may overlap another).
    const QList<PaintedLabel> &paintedLabels() const { return m_labels; }

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
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
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
    // Sizes that follow the font, so the view reads at any font size or DPI.
    struct Metrics
    {
        int row = 0;        // one line of axis text
        int axis = 0;       // the date row and the time row
        int markerRows = 0; // rows for deadline labels
        int lanesTop = 0;   // where the first lane starts
        int lane = 0;       // one lane's height
        int labelWidth = 0; // the lane names' column
    };
    void modelReset();
    void rebuildLanes(); // also the marks, which carry their lane
    void refilterMarks();
    void updateMetrics();
    int laneTop(int lane) const;
    double xOf(qint64 ms) const;
    qint64 msAt(double x) const;
    int plotWidth() const;
    qint64 eventAt(const QPoint &pos) const;
    QList<const TimelineMarker *> markersAt(int x) const;
    void selectNeighbour(int direction);
    void updateScrollBars();
    void userMoved(); // a zoom or pan by the user: no automatic refit any more
    bool place(QRect rect, PaintedLabel::Kind kind, const QString &text);

    void paintAxis(QPainter &p, const QRect &area);
    void paintMarkers(QPainter &p, const QRect &area);
    void paintNow(QPainter &p, const QRect &area);
    int paintEvents(QPainter &p, const QRect &area);

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    Lanes m_lanesBy = Lanes::ByActor;
    QStringList m_laneNames;
    QList<Mark> m_marks; // chronological, like the model
    QDateTime m_now;
    QList<TimelineMarker> m_markers;
    Metrics m_metrics;
    double m_msPerPixel = 60'000; // one minute per pixel
    qint64 m_startMs = 0;         // time at the left edge of the plot
    qint64 m_current = 0;
    QPoint m_dragFrom;
    qint64 m_dragStartMs = 0;
    bool m_dragging = false;
    bool m_userMoved = false; // zoomed or panned: keep the view on resize and reload
    QString m_fittedIncident; // the incident the last automatic fit was for
    int m_lastMarks = 0;
    QList<PaintedLabel> m_labels;
};

} // namespace ic

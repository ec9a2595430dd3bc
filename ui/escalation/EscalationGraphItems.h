#pragma once
// Private to EscalationGraphView: the scene's node and edge items, and the
// measures and shapes they are drawn with.
#include "models/core/TimeText.h"
#include "ui/escalation/EscalationGraphView.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ic {

namespace GraphDraw {

inline constexpr qreal MaxLabelWidth = 170;
inline constexpr qreal PadX = 12;
inline constexpr qreal PadY = 8;
inline constexpr qreal Gap = 3;
inline constexpr qreal MinZoom = 0.15;
inline constexpr qreal MaxZoom = 4.0;

inline QPolygonF diamond(const QRectF &r)
{
    return QPolygonF{QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                     QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()),
                     QPointF(r.center().x(), r.top())};
}

inline QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace GraphDraw

// One node: its shape, its name, and its state written underneath.
class EscalationNodeItem : public QGraphicsItem
{
public:
    EscalationNodeItem(const FlowNode &node, const QSizeF &size, const EscalationGraphStyle *style)
        : m_id(node.id), m_label(node.label), m_shape(node.shape), m_size(size), m_style(style)
    {
        setToolTip(node.label);
        setAcceptHoverEvents(false);
    }

    QString id() const { return m_id; }
    QString status() const { return m_status; }
    QString text() const
    {
        return m_label + (m_status.isEmpty() ? QString() : QLatin1Char('\n') + m_status);
    }
    QRectF nodeRect() const { return QRectF(QPointF(0, 0), m_size); }

    void setStatus(NodeState state, const QString &status)
    {
        m_state = state;
        m_status = status;
        update();
    }
    void setCurrent(bool current)
    {
        m_current = current;
        update();
    }

    QRectF boundingRect() const override { return nodeRect().adjusted(-6, -6, 6, 6); }

    QPainterPath shape() const override
    {
        QPainterPath p;
        const QRectF r = nodeRect();
        switch (m_shape) {
        case NodeShape::Box:
            p.addRect(r);
            break;
        case NodeShape::Round:
            p.addRoundedRect(r, 14, 14);
            break;
        case NodeShape::Decision:
            p.addPolygon(GraphDraw::diamond(r));
            break;
        }
        return p;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const EscalationGraphStyle &s = *m_style;
        const bool onPath = m_state != NodeState::OffPath;
        const bool overdue = m_state == NodeState::Overdue;
        painter->setRenderHint(QPainter::Antialiasing);
        // Without colour the path still shows: thick solid outline on it,
        // thin dashed outline off it, and the state in words.
        QPen pen(onPath ? s.path : s.dimText, onPath ? 2.5 : 1.0,
                 onPath ? Qt::SolidLine : Qt::DashLine);
        if (overdue)
            pen = QPen(s.overdue, 3.5);
        else if (m_state == NodeState::Acknowledged || m_state == NodeState::Notified)
            pen.setColor(s.ok);
        painter->setPen(pen);
        painter->setBrush(onPath ? s.pathFill : s.base);
        painter->drawPath(shape());
        if (m_current && !s.printing) {
            painter->setPen(QPen(s.focus, 2, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(nodeRect().adjusted(-4, -4, 4, 4));
        }

        QRectF inner = nodeRect().adjusted(GraphDraw::PadX, GraphDraw::PadY, -GraphDraw::PadX,
                                           -GraphDraw::PadY);
        if (m_shape == NodeShape::Decision) {
            const QSizeF in(m_size.width() * 0.6, m_size.height() * 0.4);
            inner = QRectF(nodeRect().center() - QPointF(in.width() / 2, in.height() / 2), in);
        }
        const QFont &labelFont = onPath ? s.bold : s.font;
        const QFontMetricsF lm(labelFont);
        const QFontMetricsF sm(s.small);
        const QRectF labelBox = lm.boundingRect(QRectF(0, 0, inner.width(), 10000),
                                                Qt::AlignHCenter | Qt::TextWordWrap, m_label);
        const qreal statusH = m_status.isEmpty() ? 0 : sm.height() + GraphDraw::Gap;
        const qreal top = inner.center().y() - (labelBox.height() + statusH) / 2;
        painter->setFont(labelFont);
        painter->setPen(onPath ? s.text : s.dimText);
        painter->drawText(QRectF(inner.left(), top, inner.width(), labelBox.height()),
                          Qt::AlignHCenter | Qt::TextWordWrap, m_label);
        if (!m_status.isEmpty()) {
            painter->setFont(s.small);
            painter->setPen(overdue ? s.overdue : s.text);
            const qreal w = m_shape == NodeShape::Decision ? m_size.width() * 0.75 : inner.width();
            const QRectF line(inner.center().x() - w / 2, top + labelBox.height() + GraphDraw::Gap,
                              w, sm.height());
            painter->drawText(line, Qt::AlignHCenter, sm.elidedText(m_status, Qt::ElideRight, w));
        }
    }

private:
    QString m_id;
    QString m_label;
    NodeShape m_shape;
    QSizeF m_size;
    const EscalationGraphStyle *m_style;
    NodeState m_state = NodeState::OffPath;
    QString m_status;
    bool m_current = false;
};

// One arrow, with its label; thick and solid when the incident takes it.
class EscalationEdgeItem : public QGraphicsItem
{
public:
    EscalationEdgeItem(const LayoutEdge &layout, QString label, const EscalationGraphStyle *style)
        : m_label(std::move(label)), m_labelRect(layout.labelRect), m_style(style)
    {
        if (!layout.points.isEmpty()) {
            m_path.moveTo(layout.points.first());
            for (qsizetype i = 1; i + 2 < layout.points.size(); i += 3)
                m_path.cubicTo(layout.points.at(i), layout.points.at(i + 1),
                               layout.points.at(i + 2));
            if (layout.arrowTip) {
                const QPointF from = layout.points.last();
                const QPointF tip = *layout.arrowTip;
                QLineF axis(tip, from);
                if (axis.length() < 0.1)
                    axis.setLength(1);
                QLineF side(tip, from);
                side.setLength(10);
                QLineF a = side;
                a.setAngle(axis.angle() + 22);
                QLineF b = side;
                b.setAngle(axis.angle() - 22);
                m_head = QPolygonF{tip, a.p2(), b.p2(), tip};
            }
        }
        setZValue(-1);
    }

    void setTaken(bool taken)
    {
        m_taken = taken;
        update();
    }
    bool taken() const { return m_taken; }

    QRectF boundingRect() const override
    {
        return m_path.boundingRect()
            .united(m_head.boundingRect())
            .united(m_labelRect)
            .adjusted(-4, -4, 4, 4);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const EscalationGraphStyle &s = *m_style;
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor c = m_taken ? s.path : s.dimText;
        painter->setPen(QPen(c, m_taken ? 2.5 : 1.2, m_taken ? Qt::SolidLine : Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->setPen(QPen(c, 1));
        painter->setBrush(c);
        painter->drawPolygon(m_head);
        if (!m_label.isEmpty() && !m_labelRect.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(s.base);
            painter->drawRect(m_labelRect);
            painter->setFont(m_taken ? s.bold : s.small);
            painter->setPen(m_taken ? s.text : s.dimText);
            painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
        }
    }

private:
    QString m_label;
    QRectF m_labelRect;
    QPainterPath m_path;
    QPolygonF m_head;
    const EscalationGraphStyle *m_style;
    bool m_taken = false;
};

} // namespace ic

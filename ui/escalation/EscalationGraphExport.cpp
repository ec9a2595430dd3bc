// The escalation graph as a file: SVG for reports, PNG for chat.
#include "ui/escalation/EscalationGraphView.h"

#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace ic {

Result<void> EscalationGraphView::exportSvg(const QString &path)
{
    if (!m_laidOut)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The graph is not drawn yet; nothing was exported."));
    const QRectF source = scene()->sceneRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(m_policy.title);
    svg.setDescription(tr("Escalation policy %1, drawn by Incident Commander").arg(m_policy.title));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error::make(Error::Kind::General,
                           tr("%1 could not be written; nothing was exported. Choose another "
                              "folder.")
                               .arg(path));
    m_style.printing = true;
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), m_style.base);
    scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    m_style.printing = false;
    painter.end();
    if (QFileInfo(path).size() <= 0)
        return Error::make(Error::Kind::General,
                           tr("%1 could not be written; nothing was exported. Choose another "
                              "folder.")
                               .arg(path));
    return success();
}

Result<void> EscalationGraphView::exportPng(const QString &path)
{
    if (!m_laidOut)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The graph is not drawn yet; nothing was exported."));
    const QRectF source = scene()->sceneRect();
    constexpr qreal Scale = 2.0; // sharp on high-density screens and in documents
    QImage image((source.size() * Scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_style.base);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_style.printing = true;
        scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        m_style.printing = false;
    }
    if (!image.save(path, "PNG"))
        return Error::make(Error::Kind::General,
                           tr("%1 could not be written; nothing was exported. Choose another "
                              "folder.")
                               .arg(path));
    return success();
}

} // namespace ic

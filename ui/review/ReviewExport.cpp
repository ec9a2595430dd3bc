#include "ui/review/ReviewExport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ic::ReviewExport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ReviewExport)
};
} // namespace

bool render(const QString &markdown, const QString &header, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false; // e.g. the PDF file cannot be created
    const QRectF page = QRectF(0, 0, device.width(), device.height());
    const double headerHeight = device.logicalDpiY() * 0.45;
    const double footerHeight = device.logicalDpiY() * 0.40;

    QTextDocument doc;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    doc.setDefaultFont(body);
    // The document lays out in device units, so text stays text in the PDF.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    const QSizeF bodySize(page.width(), page.height() - headerHeight - footerHeight);
    doc.setPageSize(bodySize);
    const int pages = qMax(1, doc.pageCount());

    QFont small = body;
    small.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, page.width(), headerHeight * 0.7),
                         Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawLine(QPointF(0, headerHeight * 0.8), QPointF(page.width(), headerHeight * 0.8));
        painter.drawText(
            QRectF(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7),
            Qt::AlignRight | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(0, headerHeight - i * bodySize.height());
        const QRectF clip(0, i * bodySize.height(), bodySize.width(), bodySize.height());
        doc.drawContents(&painter, clip);
        painter.restore();
    }
    return painter.end();
}

Result<void> writePdf(const QString &markdown, const QString &incidentRef, const QString &title,
                      const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Tr::tr("%1 — Post-Incident Review").arg(incidentRef));
    writer.setCreator(QStringLiteral("Incident Commander"));
    // QPdfWriter reports a file it cannot create only through the painter.
    if (!render(markdown, Tr::tr("%1 — Post-Incident Review — %2").arg(incidentRef, title),
                writer)) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not write %1. Nothing was exported; check that the "
                                  "folder exists and you may write there.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    return success();
}

Result<void> writeMarkdown(const QString &markdown, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(markdown.toUtf8()) < 0 || !f.commit()) {
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not write %1 (%2). Nothing was exported.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return success();
}

} // namespace ic::ReviewExport

#include "ui/audit/AuditExportBar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

namespace ic {

namespace {
// These texts were first written for the audit view; they keep its
// translation context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::AuditView)
};
} // namespace

AuditExportBar::AuditExportBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exportBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_cancel = new QPushButton(Tr::tr("Cancel Export"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    layout->addWidget(new QLabel(Tr::tr("Exporting:"), this));
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    hide();
}

void AuditExportBar::setSource(const ConnectionSpec &spec)
{
    delete m_exporter;
    m_exporter = new AuditExporter(spec, this);
    connect(m_exporter, &AuditExporter::progress, this, [this](qint64 rows, qint64 expected) {
        m_progress->setRange(0, expected > 0 ? 1000 : 0);
        if (expected > 0)
            m_progress->setValue(int(qMin<qint64>(1000, rows * 1000 / expected)));
        m_progress->setFormat(Tr::tr("%1 rows").arg(QLocale().toString(rows)));
    });
    connect(m_exporter, &AuditExporter::finished, this,
            [this](qint64 rows, const QString &path, qint64 ms) {
                hide();
                emit done(Tr::tr("Exported %1 rows to %2 in %3 s.")
                              .arg(QLocale().toString(rows), QDir::toNativeSeparators(path),
                                   QLocale().toString(double(ms) / 1000.0, 'f', 1)));
            });
    connect(m_exporter, &AuditExporter::failed, this, [this](const Error &e) {
        hide();
        if (e.kind == Error::Kind::Cancelled)
            emit done(Tr::tr("The export was cancelled; no file was written."));
        else
            emit failed(e);
    });
    connect(m_cancel, &QPushButton::clicked, m_exporter, &AuditExporter::cancel);
}

QString AuditExportBar::chooseFile(AuditExporter::Format format)
{
    const bool csv = format == AuditExporter::Format::Csv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        this, csv ? Tr::tr("Export as CSV") : Tr::tr("Export as JSON Lines"),
        dir + (csv ? QStringLiteral("/audit-export.csv") : QStringLiteral("/audit-export.jsonl")),
        csv ? Tr::tr("CSV (*.csv)") : Tr::tr("JSON Lines (*.jsonl)"));
}

void AuditExportBar::started()
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    show();
}

void AuditExportBar::exportFilter(const CompiledFilter &filter, AuditExporter::Format format,
                                  const QString &path, qint64 expectedRows)
{
    if (!m_exporter)
        return;
    started();
    m_exporter->exportFilter(filter, format, path, expectedRows);
}

void AuditExportBar::exportQuery(const QString &sql, const QVariantList &params,
                                 AuditExporter::Format format, const QString &path,
                                 qint64 expectedRows)
{
    if (!m_exporter)
        return;
    started();
    m_exporter->exportQuery(sql, params, format, path, expectedRows);
}

} // namespace ic

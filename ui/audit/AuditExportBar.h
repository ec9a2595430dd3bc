#pragma once

#include "models/audit/AuditExporter.h"
#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace ic {

// Writing what the audit explorer shows to a file, on the exporter's own
// worker: the bar with its progress and Cancel while it runs, and the file
// dialog that starts it. Answers with done() (a sentence for the banner) or
// failed().
class AuditExportBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditExportBar(QWidget *parent = nullptr);

    // Where it reads: the audit source (a new exporter for each).
    void setSource(const ic::ConnectionSpec &spec);
    bool isReady() const { return m_exporter != nullptr; }

    // Asks where to write; empty when the person cancelled.
    QString chooseFile(AuditExporter::Format format);
    void exportFilter(const CompiledFilter &filter, AuditExporter::Format format,
                      const QString &path, qint64 expectedRows);
    void exportQuery(const QString &sql, const QVariantList &params, AuditExporter::Format format,
                     const QString &path, qint64 expectedRows);

signals:
    void done(const QString &message);
    void failed(const ic::Error &error);

private:
    void started();

    AuditExporter *m_exporter = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace ic

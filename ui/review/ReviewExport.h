#pragma once

#include "models/core/Result.h"

#include <QPagedPaintDevice>
#include <QString>

namespace ic::ReviewExport {

// Renders Markdown (GFM tables and task lists) page by page onto a PDF writer
// or printer, with the incident reference in every header and "page N of M"
// in every footer. The PDF keeps real text, so it is searchable.
// Returns false when painting could not start (the file cannot be created).
bool render(const QString &markdown, const QString &header, QPagedPaintDevice &device);

Result<void> writePdf(const QString &markdown, const QString &incidentRef, const QString &title,
                      const QString &path);
Result<void> writeMarkdown(const QString &markdown, const QString &path);

} // namespace ic::ReviewExport

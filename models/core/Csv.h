#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ic::Csv {

// Whether a spreadsheet opening the file would take this cell for a formula
// and run it: it begins with = + - @ tab or CR (OWASP's list). Plain numbers
// ("-12", "+3.5e2") are data, not formulas, and are left alone.
bool isFormulaLike(QByteArrayView utf8);

// Appends one CSV field (RFC 4180: quoted when it holds a comma, quote or
// line break, quotes doubled). A formula-like cell gets a leading ' so a
// spreadsheet shows it as text instead of running it.
void appendField(QByteArray &out, QByteArrayView utf8);

// One row as PostgreSQL's COPY ... (FORMAT csv) writes it, with every
// formula-like field rewritten as appendField() would; the row itself when
// none is.
QByteArray neutraliseRow(QByteArrayView row);
// The same without a copy when nothing changes: true and `rewritten` filled
// when some field was neutralised.
bool rewriteRow(QByteArrayView row, QByteArray *rewritten);

} // namespace ic::Csv

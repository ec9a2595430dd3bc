// libFuzzer target: the SQL text scanners, fed console text, runbook and
// investigation SQL: SqlConsole::checkReadOnly, AuditSql::forEngine,
// Db::toPgPlaceholders and SqlText (the quote-, comment- and dollar-quote-
// aware split and the "can it be enclosed" check the console export relies on).
#include "models/audit/AuditSql.h"
#include "models/audit/SqlConsoleModel.h"
#include "models/store/Database.h"
#include "models/store/SqlText.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (auto ro = ic::SqlConsole::checkReadOnly(sql); !ro && ro.error().message.isEmpty())
        __builtin_trap(); // every refusal says why

    // The spans cover the text, in order, without gaps.
    const ic::SqlText::Scan scan = ic::SqlText::scanPostgres(sql);
    qsizetype at = 0;
    int questionsInCode = 0;
    for (const ic::SqlText::Span &s : scan.spans) {
        if (s.begin != at || s.end <= s.begin)
            __builtin_trap();
        if (s.part == ic::SqlText::Part::Code)
            questionsInCode += int(QStringView(sql).mid(s.begin, s.end - s.begin).count(u'?'));
        at = s.end;
    }
    if (at != sql.size())
        __builtin_trap();

    // Exactly the code's ? become $1..$n, and both rewriters agree.
    int count = -1;
    const QString numbered = ic::SqlText::numberPlaceholders(sql, &count);
    if (count != questionsInCode)
        __builtin_trap();
    if (ic::AuditSql::forEngine(sql, ic::Db::Engine::Postgres) != numbered)
        __builtin_trap();
    if (QString::fromUtf8(ic::Db::toPgPlaceholders(sql)) != numbered)
        __builtin_trap();
    if (ic::AuditSql::forEngine(sql, ic::Db::Engine::Sqlite) != sql)
        __builtin_trap();

    // Text judged enclosable stays enclosed when wrapped the way the export
    // wraps it: the closing parenthesis is always ours.
    if (ic::SqlText::isEnclosable(sql)) {
        const QString wrapped = QStringLiteral("COPY (") + sql + QStringLiteral("\n) TO STDOUT");
        const ic::SqlText::Scan w = ic::SqlText::scanPostgres(wrapped);
        if (!w.complete)
            __builtin_trap();
        int depth = 0;
        qsizetype closedAt = -1;
        for (const ic::SqlText::Span &s : w.spans) {
            if (s.part != ic::SqlText::Part::Code)
                continue;
            for (qsizetype i = s.begin; i < s.end && closedAt < 0; ++i) {
                if (wrapped.at(i) == u'(')
                    ++depth;
                else if (wrapped.at(i) == u')' && --depth == 0)
                    closedAt = i;
            }
        }
        if (closedAt != wrapped.size() - qsizetype(sizeof(") TO STDOUT") - 1))
            __builtin_trap();
    }
    return 0;
}

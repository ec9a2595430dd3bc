// libFuzzer target: detection rule files (RuleFile::parse), the SQL scanner
// behind them, and the statement the runner builds from a parsed rule.
#include "models/detection/Rule.h"
#include "models/detection/RuleSql.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rule = ic::RuleFile::parse(bytes, QStringLiteral("fuzz"), QStringLiteral("fuzz.rule"));
    if (!rule) {
        // Every refusal says why, and what was not done.
        if (rule.error().message.isEmpty() ||
            !rule.error().message.contains(QLatin1String("The rule was not loaded")))
            __builtin_trap();
    } else {
        const ic::Rule &r = rule.value();
        if (r.name.isEmpty() || r.description.isEmpty() || r.sqliteSql.trimmed().isEmpty() ||
            r.postgresSql.trimmed().isEmpty() || r.scheduleSeconds < 60)
            __builtin_trap();
        for (auto engine : {ic::Db::Engine::Sqlite, ic::Db::Engine::Postgres}) {
            // What the runner executes scans cleanly, binds every placeholder
            // it uses, and writes back in as literals.
            const ic::RuleSql::Statement st = ic::RuleSql::build(r, engine, 10, 20);
            const ic::RuleSql::Scan scan = ic::RuleSql::scan(st.sql);
            if (!scan.error.isEmpty())
                __builtin_trap();
            for (const QString &name : scan.placeholders) {
                bool bound = false;
                for (const auto &b : st.binds)
                    bound = bound || b.first == name;
                if (!bound)
                    __builtin_trap();
            }
            (void)ic::RuleSql::inlined(st);
        }
    }
    // The scanner on its own, on any text: a clean scan scans the same again.
    const ic::RuleSql::Scan any = ic::RuleSql::scan(QString::fromUtf8(bytes));
    if (any.error.isEmpty() && ic::RuleSql::scan(any.sql).placeholders != any.placeholders)
        __builtin_trap();
    return 0;
}

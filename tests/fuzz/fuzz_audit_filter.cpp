// libFuzzer target: audit filters from outside (AuditFilter::fromVariant:
// runbook arguments, saved investigations, settings), validated and
// compiled for both engines. The input is a JSON object (the stored form),
// or else "key=value" lines (runbook arguments arrive as strings).
#include "models/audit/AuditFilter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QVariantMap map;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        map = doc.object().toVariantMap();
    } else {
        for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0)
                map.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    const ic::AuditFilter f = ic::AuditFilter::fromVariant(map);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    (void)f.summary();
    const auto problems = ic::AuditFilters::validate(f, now);
    for (const ic::FieldProblem &p : problems) {
        if (p.message.isEmpty())
            __builtin_trap(); // every problem says what is wrong
    }
    if (problems.isEmpty()) {
        for (const ic::Db::Engine engine : {ic::Db::Engine::Sqlite, ic::Db::Engine::Postgres}) {
            const ic::CompiledFilter c = ic::AuditFilters::compile(f, engine, now);
            // Values are bound, never pasted: one ? per value.
            if (c.where.count(QLatin1Char('?')) != c.params.size())
                __builtin_trap();
        }
    }
    // What it stores it reads back the same.
    if (ic::AuditFilter::fromVariant(f.toVariant()).toVariant() != f.toVariant())
        __builtin_trap();
    return 0;
}

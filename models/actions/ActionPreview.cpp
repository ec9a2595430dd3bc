#include "models/actions/ActionPreview.h"

#include "models/actions/SqlContainment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Actions)
};
} // namespace

QString ActionPreview::text() const
{
    QStringList lines;
    lines << Tr::tr("%1 via %2").arg(draft.label(), backendLabel(draft.backend));
    if (!subject.isEmpty())
        lines << Tr::tr("Subject: %1").arg(subject);
    if (count >= 0) {
        lines << Tr::tr("Objects that change: %1").arg(count);
        for (const QString &c : counts)
            lines << QStringLiteral("  • ") + c;
    } else {
        lines << Tr::tr("Objects that change: not known before sending (the platform's tables "
                        "cannot be read from this workspace).");
    }
    for (const QString &n : notes)
        lines << QStringLiteral("  ! ") + n;
    lines << QString() << technical;
    return lines.join(QLatin1Char('\n'));
}

ActionPreview ActionPreview::withReason(const QString &reason, const QString &actor,
                                        Db::Engine sqlEngine) const
{
    ActionPreview p = *this;
    p.draft.reason = reason;
    if (p.draft.backend == Backend::Api) {
        p.draft.body = ActionText::apiBody(p.draft, incidentRef, actor);
        p.technical = ActionText::apiRequest(p.draft);
    } else {
        p.technical = SqlContainment::describe(sqlEngine, p.draft, actor);
    }
    return p;
}

namespace ActionText {

QString apiPath(ActionKind kind, const QString &target)
{
    const ActionSpec &s = Actions::spec(kind);
    if (!s.pathTemplate.contains(QLatin1String("%1")))
        return s.pathTemplate;
    return s.pathTemplate.arg(QString::fromLatin1(QUrl::toPercentEncoding(target)));
}

QByteArray apiBody(const ActionRecord &a, const QString &incidentRef, const QString &actor)
{
    QJsonObject o{{QStringLiteral("reason"), a.reason},
                  {QStringLiteral("incident"), incidentRef},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("action_id"), a.id}};
    if (a.kind == ActionKind::BlockIp)
        o.insert(QStringLiteral("ip"), a.target);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString apiRequest(const ActionRecord &a)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2%3 HTTP/1.1").arg(a.method, a.endpoint, a.path);
    lines << QStringLiteral("Authorization: Bearer •••••• (%1)").arg(Tr::tr("from your keychain"));
    lines << QStringLiteral("Idempotency-Key: %1").arg(a.id);
    lines << QStringLiteral("Content-Type: application/json");
    lines << QString();
    lines << (a.body.isEmpty() ? Tr::tr("(the body is written when you give the reason)")
                               : QString::fromUtf8(a.body));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ActionText
} // namespace ic

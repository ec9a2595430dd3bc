#include "models/demo/DemoIncidents.h"

#include "models/incidents/IncidentRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace ic::DemoData {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::DemoData)
};

struct StoryStep
{
    qint64 offsetMin; // from detection
    std::function<IncidentPatch()> patch;
    QString actor;
};

} // namespace

Result<int> writeIncidents(QSqlDatabase &db, const World &w)
{
    const DemoPlants &p = w.plants;
    const QDateTime A = QDateTime::fromMSecsSinceEpoch(w.anchorMs, Qt::UTC);
    struct Story
    {
        qint64 detectedMinAgo;
        NewIncident draft;
        QList<StoryStep> steps;
        QStringList notes;
    };
    auto patchStatus = [](IncidentStatus s) {
        return [s] {
            IncidentPatch x;
            x.status = s;
            return x;
        };
    };
    auto patchCommander = [](QString who) {
        return [who] {
            IncidentPatch x;
            x.commander = who;
            return x;
        };
    };
    QList<Story> stories;
    {
        Story s{35, {}, {}, {}};
        s.draft.title = Tr::tr("Tenant Initech pulled over 1 MB of queries in under an hour");
        s.draft.summary =
            Tr::tr("Detection rule 'large query volume per tenant' fired: 280 wide "
                   "SELECTs on settlements from one Initech user since %1. Possible "
                   "database exfiltration (platform playbook, scenario 2).")
                .arg(A.addSecs(-50 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
        s.draft.severity = Severity::P0;
        s.draft.affectedTenants = {p.exfilTenantId};
        stories << s;
    }
    {
        Story s{145, {}, {}, {}};
        s.draft.title = Tr::tr("Session token reused after logout from a Tor exit node");
        s.draft.summary = Tr::tr("A Northwind Traders user's session was used 20 minutes after "
                                 "logout from %1, an address never seen for this user.")
                              .arg(p.compromisedNewIp);
        s.draft.severity = Severity::P1;
        s.draft.affectedUsers = {p.compromisedUserId};
        s.steps = {
            {6, patchCommander(QStringLiteral("alex.morgan")), QStringLiteral("alex.morgan")},
            {14, patchStatus(IncidentStatus::Containment), QStringLiteral("alex.morgan")}};
        s.notes = {Tr::tr("All tokens of the user revoked through the admin API; sessions logged "
                          "out.")};
        stories << s;
    }
    {
        Story s{290, {}, {}, {}};
        s.draft.title = Tr::tr("Burst of failed token validations against one Globex user");
        s.draft.summary = Tr::tr("60 signature mismatches in four minutes from 45.155.205.0/24.");
        s.draft.severity = Severity::P2;
        s.draft.affectedUsers = {p.failedValidationUserId};
        s.steps = {
            {25, patchCommander(QStringLiteral("sam.okafor")), QStringLiteral("sam.okafor")}};
        stories << s;
    }
    {
        Story s{20, {}, {}, {}};
        s.draft.title = Tr::tr("API key used from 40 different IPs in six hours");
        s.draft.summary = Tr::tr("A backend key of a Globex-era integration is in use from "
                                 "193.32.162.0/24. Suspected API key leak (platform playbook, "
                                 "scenario 1).");
        s.draft.severity = Severity::P1;
        s.draft.affectedApiKeys = {p.leakedApiKeyId};
        stories << s;
    }
    {
        Story s{465, {}, {}, {}};
        s.draft.title = Tr::tr("Umbrella Health admin escalated own role and exported 600,000 "
                               "records");
        s.draft.summary =
            Tr::tr("Self-granted superadmin, three denied privilege escalations, then "
                   "120 CSV exports of patient records (insider threat playbook).");
        s.draft.severity = Severity::P0;
        s.draft.affectedUsers = {p.insiderUserId};
        s.draft.affectedTenants = {QStringLiteral("ten_umbrella_health")};
        s.steps = {{3, patchCommander(QStringLiteral("priya.shah")), QStringLiteral("priya.shah")},
                   {9, patchStatus(IncidentStatus::Containment), QStringLiteral("priya.shah")}};
        s.notes = {Tr::tr("User suspended; legal informed. Evidence preservation started.")};
        stories << s;
    }
    {
        Story s{718, {}, {}, {}};
        s.draft.title = Tr::tr("Traffic spike from six IPs hitting /v1/settlements");
        s.draft.summary = Tr::tr("Rate limits triggered; 91.240.118.30-35 blocked at the edge.");
        s.draft.severity = Severity::P1;
        s.draft.affectedApiKeys = p.spikeApiKeys;
        s.steps = {{12, patchCommander(QStringLiteral("jordan.lee")), QStringLiteral("jordan.lee")},
                   {15, patchStatus(IncidentStatus::Containment), QStringLiteral("jordan.lee")},
                   {70, patchStatus(IncidentStatus::Recovery), QStringLiteral("jordan.lee")}};
        stories << s;
    }
    {
        Story s{4320, {}, {}, {}};
        s.draft.title = Tr::tr("Outdated OpenSSL in the billing worker image");
        s.draft.summary = Tr::tr("Dependency scan finding; image rebuilt and redeployed.");
        s.draft.severity = Severity::P3;
        s.steps = {{90, patchCommander(QStringLiteral("lee.kim")), QStringLiteral("lee.kim")},
                   {600, patchStatus(IncidentStatus::Closed), QStringLiteral("lee.kim")}};
        stories << s;
    }

    // Numbered in the order they were detected, as they would have been.
    std::stable_sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        return a.detectedMinAgo > b.detectedMinAgo;
    });
    int created = 0;
    for (Story &s : stories) {
        const QDateTime detected = A.addSecs(-s.detectedMinAgo * 60);
        s.draft.detectedAt = detected;
        auto inc = IncidentRepository(db, detected.addSecs(40))
                       .create(s.draft, QStringLiteral("detection"));
        if (!inc)
            return inc.error();
        Incident current = inc.value();
        for (const StoryStep &step : s.steps) {
            auto next = IncidentRepository(db, detected.addSecs(step.offsetMin * 60))
                            .update(current.id, current.version, step.patch(), step.actor);
            if (!next)
                return next.error();
            current = next.value();
        }
        for (const QString &note : s.notes) {
            auto n = IncidentRepository(db, detected.addSecs(20 * 60))
                         .addNote(current.id, current.commander, note);
            if (!n)
                return n.error();
        }
        ++created;
    }
    return created;
}

} // namespace ic::DemoData

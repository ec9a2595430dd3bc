#pragma once

#include "models/core/Result.h"
#include "models/incidents/Incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace ic {

struct SeverityLevel
{
    Severity level = Severity::P2;
    QString name;            // "Critical"
    QString description;     // "Active breach, data loss"
    QString examples;        // "Database breach, mass token theft"
    int responseMinutes = 0; // 0 = immediate
    QString responseText;    // as the team wrote it: "Immediate", "<1 hour"
};

// What P0–P3 mean for a team and how fast each must be answered. Both seed
// documents' policies ship as presets; a workspace may edit its own.
struct SeverityPolicy
{
    QString presetId; // "security-team", "platform" or "custom"
    std::array<SeverityLevel, 4> levels;

    const SeverityLevel &level(Severity s) const { return levels[size_t(s)]; }
    SeverityLevel &level(Severity s) { return levels[size_t(s)]; }
    QString label(Severity s) const; // "P1 High"

    Result<void> validate() const;

    // The presets' texts are stored in the source language and shown in the
    // reader's: translated() is the policy as shown (names, targets,
    // descriptions a preset wrote; a text someone typed stays as typed),
    // untranslated() as stored.
    SeverityPolicy translated() const;
    SeverityPolicy untranslated() const;

    // The presets, as shown (translated).
    static SeverityPolicy securityTeam(); // immediate, 1 h, 4 h, 24 h
    static SeverityPolicy platform();     // 5 min, 15 min, 1 h, 24 h
    static QList<SeverityPolicy> presets();
    static QString presetName(const QString &presetId);
};

// Where an incident stands against its severity's response target.
struct ResponseState
{
    enum class Kind {
        Running, // not yet acknowledged, time left
        Overdue, // not acknowledged, past the target
        Met,     // acknowledged within the target
        MetLate, // acknowledged after the target
        Closed,  // closed before anyone acknowledged it
    };
    Kind kind = Kind::Running;
    QDateTime due;          // UTC
    qint64 secondsLeft = 0; // negative when overdue

    QString text() const; // "12m 30s left", "OVERDUE 5m 02s", "Responded", "Responded late"
    bool isAlarming() const { return kind == Kind::Overdue; }
};

ResponseState responseState(const Incident &incident, const SeverityPolicy &policy,
                            const QDateTime &nowUtc);

} // namespace ic

Q_DECLARE_METATYPE(ic::SeverityPolicy)

#include "models/notify/RegulatoryClock.h"

#include "models/core/TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

enum class Answer { No, Yes, Unknown };

Answer answer(const std::optional<bool> &fact)
{
    if (!fact)
        return Answer::Unknown;
    return *fact ? Answer::Yes : Answer::No;
}
} // namespace

QDateTime ClockRule::dueFrom(const QDateTime &awareUtc, const QTimeZone &organisationZone) const
{
    if (!awareUtc.isValid() || amount <= 0)
        return {};
    if (unit == Unit::Hours)
        return awareUtc.toUTC().addSecs(qint64(amount) * 3600);
    const QTimeZone zone = organisationZone.isValid() ? organisationZone : QTimeZone::utc();
    return awareUtc.toTimeZone(zone).addDays(amount).toUTC();
}

QString ClockRule::limitText() const
{
    return unit == Unit::Hours ? Tr::tr("%n hour(s)", nullptr, amount)
                               : Tr::tr("%n calendar day(s)", nullptr, amount);
}

QString ClockRule::unitCode(Unit u)
{
    return u == Unit::Hours ? QStringLiteral("hours") : QStringLiteral("days");
}

std::optional<ClockRule::Unit> ClockRule::unitFromCode(const QString &code)
{
    if (code == QLatin1String("hours"))
        return Unit::Hours;
    if (code == QLatin1String("days"))
        return Unit::CalendarDays;
    return std::nullopt;
}

Result<void> ClockRule::validate() const
{
    auto refuse = [](const QString &why) {
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("%1 The clock rule was not saved.").arg(why));
    };
    static const QRegularExpression idPattern(QStringLiteral("\\A[a-z0-9][a-z0-9-]{0,63}\\z"));
    if (!idPattern.match(id).hasMatch())
        return refuse(Tr::tr("The rule id \"%1\" must be 1–64 lower-case letters, digits or "
                             "dashes.")
                          .arg(id.left(70)));
    if (name.trimmed().isEmpty())
        return refuse(Tr::tr("The rule needs a name."));
    for (const QString *s : {&name, &shortName, &audience, &templateId, &basis}) {
        if (s->contains(QChar(QChar::Null)) || s->size() > 2000)
            return refuse(Tr::tr("A text of the rule is too long or contains a NUL character."));
    }
    const int limit = unit == Unit::Hours ? 24 * 366 : 366;
    if (amount < 1 || amount > limit)
        return refuse(unit == Unit::Hours
                          ? Tr::tr("The deadline must be between 1 and %1 hours.").arg(limit)
                          : Tr::tr("The deadline must be between 1 and %1 days.").arg(limit));
    for (const QString &j : jurisdictions) {
        if (!Jurisdictions::isValidCode(j))
            return refuse(Tr::tr("\"%1\" is not a jurisdiction code (DE, US, US-CA, EU, EEA).")
                              .arg(j.left(40)));
    }
    if (!needsPersonalData && !needsPhi && !needsDataBreach && jurisdictions.isEmpty())
        return refuse(Tr::tr("Say when the rule applies: personal data, PHI, a data breach or "
                             "a jurisdiction."));
    return success();
}

QList<ClockRule> ClockRule::builtIns()
{
    QList<ClockRule> rules;
    ClockRule gdpr;
    gdpr.id = QStringLiteral("gdpr-art33");
    gdpr.name = Tr::tr("GDPR Art. 33 — supervisory authority");
    gdpr.shortName = Tr::tr("GDPR 72 h");
    gdpr.audience = Tr::tr("Supervisory authority");
    gdpr.needsPersonalData = true;
    gdpr.jurisdictions = {QStringLiteral("EEA")};
    gdpr.amount = 72;
    gdpr.unit = Unit::Hours;
    gdpr.templateId = QStringLiteral("gdpr-art33-authority");
    gdpr.basis = Tr::tr("GDPR Art. 33(1): without undue delay and, where feasible, not later than "
                        "72 hours after having become aware of a personal data breach; a later "
                        "notification is accompanied by reasons for the delay.");
    gdpr.builtIn = true;
    rules << gdpr;

    ClockRule hipaa;
    hipaa.id = QStringLiteral("hipaa-individuals");
    hipaa.name = Tr::tr("HIPAA §164.404 — affected individuals");
    hipaa.shortName = Tr::tr("HIPAA 60 d");
    hipaa.audience = Tr::tr("Affected individuals");
    hipaa.needsPhi = true;
    hipaa.jurisdictions = {QStringLiteral("US")};
    hipaa.amount = 60;
    hipaa.unit = Unit::CalendarDays;
    hipaa.templateId = QStringLiteral("hipaa-individuals");
    hipaa.basis = Tr::tr("45 CFR §164.404(b): without unreasonable delay and in no case later than "
                         "60 calendar days after discovery of a breach of unsecured PHI.");
    hipaa.builtIn = true;
    rules << hipaa;

    ClockRule soc2;
    soc2.id = QStringLiteral("soc2-customers");
    soc2.name = Tr::tr("SOC 2 — customer notice");
    soc2.shortName = Tr::tr("SOC 2 24 h");
    soc2.audience = Tr::tr("Affected customers");
    soc2.needsDataBreach = true;
    soc2.amount = 24;
    soc2.unit = Unit::Hours;
    soc2.templateId = QStringLiteral("soc2-customer-notice");
    soc2.basis = Tr::tr("The platform playbook's SOC 2 commitment: customers are told within 24 "
                        "hours of a data breach.");
    soc2.builtIn = true;
    rules << soc2;
    return rules;
}

QString ClockRule::customId(const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')) && !c.isMark())
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("rule");
    return (QStringLiteral("custom-") + slug).left(64);
}

qint64 ClockState::secondsLeft(const QDateTime &nowUtc) const
{
    return due.isValid() ? nowUtc.secsTo(due) : 0;
}

QString ClockState::dueText() const
{
    return due.isValid() ? TimeText::local(due) : QString();
}

ClockStatus ClockState::statusAt(const QDateTime &nowUtc) const
{
    if (status == ClockStatus::Open || status == ClockStatus::Overdue)
        return nowUtc <= due ? ClockStatus::Open : ClockStatus::Overdue;
    return status;
}

QString ClockState::statusText(const QDateTime &nowUtc) const
{
    switch (statusAt(nowUtc)) {
    case ClockStatus::NotRequired:
        return Tr::tr("Not required");
    case ClockStatus::Undetermined: {
        const QString q = openQuestions.join(QStringLiteral("; "));
        if (!due.isValid())
            return Tr::tr("Undetermined: answer %1").arg(q);
        const qint64 left = secondsLeft(nowUtc);
        return left >= 0 ? Tr::tr("Undetermined (%1 left if it applies): answer %2")
                               .arg(TimeText::duration(left), q)
                         : Tr::tr("Undetermined (overdue by %1 if it applies): answer %2")
                               .arg(TimeText::duration(left), q);
    }
    case ClockStatus::NotStarted:
        return Tr::tr("Not started: the became-aware time is not set (Details tab)");
    case ClockStatus::Open:
        return Tr::tr("Open: %1 left").arg(TimeText::duration(secondsLeft(nowUtc)));
    case ClockStatus::Overdue:
        return Tr::tr("Open, OVERDUE by %1").arg(TimeText::duration(secondsLeft(nowUtc)));
    case ClockStatus::SentOnTime:
        return Tr::tr("Sent on time, %1 by %2").arg(TimeText::local(sent->sentAt), sent->sentBy);
    case ClockStatus::SentLate:
        return Tr::tr("Sent LATE by %1, %2 by %3. Reasons: %4")
            .arg(TimeText::duration(due.secsTo(sent->sentAt)), TimeText::local(sent->sentAt),
                 sent->sentBy, sent->delayReasons);
    }
    return {};
}

namespace RegulatoryClocks {

QTimeZone zone(const QString &ianaId)
{
    if (ianaId.isEmpty() || ianaId == QLatin1String("UTC"))
        return QTimeZone::utc();
    QTimeZone z(ianaId.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QList<ClockState> evaluate(const QDateTime &awareUtc, const NotificationFacts &facts,
                           const QList<ClockRule> &rules, const QHash<QString, SentRecord> &sent,
                           const QTimeZone &organisationZone, const QDateTime &nowUtc)
{
    QList<ClockState> out;
    for (const ClockRule &rule : rules) {
        ClockState st;
        st.rule = rule;
        st.awareAt = awareUtc.isValid() ? awareUtc.toUTC() : QDateTime();
        st.due = rule.dueFrom(st.awareAt, organisationZone);

        // One "no" settles it; otherwise any unanswered question leaves it open.
        bool no = false;
        auto consider = [&](bool needed, Answer a, const QString &question) {
            if (!needed)
                return;
            if (a == Answer::No)
                no = true;
            else if (a == Answer::Unknown)
                st.openQuestions << question;
        };
        consider(rule.needsPersonalData, answer(facts.personalData),
                 Tr::tr("is personal data involved?"));
        consider(rule.needsPhi, answer(facts.phi),
                 Tr::tr("is protected health information involved?"));
        consider(rule.needsDataBreach, answer(facts.dataBreach),
                 Tr::tr("is this a customer data breach?"));
        if (!rule.jurisdictions.isEmpty()) {
            Answer a = Answer::Unknown;
            if (!facts.jurisdictions.isEmpty()) {
                a = std::any_of(rule.jurisdictions.begin(), rule.jurisdictions.end(),
                                [&](const QString &area) {
                                    return Jurisdictions::anyWithin(facts.jurisdictions, area);
                                })
                        ? Answer::Yes
                        : Answer::No;
            }
            consider(true, a,
                     Tr::tr("which jurisdictions are involved (%1)?")
                         .arg(rule.jurisdictions.join(QStringLiteral(", "))));
        }

        if (const auto it = sent.constFind(rule.id); it != sent.constEnd()) {
            st.sent = it.value();
            st.status = st.due.isValid() && it->sentAt > st.due ? ClockStatus::SentLate
                                                                : ClockStatus::SentOnTime;
        } else if (no) {
            st.status = ClockStatus::NotRequired;
            st.openQuestions.clear();
        } else if (!st.openQuestions.isEmpty()) {
            st.status = ClockStatus::Undetermined;
        } else if (!st.due.isValid()) {
            st.status = ClockStatus::NotStarted;
        } else {
            st.status = nowUtc <= st.due ? ClockStatus::Open : ClockStatus::Overdue;
        }
        out << st;
    }
    return out;
}

std::optional<IncidentDeadline> nearest(const QList<ClockState> &states)
{
    std::optional<IncidentDeadline> best;
    int running = 0;
    for (const ClockState &st : states) {
        const bool notStarted = st.status == ClockStatus::NotStarted ||
                                (st.status == ClockStatus::Undetermined && !st.due.isValid());
        if (!st.isRunning() && !notStarted)
            continue;
        IncidentDeadline d;
        d.due = st.due;
        d.ruleId = st.rule.id;
        d.ruleName = st.rule.shortName.isEmpty() ? st.rule.name : st.rule.shortName;
        d.conditional = st.status == ClockStatus::Undetermined;
        if (st.isRunning())
            ++running;
        // A running clock beats one not started; then the earlier due; then
        // one that surely applies over one that may.
        auto better = [](const IncidentDeadline &a, const IncidentDeadline &b) {
            if (a.due.isValid() != b.due.isValid())
                return a.due.isValid();
            if (a.due != b.due)
                return a.due < b.due;
            return !a.conditional && b.conditional;
        };
        if (!best || better(d, *best))
            best = d;
    }
    if (best)
        best->running = running;
    return best;
}

} // namespace RegulatoryClocks
} // namespace ic

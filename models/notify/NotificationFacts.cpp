#include "models/notify/NotificationFacts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <utility>

namespace ic {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

constexpr qsizetype MaxText = 20000;
constexpr qsizetype MaxItems = 200;

bool hasNul(const QString &s)
{
    return s.contains(QChar(QChar::Null));
}

Error refused(const QString &field, const QString &why)
{
    return Error::make(
        Error::Kind::InvalidInput,
        Tr::tr("%1: %2 Nothing was saved; correct it and save again.").arg(field, why));
}

Result<void> checkText(const QString &label, const QString &value)
{
    if (hasNul(value))
        return refused(label, Tr::tr("contains a NUL character (U+0000), which cannot be stored."));
    if (value.size() > MaxText)
        return refused(label, Tr::tr("is longer than %1 characters.").arg(MaxText));
    return success();
}

Result<void> checkList(const QString &label, const QStringList &values)
{
    if (values.size() > MaxItems)
        return refused(label, Tr::tr("has more than %1 entries.").arg(MaxItems));
    for (const QString &v : values) {
        if (auto r = checkText(label, v); !r)
            return r;
    }
    return success();
}

bool looksLikeEmail(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[^\\s@<>()\",;:\\\\]+@[^\\s@<>()\",;:\\\\]+\\.[^\\s@<>()\",;:\\\\]+$"));
    return re.match(s).hasMatch();
}

} // namespace

QString NotificationFacts::fieldLabel(const QString &column)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"personal_data", QT_TRANSLATE_NOOP("ic::Notify", "Personal data involved")},
        {"phi", QT_TRANSLATE_NOOP("ic::Notify", "Protected health information involved")},
        {"data_breach", QT_TRANSLATE_NOOP("ic::Notify", "Customer data breach")},
        {"jurisdictions", QT_TRANSLATE_NOOP("ic::Notify", "Jurisdictions")},
        {"people_affected", QT_TRANSLATE_NOOP("ic::Notify", "People affected")},
        {"records_affected", QT_TRANSLATE_NOOP("ic::Notify", "Records affected")},
        {"subject_categories", QT_TRANSLATE_NOOP("ic::Notify", "Categories of people affected")},
        {"data_categories", QT_TRANSLATE_NOOP("ic::Notify", "Data categories")},
        {"affected_systems", QT_TRANSLATE_NOOP("ic::Notify", "Affected systems")},
        {"breach_period", QT_TRANSLATE_NOOP("ic::Notify", "When the breach happened")},
        {"consequences", QT_TRANSLATE_NOOP("ic::Notify", "Likely consequences")},
        {"measures_taken", QT_TRANSLATE_NOOP("ic::Notify", "Measures taken")},
        {"measures_proposed", QT_TRANSLATE_NOOP("ic::Notify", "Measures proposed")},
        {"mitigation", QT_TRANSLATE_NOOP("ic::Notify", "Mitigation of adverse effects")},
        {"individual_steps", QT_TRANSLATE_NOOP("ic::Notify", "What affected people should do")},
        {"next_steps", QT_TRANSLATE_NOOP("ic::Notify", "Next steps")},
        {"delay_reasons", QT_TRANSLATE_NOOP("ic::Notify", "Reasons for delay")},
    };
    for (const auto &[key, label] : labels) {
        if (column == QLatin1String(key))
            return QCoreApplication::translate("ic::Notify", label);
    }
    return column;
}

Result<void> NotificationFacts::validate() const
{
    for (const QString &code : jurisdictions) {
        if (!Jurisdictions::isValidCode(code)) {
            return refused(fieldLabel(QStringLiteral("jurisdictions")),
                           Tr::tr("\"%1\" is not a jurisdiction code. Use country codes such as "
                                  "DE or US, subdivisions such as US-CA, or EU / EEA.")
                               .arg(code.left(40)));
        }
    }
    const std::pair<const char *, const QString *> texts[] = {
        {"people_affected", &peopleAffected}, {"records_affected", &recordsAffected},
        {"breach_period", &breachPeriod},     {"consequences", &consequences},
        {"measures_taken", &measuresTaken},   {"measures_proposed", &measuresProposed},
        {"mitigation", &mitigation},          {"individual_steps", &individualSteps},
        {"delay_reasons", &delayReasons},
    };
    for (const auto &[column, value] : texts) {
        if (auto r = checkText(fieldLabel(QLatin1String(column)), *value); !r)
            return r;
    }
    const std::pair<const char *, const QStringList *> lists[] = {
        {"jurisdictions", &jurisdictions},    {"subject_categories", &subjectCategories},
        {"data_categories", &dataCategories}, {"affected_systems", &affectedSystems},
        {"next_steps", &nextSteps},
    };
    for (const auto &[column, value] : lists) {
        if (auto r = checkList(fieldLabel(QLatin1String(column)), *value); !r)
            return r;
    }
    return success();
}

Result<void> OrganisationProfile::validate() const
{
    const std::pair<QString, const QString *> texts[] = {
        {Tr::tr("Organisation name"), &name},
        {Tr::tr("Contact point"), &contactName},
        {Tr::tr("Contact role"), &contactRole},
        {Tr::tr("Contact email"), &contactEmail},
        {Tr::tr("Contact phone"), &contactPhone},
        {Tr::tr("Security email"), &securityEmail},
        {Tr::tr("Toll-free number"), &tollFreePhone},
        {Tr::tr("Website"), &website},
        {Tr::tr("Postal address"), &postalAddress},
        {Tr::tr("Incident channel"), &chatChannel},
        {Tr::tr("Supervisory authority"), &authorityName},
        {Tr::tr("Authority email"), &authorityEmail},
    };
    for (const auto &[label, value] : texts) {
        if (auto r = checkText(label, *value); !r)
            return r;
    }
    const std::pair<QString, const QString *> emails[] = {
        {Tr::tr("Contact email"), &contactEmail},
        {Tr::tr("Security email"), &securityEmail},
        {Tr::tr("Authority email"), &authorityEmail},
    };
    for (const auto &[label, value] : emails) {
        if (!value->trimmed().isEmpty() && !looksLikeEmail(value->trimmed()))
            return refused(label, Tr::tr("\"%1\" is not an email address.").arg(value->left(80)));
    }
    if (!QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8())) {
        return refused(Tr::tr("Time zone"),
                       Tr::tr("\"%1\" is not a known time zone; use an IANA name such as "
                              "Europe/Berlin or America/New_York, or UTC.")
                           .arg(timeZone.left(80)));
    }
    return success();
}

namespace Jurisdictions {

namespace {
const QStringList &eeaMembers()
{
    // The 27 EU member states plus Iceland, Liechtenstein and Norway.
    static const QStringList codes = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GR"),
        QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"),
        QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("IS"),
        QStringLiteral("LI"), QStringLiteral("NO"), QStringLiteral("EL")};
    return codes;
}
} // namespace

QString normalized(const QString &code)
{
    return code.trimmed().toUpper();
}

bool isValidCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Z]{2,3}(-[A-Z0-9]{1,3})?\\z"));
    return re.match(normalized(code)).hasMatch();
}

bool within(const QString &code, const QString &area)
{
    const QString c = normalized(code);
    const QString a = normalized(area);
    if (c.isEmpty() || a.isEmpty())
        return false;
    if (c == a)
        return true;
    if (a == QLatin1String("EEA") || a == QLatin1String("EU")) {
        if (c == QLatin1String("EU") || c == QLatin1String("EEA"))
            return true;
        const QString country = c.section(QLatin1Char('-'), 0, 0);
        if (a == QLatin1String("EU") &&
            (country == QLatin1String("IS") || country == QLatin1String("LI") ||
             country == QLatin1String("NO")))
            return false;
        return eeaMembers().contains(country);
    }
    // A subdivision lies within its country: "US-CA" within "US".
    return c.startsWith(a + QLatin1Char('-'));
}

bool anyWithin(const QStringList &codes, const QString &area)
{
    for (const QString &c : codes) {
        if (within(c, area))
            return true;
    }
    return false;
}

} // namespace Jurisdictions
} // namespace ic

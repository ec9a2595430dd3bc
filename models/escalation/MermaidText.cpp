// The mermaid reader's text helpers: labels as people read them (entities
// decoded, tags and emphasis left out) and texts quoted for messages.
#include "models/escalation/MermaidText.h"

#include <QHash>
#include <QRegularExpression>

namespace ic::mermaid_detail {

namespace {

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("num"), QStringLiteral("#")},
        {QStringLiteral("semi"), QStringLiteral(";")},
        {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("lpar"), QStringLiteral("(")},
        {QStringLiteral("rpar"), QStringLiteral(")")},
        {QStringLiteral("lsqb"), QStringLiteral("[")},
        {QStringLiteral("rsqb"), QStringLiteral("]")},
        {QStringLiteral("lbrace"), QStringLiteral("{")},
        {QStringLiteral("rbrace"), QStringLiteral("}")},
        {QStringLiteral("verbar"), QStringLiteral("|")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("trade"), QStringLiteral("™")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")},
        {QStringLiteral("sect"), QStringLiteral("§")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("bull"), QStringLiteral("•")},
        {QStringLiteral("larr"), QStringLiteral("←")},
        {QStringLiteral("rarr"), QStringLiteral("→")},
        {QStringLiteral("uarr"), QStringLiteral("↑")},
        {QStringLiteral("darr"), QStringLiteral("↓")},
        {QStringLiteral("harr"), QStringLiteral("↔")},
        {QStringLiteral("hearts"), QStringLiteral("♥")},
        {QStringLiteral("check"), QStringLiteral("✓")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
    };
    if (name.startsWith(QLatin1Char('x')) || name.startsWith(QLatin1Char('X'))) {
        bool ok = false;
        const uint code = name.mid(1).toUInt(&ok, 16);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    bool ok = false;
    const uint code = name.toUInt(&ok, 10);
    if (ok) {
        if (code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    return named.value(name.toLower());
}

// "#quot;" (mermaid's own escapes) and "&quot;" (HTML) decoded.
QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char(';')))
        return text;
    static const QRegularExpression entity(QStringLiteral("[#&]#?([A-Za-z]{1,10}|\\d{1,7}|"
                                                          "[xX][0-9A-Fa-f]{1,6});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString decoded = decodeEntity(m.captured(1));
        if (decoded.isEmpty())
            continue;
        out += text.mid(last, m.capturedStart(0) - last) + decoded;
        last = m.capturedEnd(0);
    }
    return out + text.mid(last);
}

} // namespace

QString quoted(const QString &s)
{
    constexpr int Max = 40;
    QString t = s;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t = t.trimmed();
    if (t.size() > Max)
        t = t.left(Max) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(t);
}

QString cleanLabel(const QString &raw, bool markdown)
{
    QString t = raw;
    if (markdown) {
        t.remove(QStringLiteral("**"));
        t.remove(QStringLiteral("__"));
        t.remove(QLatin1Char('*'));
    } else {
        t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"),
                                       QRegularExpression::CaseInsensitiveOption);
    t.replace(br, QStringLiteral("\n"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]{0,15}"
                                                       "(?:\\s[^<>]{0,200})?/?>"));
    t.remove(tag);
    static const QRegularExpression icon(QStringLiteral("\\bfa[bsrl]?:fa-[a-z0-9-]+\\s?"));
    t.remove(icon);
    t = decodeEntities(t);
    QStringList lines = t.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.simplified();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0) ||
           c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

} // namespace ic::mermaid_detail

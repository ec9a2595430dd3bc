// The mermaid reader's preparation: front matter, %%{init}%% directives,
// comment lines and lines too long to read blanked before scanning.
#include "models/escalation/MermaidText.h"

#include <QRegularExpression>

namespace ic::mermaid_detail {

namespace {

void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\n'))
            text[i] = QLatin1Char(' ');
    }
}

} // namespace

Prepared prepare(const QString &input)
{
    Prepared p;
    p.text = input;
    p.text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString &t = p.text;

    // Line starts.
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('\n'))
            starts.append(i + 1);
    }
    auto lineText = [&](int l) {
        const qsizetype s = starts[l];
        const qsizetype e = l + 1 < starts.size() ? starts[l + 1] - 1 : t.size();
        return QStringView(t).mid(s, e - s);
    };
    const int lineCount = int(starts.size());

    // Directives: %%{ ... }%%, possibly over several lines.
    for (qsizetype at = t.indexOf(QLatin1String("%%{")); at >= 0;
         at = t.indexOf(QLatin1String("%%{"), at)) {
        const qsizetype end = t.indexOf(QLatin1String("}%%"), at + 3);
        const qsizetype stop = end < 0 ? t.size() : end + 3;
        blank(t, at, stop);
        at = stop;
    }

    // Comment lines, and lines too long to read.
    for (int l = 0; l < lineCount; ++l) {
        const QStringView line = lineText(l);
        if (line.size() > MermaidReader::MaxLineLength) {
            p.longLines.append(l);
            blank(t, starts[l], starts[l] + line.size());
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("%%")))
            blank(t, starts[l], starts[l] + line.size());
    }
    // Front matter: "---" first, up to the next "---".
    int first = 0;
    while (first < lineCount && lineText(first).trimmed().isEmpty())
        ++first;
    if (first < lineCount && lineText(first).trimmed() == QLatin1String("---")) {
        for (int l = first + 1; l < lineCount && l < first + 500; ++l) {
            if (lineText(l).trimmed() == QLatin1String("---")) {
                static const QRegularExpression title(QStringLiteral("^title\\s*:\\s*(.*?)\\s*$"));
                for (int k = first + 1; k < l; ++k) {
                    const auto m = title.match(lineText(k).toString());
                    if (m.hasMatch()) {
                        QString v = m.captured(1);
                        if (v.size() >= 2 &&
                            (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')) &&
                            v.back() == v.front())
                            v = v.mid(1, v.size() - 2);
                        p.title = cleanLabel(v, false);
                    }
                }
                const qsizetype end = l + 1 < lineCount ? starts[l + 1] : t.size();
                blank(t, starts[first], end);
                break;
            }
        }
    }

    return p;
}

} // namespace ic::mermaid_detail

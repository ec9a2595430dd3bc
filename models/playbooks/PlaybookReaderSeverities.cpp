// The runbook reader's indicators and severity levels: signs sections read
// as the indicators of their playbook, and severity tables (Markdown or HTML)
// and headings with response times read as the workspace's levels.
#include "models/playbooks/PlaybookReaderDetail.h"

#include "models/playbooks/StepReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ic::PlaybookReader::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::PlaybookReader)
};

// A simple HTML table: rows of cell texts, the first row the header.
QList<QStringList> htmlTableRows(const QString &html)
{
    QList<QStringList> rows;
    static const QRegularExpression row(QStringLiteral("<tr\\b[^>]*>(.*?)</tr>"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(QStringLiteral("<t[hd]\\b[^>]*>(.*?)</t[hd]>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    for (auto r = row.globalMatch(html); r.hasNext() && rows.size() < 200;) {
        const QString inner = r.next().captured(1);
        QStringList cells;
        for (auto c = cell.globalMatch(inner); c.hasNext() && cells.size() < 50;)
            cells << Markdown::htmlText(c.next().captured(1));
        if (!cells.isEmpty())
            rows << cells;
    }
    return rows;
}

} // namespace

void Reader::readIndicators(QHash<int, int> &playbookOf)
{
    for (int i = 1; i < m_sections.size(); ++i) {
        if (!m_info[i].indicator)
            continue;
        int owner = -1;
        for (int p = i; p >= 0; p = m_sections[p].parent) {
            if (playbookOf.contains(p)) {
                owner = playbookOf.value(p);
                break;
            }
        }
        if (owner < 0)
            continue;
        QStringList &out = m_file.playbooks[owner].indicators;
        for (int s : subtree(i, true)) {
            for (const Block *b : m_sections[s].blocks) {
                if (m_used.contains(b))
                    continue;
                if (b->type == Block::Type::List) {
                    out += StepReader::listTexts(*b, m_used);
                    keep(b->startLine, Tr::tr("a list of signs in %1, read as the indicators of "
                                              "“%2”.")
                                           .arg(sectionName(s), m_file.playbooks[owner].name));
                } else if (b->type == Block::Type::Paragraph) {
                    const auto labelled = Outline::labelledText(*b);
                    if (labelled && Outline::labelRole(labelled->first) == Role::Indicators) {
                        static const QRegularExpression separators(QStringLiteral("[;,]"));
                        for (const QString &part : labelled->second.split(separators))
                            if (!part.trimmed().isEmpty())
                                out.append(part.trimmed());
                        m_used.insert(b);
                    }
                }
            }
        }
        out.removeDuplicates();
    }
}

void Reader::readSeverities()
{
    auto add = [this](QString level, QString name, const QString &response, int line) {
        SeverityEntry e;
        e.level = std::move(level);
        e.name = std::move(name);
        e.line = line;
        e.response = Deadline::parse(response);
        if (!e.response.isKnown()) {
            if (auto d = Deadline::find(response))
                e.response = *d;
        }
        m_file.severities.append(e);
    };
    auto fromRows = [&](const QList<QStringList> &rows, const QList<int> &lines) {
        if (rows.isEmpty())
            return false;
        const QStringList &header = rows.first();
        int levelCol = -1, responseCol = -1;
        for (int c = 0; c < header.size(); ++c) {
            const auto kind = Outline::columnKind(header[c]);
            if (kind == Outline::Column::Level && levelCol < 0)
                levelCol = c;
            if (kind == Outline::Column::Response && responseCol < 0)
                responseCol = c;
        }
        if (levelCol < 0 || responseCol < 0)
            return false;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows[r];
            if (row.size() <= qMax(levelCol, responseCol))
                continue;
            const QString cell = row[levelCol];
            const auto sev = Outline::severityTitle(cell);
            if (!sev && cell.size() > 40)
                continue; // a note spanning the table, not a level
            add(sev ? sev->first : cell.trimmed(), sev ? sev->second : QString(), row[responseCol],
                lines.value(r));
        }
        return true;
    };
    for (int s = 0; s < m_sections.size(); ++s) {
        // Tables (Markdown or HTML) with a level and a response-time column.
        for (const Block *b : m_sections[s].blocks) {
            if (m_used.contains(b))
                continue;
            QList<QStringList> rows;
            QList<int> lines;
            if (b->type == Block::Type::Table) {
                for (const Block &row : b->children) {
                    QStringList cells;
                    for (const Block &cell : row.children)
                        cells << cell.text;
                    rows << cells;
                    lines << row.startLine;
                }
            } else if (b->type == Block::Type::HtmlBlock &&
                       b->html.contains(QLatin1String("<table"), Qt::CaseInsensitive)) {
                rows = htmlTableRows(b->html);
                for (int r = 0; r < rows.size(); ++r)
                    lines << b->startLine;
            } else {
                continue;
            }
            if (fromRows(rows, lines)) {
                m_used.insert(b);
                keep(b->startLine, Tr::tr("a table of severity levels in %1, read as severity "
                                          "levels.")
                                       .arg(sectionName(s)));
            }
        }
        // "### P0 - Critical" with "- **Response Time**: Immediate (< 5 minutes)".
        if (s == 0 || !m_info[s].severity)
            continue;
        for (int sub : subtree(s, true)) {
            for (const Block *b : m_sections[sub].blocks) {
                QList<const Block *> paragraphs;
                if (b->type == Block::Type::Paragraph)
                    paragraphs.append(b);
                if (b->type == Block::Type::List) {
                    for (const Block &item : b->children) {
                        if (!item.children.isEmpty() &&
                            item.children.first().type == Block::Type::Paragraph)
                            paragraphs.append(&item.children.first());
                    }
                }
                for (const Block *p : std::as_const(paragraphs)) {
                    const auto labelled = Outline::labelledText(*p);
                    if (!labelled || Outline::labelRole(labelled->first) != Role::Response)
                        continue;
                    add(m_info[s].severity->first, m_info[s].severity->second, labelled->second,
                        p->startLine);
                    if (!m_used.contains(b))
                        keep(b->startLine, Tr::tr("the response time of %1, read as a severity "
                                                  "level.")
                                               .arg(sectionName(s)));
                    m_used.insert(b);
                }
            }
        }
    }
}

} // namespace ic::PlaybookReader::detail

#pragma once

// The mermaid reader itself (private to models/escalation): its state and
// the steps it reads a diagram in. The steps are defined by stage:
// MermaidLexer.cpp (messages, scanning), MermaidStatements.cpp (the run,
// the header, statements), MermaidSubgraphs.cpp, MermaidNodes.cpp and
// MermaidLinks.cpp.
#include "models/escalation/Mermaid.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class QRegularExpression;

namespace ic::mermaid_detail {

// --- the reader -------------------------------------------------------------

struct Link
{
    bool invisible = false;
    EdgeStroke stroke = EdgeStroke::Normal;
    EdgeEnd head = EdgeEnd::Arrow;
    EdgeEnd tail = EdgeEnd::None;
    int length = 1;
    QString label;
    QString id;
};

struct OpenSubgraph
{
    int index = 0; // into chart.subgraphs
    QStringList mentioned;
};

class Reader
{
public:
    explicit Reader(int firstLine) : m_firstLine(firstLine) {}

    MermaidResult run(const QString &input);

private:
    // --- messages ---

    void error(const QString &message);
    void errorAt(qsizetype pos, const QString &message);
    void warnAt(qsizetype pos, const QString &message);
    int lineOf(qsizetype pos) const;
    int columnOf(qsizetype pos) const;

    // --- scanning ---

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    bool at(QLatin1StringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }
    void skipSpaces();
    void skipBlankLines();
    bool atStatementEnd() const
    {
        return atEnd() || peek() == QLatin1Char('\n') || peek() == QLatin1Char(';');
    }
    // What is left of the line, for messages.
    QString restOfLine() const;
    // After an error: on to the next line or ";" outside quotes.
    void recover();
    // The rest of a statement whose content is not drawn (style, click...).
    void skipStatement();
    QString word() const;
    bool keywordEnds(qsizetype after) const;
    static bool idChar(QChar c);
    bool linkStartsHere(qsizetype p) const;
    // A quoted string at m_pos ("text" or "`markdown`"); m_pos after it.
    std::optional<QString> quotedString(bool *markdown);

    // --- header and statements ---

    bool header();
    bool statement();
    bool expectStatementEnd();
    bool classStatement(qsizetype start);

    // --- subgraphs ---

    bool subgraphStart(qsizetype start);
    void closeSubgraph(int endLine);
    // Links written to or from a subgraph reach the nodes inside it: those
    // nothing inside leads to (entries) or that lead nowhere inside (exits).
    void resolveSubgraphEndpoints();

    // --- nodes ---

    bool nodeGroup(QStringList &out);
    // One node: an id, then its shape and label, shape data and class.
    // `isNode` false: the id named an edge ("e1@{ animate: true }").
    bool node(QString *id, bool *isNode);
    // The bracket form after an id: which shape, and its text.
    bool shapeAndLabel(const QString &id, QString *shape, std::optional<QString> *label);
    // "@{ shape: diamond, label: "text" }", possibly over several lines.
    bool shapeData(QHash<QString, QString> *out);
    bool defineNode(const QString &id, const std::optional<QString> &label, const QString &shape,
                    qsizetype pos);

    // --- links ---

    bool vertexStatement();
    // A link at m_pos: its stroke, ends, length and label.
    bool parseLink(Link &l);
    // The text of "-- text -->", "== text ==>", "-. text .->" up to its end.
    bool textLink(Link &l, const QRegularExpression &end, qsizetype linkStart);
    bool addEdge(const QString &from, const QString &to, const Link &link, qsizetype pos);

    MermaidResult m_result;
    QHash<QString, int> m_index;
    QHash<QString, int> m_definedOn;
    QSet<QString> m_edgeIds;
    QList<OpenSubgraph> m_open;
    QList<qsizetype> m_lineStarts;
    QString m_text;
    qsizetype m_pos = 0;
    int m_firstLine;
    int m_line = 0;
    int m_headerLine = 0;
    bool m_stop = false;
};

} // namespace ic::mermaid_detail

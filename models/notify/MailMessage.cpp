#include "models/notify/MailMessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>

namespace ic::Mail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

const char *const Days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isPlainAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !s.contains(QLatin1String("=?"));
}

// Splits UTF-8 into pieces of at most `maxBytes`, never inside a character.
QList<QByteArray> utf8Pieces(const QString &text, int maxBytes)
{
    QList<QByteArray> pieces;
    QByteArray current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch += text.at(++i);
        const QByteArray bytes = ch.toUtf8();
        if (current.size() + bytes.size() > maxBytes && !current.isEmpty()) {
            pieces << current;
            current.clear();
        }
        current += bytes;
    }
    if (!current.isEmpty())
        pieces << current;
    return pieces;
}

// A display name as a quoted string, or encoded words when it is not ASCII.
QByteArray displayName(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return {};
    if (!isPlainAscii(n))
        return encodeHeaderText(n, 40);
    QByteArray q = n.toLatin1();
    q.replace('\\', "\\\\");
    q.replace('"', "\\\"");
    return '"' + q + '"';
}

QByteArray addressField(const MailAddress &a)
{
    const QByteArray name = displayName(a.name);
    const QByteArray addr = a.address.toLatin1();
    return name.isEmpty() ? addr : name + " <" + addr + '>';
}

QByteArray addressListField(const QList<MailAddress> &list)
{
    QByteArray out;
    for (const MailAddress &a : list) {
        if (!out.isEmpty())
            out += ",\r\n ";
        out += addressField(a);
    }
    return out;
}

// Header text that is ASCII but long: folded at spaces.
QByteArray foldAscii(const QString &text, int firstLineRoom)
{
    const QStringList words = text.split(QLatin1Char(' '));
    QByteArray out;
    int room = firstLineRoom;
    int lineLength = 0;
    for (const QString &w : words) {
        const QByteArray word = w.toLatin1();
        if (lineLength > 0 && lineLength + 1 + word.size() > room) {
            out += "\r\n";
            lineLength = 0;
            room = 76;
        }
        if (lineLength > 0 || !out.isEmpty()) {
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += int(word.size());
    }
    return out;
}

void expandLinks(cmark_node *root)
{
    cmark_iter *iter = cmark_iter_new(root);
    QList<cmark_node *> links;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LINK)
            links << node;
    }
    cmark_iter_free(iter);
    for (cmark_node *link : links) {
        const char *url = cmark_node_get_url(link);
        if (!url || !*url)
            continue;
        // The visible text, to leave out the URL when it says the same.
        QString visible;
        for (cmark_node *c = cmark_node_first_child(link); c; c = cmark_node_next(c)) {
            if (const char *lit = cmark_node_get_literal(c))
                visible += QString::fromUtf8(lit);
        }
        if (visible == QString::fromUtf8(url))
            continue;
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        const QByteArray suffix = " (" + QByteArray(url) + ')';
        cmark_node_set_literal(text, suffix.constData());
        cmark_node_insert_after(link, text);
    }
}

} // namespace

bool isAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

Result<QList<MailAddress>> parseAddressList(const QString &text)
{
    QList<MailAddress> out;
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    static const QRegularExpression named(QStringLiteral("^(.*)<([^<>]*)>$"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        MailAddress a;
        if (const auto m = named.match(item); m.hasMatch()) {
            a.name = m.captured(1).trimmed();
            if (a.name.size() >= 2 && a.name.startsWith(QLatin1Char('"')) &&
                a.name.endsWith(QLatin1Char('"')))
                a.name = a.name.mid(1, a.name.size() - 2);
            a.address = m.captured(2).trimmed();
        } else {
            a.address = item;
        }
        if (!isAddress(a.address)) {
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not an email address (write name@example.org or "
                                      "Name <name@example.org>, separated by commas).")
                                   .arg(item.left(80)));
        }
        if (a.name.contains(QChar(QChar::Null)) || a.name.size() > 200)
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("The name before <%1> is too long or contains a NUL "
                                      "character.")
                                   .arg(a.address));
        out << a;
    }
    return out;
}

QString formatAddressList(const QList<MailAddress> &list)
{
    QStringList parts;
    for (const MailAddress &a : list)
        parts << (a.name.isEmpty() ? a.address : QStringLiteral("%1 <%2>").arg(a.name, a.address));
    return parts.join(QStringLiteral(", "));
}

QByteArray encodeHeaderText(const QString &text, int firstLineRoom)
{
    const QString t = text.simplified();
    // ASCII folds at spaces; a word too long for a line is encoded instead.
    const QStringList words = t.split(QLatin1Char(' '));
    const bool foldable =
        std::all_of(words.begin(), words.end(), [](const QString &w) { return w.size() <= 60; });
    if (isPlainAscii(t) && foldable)
        return foldAscii(t, firstLineRoom);
    // "=?UTF-8?B?" + base64 + "?=" is 12 + 4/3 of the bytes. The first word
    // shares its line with the header name; 39 bytes make a 64-character
    // word (RFC 2047 allows 75, RFC 5322 lines should stay within 78).
    QByteArray out;
    const int firstBytes = qBound(6, (firstLineRoom - 12) / 4 * 3, 39);
    QList<QByteArray> pieces = utf8Pieces(t, 39);
    if (!pieces.isEmpty() && pieces.first().size() > firstBytes) {
        // Re-split so the first word fits beside the header name.
        const QList<QByteArray> head = utf8Pieces(QString::fromUtf8(pieces.first()), firstBytes);
        pieces.removeFirst();
        for (qsizetype i = head.size() - 1; i >= 0; --i)
            pieces.prepend(head.at(i));
    }
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + pieces.at(i).toBase64() + "?=";
    }
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!normalized.endsWith(QLatin1Char('\n')))
        normalized += QLatin1Char('\n');
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype l = 0; l + 1 < lines.size(); ++l) { // the last piece is after the final \n
        const QByteArray &line = lines.at(l);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar b = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            // "From " at a line start is mangled by mbox tools; '.' alone by SMTP.
            const bool guard = i == 0 && ((b == 'F' && line.startsWith("From ")) ||
                                          (b == '.' && line.size() == 1));
            QByteArray piece;
            if (b == '=' || (b < 32 && b != '\t') || b > 126 || guard ||
                (last && (b == ' ' || b == '\t')))
                piece = '=' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
            else
                piece = QByteArray(1, char(b));
            if (current.size() + piece.size() > 75) { // leave room for the soft break '='
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current + "\r\n";
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime &utc)
{
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    return QByteArray(Days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' +
           Months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' ' +
           t.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

Result<QByteArray> toEml(const MailMessage &m)
{
    if (!isAddress(m.from.address))
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The sender \"%1\" is not an email address. Set the security "
                                  "email in the organisation profile. Nothing was exported.")
                               .arg(m.from.address.left(80)));
    if (m.to.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The notification has no recipient. Fill in \"To\". Nothing was "
                                  "exported."));
    for (const MailAddress &a : m.to) {
        if (!isAddress(a.address))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not an email address. Nothing was exported.")
                                   .arg(a.address.left(80)));
    }
    if (!m.date.isValid())
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The message has no date. Nothing was exported."));
    QString id = m.messageId;
    if (id.isEmpty()) {
        const QString domain = m.from.address.section(QLatin1Char('@'), 1);
        id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
    }
    static const QRegularExpression idPattern(QStringLiteral("\\A[!-;=?-~]+@[!-;=?-~]+\\z"));
    if (!idPattern.match(id).hasMatch() || id.contains(QLatin1Char('<')))
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("\"%1\" is not a valid Message-ID. Nothing was exported.").arg(id));

    QByteArray out;
    auto header = [&out](const char *name, const QByteArray &value) {
        out += QByteArray(name) + ": " + value + "\r\n";
    };
    header("From", addressField(m.from));
    header("To", addressListField(m.to));
    header("Subject", encodeHeaderText(m.subject));
    header("Date", rfc5322Date(m.date));
    header("Message-ID", '<' + id.toLatin1() + '>');
    if (!m.incidentRef.isEmpty())
        header("X-Incident-Ref", encodeHeaderText(m.incidentRef, 60));
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    out += "\r\n";
    out += quotedPrintable(m.body);
    return out;
}

Result<QUrl> mailtoUrl(const QList<MailAddress> &to, const QString &subject, const QString &body,
                       int maxLength)
{
    QStringList addresses;
    for (const MailAddress &a : to) {
        if (!isAddress(a.address))
            return Error::make(Error::Kind::InvalidInput,
                               Tr::tr("\"%1\" is not an email address. Nothing was opened.")
                                   .arg(a.address.left(80)));
        addresses << a.address;
    }
    QString crlfBody = body;
    crlfBody.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlfBody.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray encoded =
        "mailto:" + QUrl::toPercentEncoding(addresses.join(QLatin1Char(',')), "@,");
    encoded += "?subject=" + QUrl::toPercentEncoding(subject.simplified());
    encoded += "&body=" + QUrl::toPercentEncoding(crlfBody);
    if (encoded.size() > maxLength)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("The notification is too long for a mail link (%1 characters; "
                                  "mail programs reliably take %2). Nothing was opened: export it "
                                  "as .eml or copy it into your mail program instead.")
                               .arg(encoded.size())
                               .arg(maxLength));
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    if (!url.isValid())
        return Error::make(
            Error::Kind::General,
            Tr::tr("Could not build a mail link (%1). Nothing was opened.").arg(url.errorString()));
    return url;
}

QString plainText(const QString &markdown)
{
    const QByteArray in = markdown.toUtf8();
    cmark_node *doc = cmark_parse_document(in.constData(), size_t(in.size()), CMARK_OPT_DEFAULT);
    if (!doc)
        return markdown;
    expandLinks(doc);
    char *text = cmark_render_plaintext(doc, CMARK_OPT_DEFAULT, 0);
    const QString out = text ? QString::fromUtf8(text) : markdown;
    free(text);
    cmark_node_free(doc);
    return out;
}

} // namespace ic::Mail

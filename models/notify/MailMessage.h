#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace ic {

struct MailAddress
{
    QString name; // display name, may be empty
    QString address;

    bool operator==(const MailAddress &) const = default;
};

// A notification as an email: what the .eml export and the mail link carry.
struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QString subject;
    QString body;        // plain text
    QDateTime date;      // UTC
    QString messageId;   // without <>; made up from the sender's domain when empty
    QString incidentRef; // becomes an X-Incident-Ref header
};

// RFC 5322 / MIME messages (UTF-8, encoded-word headers, quoted-printable
// body, CRLF) and RFC 6068 mailto links, written by hand: Qt has no MIME
// writer and Debian's C MIME libraries (GMime) would bring GLib for 150
// lines; an independent parser (Python's email package) checks the output.
namespace Mail {

// "a@example.org, Dana Scully <dana@example.org>; b@example.org". Refuses
// anything that is not an address, with which one and why (the caller adds
// what was not done).
Result<QList<MailAddress>> parseAddressList(const QString &text);
bool isAddress(const QString &address);
QString formatAddressList(const QList<MailAddress> &list); // for people and mailto

// The complete message, CRLF line ends, ready to save as .eml.
Result<QByteArray> toEml(const MailMessage &message);

// RFC 2047 encoded words ("=?UTF-8?B?…?="), each at most 75 characters,
// never splitting a character, joined by folding whitespace. Plain ASCII
// text is returned as is.
QByteArray encodeHeaderText(const QString &text, int firstLineRoom = 66);
QByteArray quotedPrintable(const QString &text); // lines of at most 76, CRLF
QByteArray rfc5322Date(const QDateTime &utc);

// A mailto: link, or an error when it would be longer than `maxLength`
// characters (what mail clients and desktops reliably pass on).
constexpr int MailtoMaxLength = 2000;
Result<QUrl> mailtoUrl(const QList<MailAddress> &to, const QString &subject, const QString &body,
                       int maxLength = MailtoMaxLength);

// The draft's Markdown as plain text for mail bodies (cmark-gfm), with link
// targets kept: "the portal (https://…)".
QString plainText(const QString &markdown);

} // namespace Mail
} // namespace ic

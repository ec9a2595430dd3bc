// The .eml export read back by an independent parser (Python's email
// package, policy "default", which flags every defect it sees), mail links
// read back by Python's urllib, plain text for mail bodies, and line diffs.
#include "models/notify/MailMessage.h"
#include "models/notify/TextDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ic;

namespace {

const char *const ParseEml = R"PY(
import email, email.policy, email.utils, json, sys
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
defects = [type(d).__name__ for part in msg.walk() for d in part.defects]
for name in ('From', 'To', 'Subject'):
    h = msg[name]
    if h is not None:
        defects += [type(d).__name__ for d in h.defects]
print(json.dumps({
    'from': [[a.display_name, a.addr_spec] for a in msg['From'].addresses],
    'to': [[a.display_name, a.addr_spec] for a in msg['To'].addresses],
    'subject': str(msg['Subject']),
    'date': email.utils.parsedate_to_datetime(msg['Date']).isoformat(),
    'message_id': msg['Message-ID'],
    'mime_version': msg['MIME-Version'],
    'content_type': msg.get_content_type(),
    'charset': msg.get_content_charset(),
    'transfer_encoding': msg['Content-Transfer-Encoding'],
    'incident': str(msg['X-Incident-Ref']),
    # The wire form has CRLF line ends; mail programs show them as lines.
    'body': msg.get_content().replace('\r\n', '\n'),
    'bare_lf': b'\n' in raw.replace(b'\r\n', b''),
    'defects': defects,
}))
)PY";

const char *const ParseMailto = R"PY(
import json, sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
q = urllib.parse.parse_qs(u.query, keep_blank_values=True)
print(json.dumps({'scheme': u.scheme, 'to': urllib.parse.unquote(u.path),
                  'subject': q['subject'][0], 'body': q['body'][0]}))
)PY";

QJsonObject python(const char *script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning().noquote() << QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

MailMessage message(const QString &subject, const QString &body)
{
    MailMessage m;
    m.from = {QStringLiteral("Settler Security Team"), QStringLiteral("security@settler.io")};
    m.to = {{QString(), QStringLiteral("mailbox@datenschutz-berlin.de")},
            {QStringLiteral("Jürgen Groß \"DPO\""), QStringLiteral("dpo@settler.io")}};
    m.subject = subject;
    m.body = body;
    m.date = QDateTime(QDate(2026, 3, 30), QTime(9, 15, 7), Qt::UTC);
    m.messageId = QStringLiteral("incident-commander.0001@settler.io");
    m.incidentRef = QStringLiteral("INC-2026-014");
    return m;
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QJsonObject parsedBack(const QByteArray &eml)
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.eml").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(eml);
        f.close();
        return python(ParseEml, {path});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(),
                 "python3 (Debian's python3) parses the .eml files independently");
        QVERIFY(m_dir.isValid());
    }

    void emlIsReadBackExactly_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("ascii") << QStringLiteral("Personal data breach notification (INC-2026-014)")
                               << QStringLiteral("Dear authority,\n\nWe notify you.\n");
        QTest::newRow("utf-8 everywhere")
            << QStringLiteral("Meldung einer Verletzung des Schutzes personenbezogener Daten – "
                              "Größe: 1.200 Betroffene 🔒 漏洩通知")
            << QStringLiteral("Sehr geehrte Damen und Herren,\r\n\r\nwir melden gemäß Art. 33 "
                              "DSGVO … Umlaute: äöüß, Emoji 🔒, CJK 漏洩.\r\n");
        QString longLines = QStringLiteral("A line with = signs, tabs\tand trailing spaces   \n");
        longLines += QString(300, QLatin1Char('x')) + QLatin1Char('\n');
        longLines += QStringLiteral("From the team: a line mbox would mangle\n.\n");
        longLines += QStringLiteral("ü").repeated(120) + QStringLiteral("\nno final newline");
        QTest::newRow("awkward body")
            << QStringLiteral("=?UTF-8?B?not-an-encoded-word?= really") << longLines;
    }

    void emlIsReadBackExactly()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        const auto eml = Mail::toEml(message(subject, body));
        QVERIFY2(eml.ok(), qPrintable(eml.ok() ? QString() : eml.error().message));

        // RFC 5322: CRLF only, no line over 78 characters.
        const QList<QByteArray> lines = eml->split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
            QVERIFY2(lines.at(i).size() <= 79, lines.at(i).constData());
        }
        for (const char c : eml.value())
            QVERIFY(uchar(c) < 128); // 7-bit clean on the wire

        const QJsonObject m = parsedBack(eml.value());
        QVERIFY2(!m.isEmpty(), "python could not parse the message");
        QCOMPARE(m.value(QStringLiteral("defects")).toArray(), QJsonArray());
        QCOMPARE(m.value(QStringLiteral("bare_lf")).toBool(true), false);
        QCOMPARE(m.value(QStringLiteral("from")).toArray(),
                 // One address: a nested array built by append (braces around a single
                 // QJsonArray copy it in clang, nest it in gcc).
                 (QJsonArray() << QJsonArray{QStringLiteral("Settler Security Team"),
                                             QStringLiteral("security@settler.io")}));
        QCOMPARE(m.value(QStringLiteral("to")).toArray(),
                 (QJsonArray{QJsonArray{QString(), QStringLiteral("mailbox@datenschutz-berlin.de")},
                             QJsonArray{QStringLiteral("Jürgen Groß \"DPO\""),
                                        QStringLiteral("dpo@settler.io")}}));
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(m.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-03-30T09:15:07+00:00"));
        QCOMPARE(m.value(QStringLiteral("message_id")).toString(),
                 QStringLiteral("<incident-commander.0001@settler.io>"));
        QCOMPARE(m.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(m.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(m.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(m.value(QStringLiteral("transfer_encoding")).toString(),
                 QStringLiteral("quoted-printable"));
        QCOMPARE(m.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-2026-014"));
        QString expected = body;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (!expected.endsWith(QLatin1Char('\n')))
            expected += QLatin1Char('\n');
        QCOMPARE(m.value(QStringLiteral("body")).toString(), expected);
    }

    void generatedMessageIdUsesTheSendersDomain()
    {
        MailMessage msg = message(QStringLiteral("Hi"), QStringLiteral("Body"));
        msg.messageId.clear();
        const auto eml = Mail::toEml(msg);
        QVERIFY(eml.ok());
        const QJsonObject m = parsedBack(eml.value());
        QVERIFY(m.value(QStringLiteral("message_id"))
                    .toString()
                    .endsWith(QLatin1String("@settler.io>")));
        QCOMPARE(m.value(QStringLiteral("defects")).toArray(), QJsonArray());
    }

    void refusesWhatCannotBeSent()
    {
        MailMessage noFrom = message(QStringLiteral("s"), QStringLiteral("b"));
        noFrom.from.address = QStringLiteral("security team");
        MailMessage noTo = message(QStringLiteral("s"), QStringLiteral("b"));
        noTo.to.clear();
        MailMessage injected = message(QStringLiteral("s"), QStringLiteral("b"));
        injected.to = {{QString(), QStringLiteral("a@b.c\r\nBcc: evil@example.org")}};
        // A Message-ID with a trailing line break (`$` let it through): a bare
        // LF inside the header block.
        MailMessage badId = message(QStringLiteral("s"), QStringLiteral("b"));
        badId.messageId = QStringLiteral("x@settler.io\n");
        for (const MailMessage &bad : {noFrom, noTo, injected, badId}) {
            const auto r = Mail::toEml(bad);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("Nothing was exported")),
                     qPrintable(r.error().message));
        }
        // A subject with line breaks stays one header.
        const auto eml = Mail::toEml(
            message(QStringLiteral("Hi\r\nBcc: evil@example.org"), QStringLiteral("b")));
        QVERIFY(eml.ok());
        QVERIFY(!eml->contains("\r\nBcc:"));
    }

    void addressLists()
    {
        const auto ok = Mail::parseAddressList(QStringLiteral(
            " a@example.org, \"Dana Scully\" <dana@fbi.gov>; Jürgen <j@example.de>\n"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 3);
        QCOMPARE(ok->at(1).name, QStringLiteral("Dana Scully"));
        QCOMPARE(ok->at(2).address, QStringLiteral("j@example.de"));
        QCOMPARE(
            Mail::formatAddressList(ok.value()),
            QStringLiteral("a@example.org, Dana Scully <dana@fbi.gov>, Jürgen <j@example.de>"));
        QVERIFY(Mail::parseAddressList(QString())->isEmpty());
        for (const QString &bad : {QStringLiteral("not an address"), QStringLiteral("a@"),
                                   QStringLiteral("Name <a@b>"), QStringLiteral("a b@c.de")}) {
            const auto r = Mail::parseAddressList(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY(r.error().message.contains(QLatin1String("is not an email address")));
        }
    }

    void encodedWordsStayShort()
    {
        const QByteArray h = Mail::encodeHeaderText(QStringLiteral("€").repeated(100));
        for (const QByteArray &word : h.split('\n')) {
            const QByteArray w = word.trimmed();
            QVERIFY(w.startsWith("=?UTF-8?B?") && w.endsWith("?="));
            QVERIFY2(w.size() <= 75, w.constData());
        }
        QCOMPARE(Mail::encodeHeaderText(QStringLiteral("Plain subject")),
                 QByteArray("Plain subject"));
    }

    void mailtoLinks()
    {
        const QString subject = QStringLiteral("Breach & notice #1: 50% = \"bad\" + ü?");
        const QString body = QStringLiteral("Line 1\nLine 2 with & and = and %20 literal\n");
        const auto url = Mail::mailtoUrl({{QString(), QStringLiteral("a@example.org")},
                                          {QStringLiteral("B"), QStringLiteral("b@example.org")}},
                                         subject, body);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(url->scheme(), QStringLiteral("mailto"));
        const QJsonObject m = python(ParseMailto, {QString::fromLatin1(url->toEncoded())});
        QCOMPARE(m.value(QStringLiteral("to")).toString(),
                 QStringLiteral("a@example.org,b@example.org"));
        QCOMPARE(m.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(m.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Line 1\r\nLine 2 with & and = and %20 literal\r\n"));
        // Qt reads it back the same.
        const QUrlQuery q(*url);
        QCOMPARE(q.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject);

        const auto tooLong = Mail::mailtoUrl({{QString(), QStringLiteral("a@example.org")}},
                                             subject, QString(3000, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().message.contains(QLatin1String("too long for a mail link")));
        QVERIFY(tooLong.error().message.contains(QLatin1String("Nothing was opened")));
        QVERIFY(!Mail::mailtoUrl({{QString(), QStringLiteral("nope")}}, subject, body).ok());
    }

    void plainTextKeepsWhatMatters()
    {
        const QString md = QStringLiteral(
            "What happened\n-------------\n\nWe found a **problem**.\n\n- one\n- two\n\n"
            "See [the status page](https://status.settler.io) or https://settler.io.\n");
        const QString text = Mail::plainText(md);
        QVERIFY2(text.contains(QLatin1String("What happened")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("We found a problem.")));
        QVERIFY(text.contains(QLatin1String("- one")));
        QVERIFY(text.contains(QLatin1String("the status page (https://status.settler.io)")));
        QVERIFY(!text.contains(QLatin1String("**")));
    }

    void lineDiffs()
    {
        const QString v1 = QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n");
        const QString v2 = QStringLiteral("a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n");
        const QList<DiffLine> d = TextDiff::lines(v1, v2);
        QCOMPARE(TextDiff::changedLines(d), 3);
        QCOMPARE(TextDiff::unified(v1, v1, QStringLiteral("v1"), QStringLiteral("v1")), QString());
        const QString u =
            TextDiff::unified(v1, v2, QStringLiteral("version 1"), QStringLiteral("version 2"));
        QVERIFY2(u.startsWith(
                     QLatin1String("--- version 1\n+++ version 2\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n")),
                 qPrintable(u));
        QVERIFY2(u.contains(QLatin1String("@@ -8,3 +8,4 @@\n h\n i\n j\n+k\n")), qPrintable(u));

        // patch(1) applies it: an independent reader of unified diffs.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("draft.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(v1.toUtf8());
        f.close();
        QProcess patch;
        patch.setWorkingDirectory(dir.path());
        patch.start(QStringLiteral("patch"), {QStringLiteral("draft.txt")});
        patch.write(u.toUtf8());
        patch.closeWriteChannel();
        QVERIFY(patch.waitForFinished(10000));
        QCOMPARE(patch.exitCode(), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), v2);
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"

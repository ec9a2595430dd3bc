#include "ui/notify/NotificationExport.h"

#include "ui/review/ReviewExport.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMimeData>
#include <QPdfWriter>
#include <QSaveFile>

namespace ic::NotificationExport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::Notify)
};

Error notExported(const QString &why)
{
    return Error::make(Error::Kind::InvalidInput,
                       why + QLatin1Char(' ') + Tr::tr("Nothing was exported."));
}
} // namespace

Result<MailMessage> message(const DraftVersion &text, const OrganisationProfile &organisation,
                            const QString &incidentRef, const QDateTime &nowUtc)
{
    const QString from = organisation.securityEmail.trimmed();
    if (from.isEmpty())
        return notExported(Tr::tr("The organisation profile has no security email to send from; "
                                  "set it under Organisation…."));
    auto to = Mail::parseAddressList(text.recipients);
    if (!to)
        return notExported(Tr::tr("To: %1").arg(to.error().message));
    MailMessage m;
    m.from = {organisation.name.trimmed().isEmpty()
                  ? QString()
                  : Tr::tr("%1 Security Team").arg(organisation.name.trimmed()),
              from};
    m.to = to.value();
    m.subject = text.subject;
    m.body = Mail::plainText(text.body);
    m.date = nowUtc;
    m.incidentRef = incidentRef;
    return m;
}

QString markdown(const DraftVersion &text)
{
    QString out;
    if (!text.recipients.trimmed().isEmpty())
        out += Tr::tr("**To:** %1").arg(text.recipients.trimmed()) + QStringLiteral("  \n");
    out += Tr::tr("**Subject:** %1").arg(text.subject.trimmed()) + QStringLiteral("\n\n---\n\n");
    return out + text.body;
}

QString plainText(const DraftVersion &text)
{
    QString out;
    if (!text.recipients.trimmed().isEmpty())
        out += Tr::tr("To: %1").arg(text.recipients.trimmed()) + QLatin1Char('\n');
    out += Tr::tr("Subject: %1").arg(text.subject.trimmed()) + QStringLiteral("\n\n");
    return out + Mail::plainText(text.body);
}

Result<void> writeText(const QString &text, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not write %1 (%2). Nothing was exported.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    return success();
}

Result<void> writeEml(const MailMessage &message, const QString &path)
{
    auto eml = Mail::toEml(message);
    if (!eml)
        return eml.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(eml.value()) < 0 || !f.commit())
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not write %1 (%2). Nothing was exported.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    return success();
}

Result<void> writePdf(const DraftVersion &text, const QString &incidentRef,
                      const QString &documentName, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Tr::tr("%1 — %2").arg(incidentRef, documentName));
    writer.setCreator(QStringLiteral("Incident Commander"));
    if (!ReviewExport::render(markdown(text), Tr::tr("%1 — %2").arg(incidentRef, documentName),
                              writer))
        return Error::make(Error::Kind::General,
                           Tr::tr("Could not write %1. Nothing was exported; check that the "
                                  "folder exists and you may write there.")
                               .arg(QDir::toNativeSeparators(path)));
    return success();
}

Result<QUrl> mailto(const DraftVersion &text)
{
    auto to = Mail::parseAddressList(text.recipients);
    if (!to)
        return Error::make(Error::Kind::InvalidInput,
                           Tr::tr("To: %1 Nothing was opened.").arg(to.error().message));
    if (to->isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            Tr::tr("The draft has no recipient. Fill in \"To\". Nothing was opened."));
    return Mail::mailtoUrl(to.value(), text.subject, Mail::plainText(text.body));
}

Result<void> write(const QString &suffix, const DraftVersion &text,
                   const std::optional<MailMessage> &message, const QString &incidentRef,
                   const QString &documentName, const QString &path)
{
    if (suffix == QLatin1String("eml")) {
        if (!message)
            return notExported(Tr::tr("There is no message to write."));
        return writeEml(*message, path);
    }
    if (suffix == QLatin1String("md"))
        return writeText(markdown(text), path);
    if (suffix == QLatin1String("txt"))
        return writeText(plainText(text), path);
    return writePdf(text, incidentRef, documentName, path);
}

Result<void> openInMail(const DraftVersion &text)
{
    auto url = mailto(text);
    if (!url)
        return url.error();
    if (!QDesktopServices::openUrl(url.value()))
        return Error::make(Error::Kind::General,
                           Tr::tr("No mail program opened the link. Export the notification as "
                                  ".eml or copy it instead."));
    return success();
}

void copyToClipboard(const DraftVersion &text)
{
    auto *mime = new QMimeData;
    mime->setText(plainText(text));
    mime->setData(QStringLiteral("text/markdown"), markdown(text).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace ic::NotificationExport

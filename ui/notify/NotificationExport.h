#pragma once

#include "models/core/Result.h"
#include "models/notify/MailMessage.h"
#include "models/notify/NotificationDraft.h"
#include "models/notify/NotificationFacts.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ic {

// What a notification draft becomes outside the app: an .eml message,
// Markdown, plain text, PDF (the review's renderer), clipboard text and a
// mail link. Writers say what happened and that nothing was exported.
namespace NotificationExport {

// The message as sent: from the organisation's security address to the
// draft's recipients, dated `nowUtc`.
Result<MailMessage> message(const DraftVersion &text, const OrganisationProfile &organisation,
                            const QString &incidentRef, const QDateTime &nowUtc);

QString markdown(const DraftVersion &text); // To and Subject above the body
QString plainText(const DraftVersion &text);

Result<void> writeEml(const MailMessage &message, const QString &path);
Result<void> writeText(const QString &text, const QString &path); // UTF-8
Result<void> writePdf(const DraftVersion &text, const QString &incidentRef,
                      const QString &documentName, const QString &path);

// By file suffix: "eml" (needs `message`), "md", "txt", "pdf".
Result<void> write(const QString &suffix, const DraftVersion &text,
                   const std::optional<MailMessage> &message, const QString &incidentRef,
                   const QString &documentName, const QString &path);

// The mail link for the draft; an error when it is too long or has no
// recipient, saying what to do instead.
Result<QUrl> mailto(const DraftVersion &text);
// Opens the mail link with the desktop's mail program (QDesktopServices).
Result<void> openInMail(const DraftVersion &text);
// Plain text, and Markdown as text/markdown for editors that take it.
void copyToClipboard(const DraftVersion &text);

} // namespace NotificationExport
} // namespace ic

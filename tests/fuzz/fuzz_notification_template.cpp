// libFuzzer target: notification templates from a team's folder (outside
// input). The bytes are read as a template file; whatever comes in: no
// crash, no hang, a refusal names a line and a reason, and an accepted
// template fills in for complete and empty incidents without an unknown
// field or engine error (the parser's own promise). Filled-in text then
// goes through the mail writer, which must always produce a valid message.
#include "models/notify/MailMessage.h"
#include "models/notify/NotificationRenderer.h"
#include "models/notify/NotificationTemplate.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

void checkMail(const ic::RenderedNotification &r)
{
    ic::MailMessage m;
    m.from = {QStringLiteral("Fuzz"), QStringLiteral("security@example.org")};
    m.to = {{QString(), QStringLiteral("dpo@example.org")}};
    m.subject = r.subject;
    m.body = ic::Mail::plainText(r.body);
    m.date = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    m.messageId = QStringLiteral("fuzz@example.org");
    const auto eml = ic::Mail::toEml(m);
    check(eml.ok());
    for (const QByteArray &line : eml->split('\n')) {
        check(line.size() <= 80); // 78 + CR, and the last piece after the final LF
        for (const char c : line)
            check(uchar(c) < 128);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto t =
        ic::TemplateFile::parse(bytes, QStringLiteral("fuzz.md"), QStringLiteral("fuzz"));
    if (!t) {
        check(!t.error().message.isEmpty());
        check(t.error().detail.toInt() >= 0);
        return 0;
    }
    check(!t->name.isEmpty() && !t->subject.isEmpty() && !t->id.isEmpty());
    for (const ic::RenderInput &in :
         {ic::NotificationRenderer::completeSample(), ic::NotificationRenderer::emptySample()}) {
        const ic::RenderedNotification r = ic::NotificationRenderer::render(t.value(), in);
        check(r.ok());
        check(!r.subject.contains(QLatin1Char('\n')));
        (void)ic::NotificationRenderer::missingIn(r.to + r.subject + r.body);
        checkMail(r);
    }
    // People's text inside the facts is never read as a template. (Never
    // blank, so every section opens as for the complete sample.)
    ic::RenderInput hostile = ic::NotificationRenderer::completeSample();
    hostile.facts.consequences = QStringLiteral("x") + QString::fromUtf8(bytes.left(4096));
    hostile.incident.summary = hostile.facts.consequences;
    const ic::RenderedNotification r = ic::NotificationRenderer::render(t.value(), hostile);
    check(r.ok());
    return 0;
}

#include "ui/MessageBanner.h"

#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ic {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    // Always rich text: the message is escaped into HTML below, and a message
    // without a tag would otherwise be shown as typed, entities and all
    // ("&quot;to be filled in&quot;").
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_actions = new QHBoxLayout;
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_close->setText(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss this message (Esc)"));
    m_close->setAutoRaise(true);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void MessageBanner::show(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    const QString prefix = kind == Kind::Error     ? tr("Error:")
                           : kind == Kind::Warning ? tr("Warning:")
                                                   : QString();
    QString body = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!prefix.isEmpty())
        body = QStringLiteral("<b>%1</b> %2").arg(prefix, body);
    if (!detail.isEmpty()) {
        body += QStringLiteral("<br><small>%1</small>")
                    .arg(detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_text->setText(body);
    m_plainText = prefix.isEmpty() ? text : prefix + QLatin1Char(' ') + text;
    if (!detail.isEmpty())
        m_plainText += QLatin1Char('\n') + detail;
    setAccessibleDescription(m_plainText);
    restyle();
    QFrame::show();
}

QPushButton *MessageBanner::addAction(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    m_actions->addWidget(b);
    return b;
}

void MessageBanner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString MessageBanner::text() const
{
    return m_plainText;
}

bool MessageBanner::event(QEvent *event)
{
    // A theme switch reaches widgets in no particular order: the parent's
    // palette may still be the old theme's when this one hears of it.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        restyleLater();
    return QFrame::event(event);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyleLater();
    QFrame::changeEvent(event);
}

void MessageBanner::restyleLater()
{
    if (m_restylePending)
        return;
    m_restylePending = true;
    // Once the switch is over, from the palette everything else settled on.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_restylePending = false;
            restyle();
        },
        Qt::QueuedConnection);
}

void MessageBanner::restyle()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = Theme::isDark(base);
    QColor bg;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Info:
        bg = dark ? QColor(0x22, 0x33, 0x4a) : QColor(0xe3, 0xee, 0xfb);
        break;
    case Kind::Warning:
        bg = dark ? QColor(0x45, 0x38, 0x16) : QColor(0xfd, 0xf3, 0xd3);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        bg = dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfb, 0xe3, 0xe4);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    // Background and text from the same theme, both set here: a banner must
    // never pair one theme's background with the other's text.
    QPalette p = base;
    p.setColor(QPalette::Window, bg);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, base.color(QPalette::WindowText));
    if (p != palette() || p.resolveMask() != palette().resolveMask())
        setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

} // namespace ic

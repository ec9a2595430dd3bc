#include "ui/shell/Toast.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ic {

Toast::Toast(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("toast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("What just happened"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("toastLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("toastActionButton"));
    m_button->setFocusPolicy(Qt::TabFocus);
    m_close = new QPushButton(tr("×"), this);
    m_close->setObjectName(QStringLiteral("toastCloseButton"));
    m_close->setFlat(true);
    m_close->setFocusPolicy(Qt::TabFocus);
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Toast::dismiss);
    connect(m_close, &QPushButton::clicked, this, &Toast::dismiss);
    connect(m_button, &QPushButton::clicked, this, [this] {
        auto action = std::move(m_action);
        m_action = nullptr;
        dismiss();
        if (action)
            action();
    });
    hide();
}

void Toast::showMessage(const QString &text, const QString &actionText,
                        std::function<void()> action, int timeoutMs)
{
    m_label->setText(text);
    m_action = std::move(action);
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty() && m_action);
    show();
    m_timer.start(timeoutMs);
}

QString Toast::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void Toast::dismiss()
{
    m_timer.stop();
    m_action = nullptr;
    hide();
}

void Toast::enterEvent(QEnterEvent *event)
{
    QFrame::enterEvent(event);
    m_timer.stop(); // reading it
}

void Toast::leaveEvent(QEvent *event)
{
    QFrame::leaveEvent(event);
    if (isVisible())
        m_timer.start(5'000);
}

} // namespace ic

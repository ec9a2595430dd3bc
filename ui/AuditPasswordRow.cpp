#include "ui/AuditPasswordRow.h"

#include "models/session/AuditSource.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ic {

AuditPasswordRow::AuditPasswordRow(AuditSource *source, const QString &name, const QString &label,
                                   const QString &placeholder, QWidget *parent)
    : QWidget(parent), m_source(source)
{
    setObjectName(name + QStringLiteral("PasswordRow"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(name + QStringLiteral("PasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(placeholder);
    auto *text = new QLabel(label, this);
    text->setBuddy(m_password);
    auto *connectButton = new QPushButton(tr("Connec&t"), this);
    connectButton->setObjectName(name + QStringLiteral("ConnectButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addWidget(m_password, 1);
    layout->addWidget(connectButton);
    hide();
    connect(connectButton, &QPushButton::clicked, this, [this] {
        const QString password = m_password->text();
        if (password.isEmpty())
            return;
        m_password->clear();
        hide();
        m_source->providePassword(password); // answers with AuditSource::ready()
    });
    connect(m_password, &QLineEdit::returnPressed, connectButton, &QPushButton::click);
}

void AuditPasswordRow::ask()
{
    show();
    if (m_password->isVisible())
        m_password->setFocus();
}

void AuditPasswordRow::focusField()
{
    m_password->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ic

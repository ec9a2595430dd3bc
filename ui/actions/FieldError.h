#pragma once

#include "ui/Theme.h"

#include <QLabel>

namespace ic {

// A message next to the field it is about: coloured, but readable without
// colour (it says what is wrong and that nothing was sent).
inline QLabel *makeFieldError(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

inline void showFieldError(QLabel *label, const QString &text)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::overdueColor(label->parentWidget()->palette()));
    label->setPalette(p);
    label->setText(text);
    label->setAccessibleDescription(text);
    label->show();
}

} // namespace ic

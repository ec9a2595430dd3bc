#include "ui/playbooks/StepCodePanel.h"

#include "models/playbooks/StepActions.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

namespace {

// These texts were first written for the checklist pane; they keep its
// translation context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::ChecklistPane)
};

QString codeKindTitle(const CodeBlock &c)
{
    return c.language.isEmpty()
               ? CodeBlock::kindLabel(c.kind)
               : QStringLiteral("%1 (%2)").arg(CodeBlock::kindLabel(c.kind), c.language);
}

} // namespace

StepCodePanel::StepCodePanel(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void StepCodePanel::clear()
{
    m_shownItem.clear();
}

void StepCodePanel::showStep(const ChecklistItem &item, const Incident &incident)
{
    setVisible(!item.code.isEmpty());
    if (m_shownItem == item.id)
        return;
    m_shownItem = item.id;
    while (QLayoutItem *child = m_layout->takeAt(0)) {
        if (QWidget *w = child->widget())
            w->deleteLater();
        delete child;
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const CodeBlock &c : item.code) {
        for (const StepAction &a : StepActions::forCode(c, item.text, incident)) {
            auto *title = new QLabel(codeKindTitle(c), this);
            title->setObjectName(QStringLiteral("stepCodeKindLabel"));
            QFont f = title->font();
            f.setBold(true);
            title->setFont(f);
            auto *text = new QPlainTextEdit(this);
            text->setObjectName(QStringLiteral("stepCodeText"));
            text->setReadOnly(true);
            text->setFont(mono);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setTabChangesFocus(true);
            // The exact request or query with its parameters, then the code as written.
            QString body = a.description;
            if (a.type != StepAction::Type::Copy && a.copyText.trimmed() != a.description.trimmed())
                body += QStringLiteral("\n\n") + Tr::tr("As written in the playbook:") +
                        QLatin1Char('\n') + c.text.trimmed();
            text->setPlainText(body);
            text->setMaximumHeight(fontMetrics().height() *
                                   qBound(3, int(body.count(QLatin1Char('\n'))) + 2, 12));
            auto *row = new QHBoxLayout;
            if (!a.request.isEmpty()) {
                auto *go = new QPushButton(a.label, this);
                go->setObjectName(QStringLiteral("stepActionButton"));
                go->setToolTip(a.missing.isEmpty()
                                   ? Tr::tr("Opens with the values of this incident")
                                   : Tr::tr("Not filled in yet: %1")
                                         .arg(a.missing.join(QStringLiteral(", "))));
                const QString request = a.request;
                const QVariantMap arguments = a.arguments;
                connect(go, &QPushButton::clicked, this,
                        [this, request, arguments] { emit requested(request, arguments); });
                row->addWidget(go);
            }
            auto *copy =
                new QPushButton(a.type == StepAction::Type::Copy ? a.label : Tr::tr("Copy"), this);
            copy->setObjectName(QStringLiteral("copyCodeButton"));
            const QString copyText = a.copyText;
            connect(copy, &QPushButton::clicked, this, [this, copyText] {
                QGuiApplication::clipboard()->setText(copyText);
                emit copied(Tr::tr("Copied to the clipboard."));
            });
            row->addWidget(copy);
            row->addStretch(1);
            auto *box = new QWidget(this);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 4, 0, 4);
            boxLayout->addWidget(title);
            boxLayout->addWidget(text);
            boxLayout->addLayout(row);
            m_layout->addWidget(box);
        }
    }
}

} // namespace ic

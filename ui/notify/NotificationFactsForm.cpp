#include "ui/notify/NotificationFactsForm.h"

#include "models/incidents/Incident.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ic {

namespace {
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty() && !out.contains(l.trimmed()))
            out << l.trimmed();
    }
    return out;
}

std::optional<bool> answer(const QComboBox *combo)
{
    switch (combo->currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

int answerIndex(const std::optional<bool> &v)
{
    return !v ? 0 : (*v ? 1 : 2);
}
} // namespace

NotificationFactsForm::NotificationFactsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("factsForm"));
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto question = [this](const QString &name) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->addItems({tr("Not answered yet"), tr("Yes"), tr("No")});
        connect(c, &QComboBox::currentIndexChanged, this, &NotificationFactsForm::markModified);
        return c;
    };
    auto line = [this](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &NotificationFactsForm::markModified);
        return e;
    };
    auto text = [this](const QString &name, const QString &placeholder, int rows = 3) {
        auto *e = new QPlainTextEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * rows + 12);
        connect(e, &QPlainTextEdit::textChanged, this, &NotificationFactsForm::markModified);
        return e;
    };

    m_personal = question(QStringLiteral("personalDataCombo"));
    m_phi = question(QStringLiteral("phiCombo"));
    m_breach = question(QStringLiteral("dataBreachCombo"));
    m_jurisdictions = line(QStringLiteral("jurisdictionsEdit"),
                           tr("Country codes, comma separated: DE, FR, US-CA, EU"));
    m_people =
        line(QStringLiteral("peopleAffectedEdit"), tr("Approximate number, e.g. about 1,200"));
    m_records = line(QStringLiteral("recordsAffectedEdit"), tr("Approximate number of records"));
    m_subjectCategories = text(QStringLiteral("subjectCategoriesEdit"),
                               tr("One per line: customers' end users, employees…"));
    m_dataCategories = text(QStringLiteral("dataCategoriesEdit"),
                            tr("One per line: names, email addresses, diagnoses…"));
    m_systems = text(QStringLiteral("affectedSystemsEdit"), tr("One per line"));
    m_period = line(QStringLiteral("breachPeriodEdit"), tr("When it happened, as far as known"));
    m_consequences =
        text(QStringLiteral("consequencesEdit"), tr("What could happen to the people affected"));
    m_taken = text(QStringLiteral("measuresTakenEdit"),
                   tr("In words; actions on the timeline are listed as well"));
    m_proposed = text(QStringLiteral("measuresProposedEdit"), tr("What will be done"));
    m_mitigation =
        text(QStringLiteral("mitigationEdit"), tr("How harm to the people affected is limited"));
    m_steps = text(QStringLiteral("individualStepsEdit"), tr("What the people affected should do"));
    m_nextSteps = text(QStringLiteral("nextStepsEdit"), tr("One per line"));
    m_delay = text(QStringLiteral("delayReasonsEdit"),
                   tr("Only if a notification goes out after its deadline"));

    form->addRow(tr("Personal data involved?"), m_personal);
    form->addRow(tr("Protected health information (HIPAA)?"), m_phi);
    form->addRow(tr("Customer data breach (SOC 2)?"), m_breach);
    form->addRow(tr("Jurisdictions:"), m_jurisdictions);
    form->addRow(tr("People affected:"), m_people);
    form->addRow(tr("Records affected:"), m_records);
    form->addRow(tr("Categories of people:"), m_subjectCategories);
    form->addRow(tr("Data categories:"), m_dataCategories);
    form->addRow(tr("Affected systems:"), m_systems);
    form->addRow(tr("When it happened:"), m_period);
    form->addRow(tr("Likely consequences:"), m_consequences);
    form->addRow(tr("Measures taken:"), m_taken);
    form->addRow(tr("Measures proposed:"), m_proposed);
    form->addRow(tr("Mitigation:"), m_mitigation);
    form->addRow(tr("What people should do:"), m_steps);
    form->addRow(tr("Next steps:"), m_nextSteps);
    form->addRow(tr("Reasons for delay:"), m_delay);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("Save Facts"), this);
    m_save->setObjectName(QStringLiteral("saveFactsButton"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &NotificationFactsForm::saveRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("factsStatusLabel"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);
}

void NotificationFactsForm::setFacts(const NotificationFacts &facts)
{
    m_loading = true;
    m_facts = facts;
    m_personal->setCurrentIndex(answerIndex(facts.personalData));
    m_phi->setCurrentIndex(answerIndex(facts.phi));
    m_breach->setCurrentIndex(answerIndex(facts.dataBreach));
    m_jurisdictions->setText(facts.jurisdictions.join(QStringLiteral(", ")));
    m_people->setText(facts.peopleAffected);
    m_records->setText(facts.recordsAffected);
    m_subjectCategories->setPlainText(facts.subjectCategories.join(QLatin1Char('\n')));
    m_dataCategories->setPlainText(facts.dataCategories.join(QLatin1Char('\n')));
    m_systems->setPlainText(facts.affectedSystems.join(QLatin1Char('\n')));
    m_period->setText(facts.breachPeriod);
    m_consequences->setPlainText(facts.consequences);
    m_taken->setPlainText(facts.measuresTaken);
    m_proposed->setPlainText(facts.measuresProposed);
    m_mitigation->setPlainText(facts.mitigation);
    m_steps->setPlainText(facts.individualSteps);
    m_nextSteps->setPlainText(facts.nextSteps.join(QLatin1Char('\n')));
    m_delay->setPlainText(facts.delayReasons);
    m_loading = false;
    m_modified = false;
    m_save->setEnabled(false);
    emit modifiedChanged(false);
    setStatus(facts.version > 0
                  ? tr("Saved by %1 (version %2)").arg(facts.updatedBy).arg(facts.version)
                  : tr("Nothing answered yet: clocks that depend on these facts "
                       "show as undetermined."));
}

NotificationFacts NotificationFactsForm::facts() const
{
    NotificationFacts f = m_facts;
    f.personalData = answer(m_personal);
    f.phi = answer(m_phi);
    f.dataBreach = answer(m_breach);
    f.jurisdictions = splitList(m_jurisdictions->text());
    f.peopleAffected = m_people->text().trimmed();
    f.recordsAffected = m_records->text().trimmed();
    f.subjectCategories = lines(m_subjectCategories);
    f.dataCategories = lines(m_dataCategories);
    f.affectedSystems = lines(m_systems);
    f.breachPeriod = m_period->text().trimmed();
    f.consequences = m_consequences->toPlainText().trimmed();
    f.measuresTaken = m_taken->toPlainText().trimmed();
    f.measuresProposed = m_proposed->toPlainText().trimmed();
    f.mitigation = m_mitigation->toPlainText().trimmed();
    f.individualSteps = m_steps->toPlainText().trimmed();
    f.nextSteps = lines(m_nextSteps);
    f.delayReasons = m_delay->toPlainText().trimmed();
    return f;
}

void NotificationFactsForm::setEditable(bool editable)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(!editable);
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            p->setReadOnly(!editable);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            c->setEnabled(editable);
    }
    m_save->setVisible(editable);
}

void NotificationFactsForm::setStatus(const QString &text)
{
    m_status->setText(text);
}

void NotificationFactsForm::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    m_save->setEnabled(true);
    setStatus(tr("Unsaved changes"));
    emit modifiedChanged(true);
}

} // namespace ic

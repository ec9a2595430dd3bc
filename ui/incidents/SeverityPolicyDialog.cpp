#include "ui/incidents/SeverityPolicyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ic {

SeverityPolicyDialog::SeverityPolicyDialog(const SeverityPolicy &initial, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("severityPolicyDialog"));
    setWindowTitle(tr("Severity Policy"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(SeverityPolicy::presetName(QStringLiteral("custom")),
                      QStringLiteral("custom"));
    for (const SeverityPolicy &p : SeverityPolicy::presets())
        m_preset->addItem(SeverityPolicy::presetName(p.presetId), p.presetId);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Level</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Name</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Respond within (min)</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>As written</b>"), this), 0, 3);
    grid->addWidget(new QLabel(tr("<b>Description</b>"), this), 0, 4);
    for (int s = 0; s < 4; ++s) {
        const QString code = QStringLiteral("P%1").arg(s);
        grid->addWidget(new QLabel(code, this), s + 1, 0);
        m_names[s] = new QLineEdit(this);
        m_names[s]->setObjectName(QStringLiteral("nameEdit%1").arg(code));
        m_minutes[s] = new QSpinBox(this);
        m_minutes[s]->setObjectName(QStringLiteral("minutesSpin%1").arg(code));
        m_minutes[s]->setRange(0, 60 * 24 * 365);
        m_minutes[s]->setSpecialValueText(tr("Immediate"));
        m_texts[s] = new QLineEdit(this);
        m_texts[s]->setObjectName(QStringLiteral("textEdit%1").arg(code));
        m_descriptions[s] = new QLineEdit(this);
        m_descriptions[s]->setObjectName(QStringLiteral("descriptionEdit%1").arg(code));
        m_descriptions[s]->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
        grid->addWidget(m_names[s], s + 1, 1);
        grid->addWidget(m_minutes[s], s + 1, 2);
        grid->addWidget(m_texts[s], s + 1, 3);
        grid->addWidget(m_descriptions[s], s + 1, 4);
        for (QObject *o : {static_cast<QObject *>(m_names[s]), static_cast<QObject *>(m_texts[s]),
                           static_cast<QObject *>(m_descriptions[s])})
            connect(static_cast<QLineEdit *>(o), &QLineEdit::textEdited, this, [this] {
                if (!m_loading)
                    m_preset->setCurrentIndex(0);
            });
        connect(m_minutes[s], &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                m_preset->setCurrentIndex(0);
        });
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePolicyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const SeverityPolicy p = policy();
        if (auto v = p.validate(); !v) {
            showError(v.error().message);
            return;
        }
        emit submitted(p);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::activated, this, [this] {
        const QString id = m_preset->currentData().toString();
        for (const SeverityPolicy &p : SeverityPolicy::presets()) {
            if (p.presetId == id)
                load(p);
        }
    });

    auto *intro = new QLabel(tr("How fast each severity must be answered. The countdown in the "
                                "incident list runs from detection until someone takes command."),
                             this);
    intro->setWordWrap(true);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Start from:"), this));
    presetRow->addWidget(m_preset, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(presetRow);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(initial);
}

void SeverityPolicyDialog::load(const SeverityPolicy &policy)
{
    m_loading = true;
    m_presetId = policy.presetId;
    const int idx = m_preset->findData(policy.presetId);
    m_preset->setCurrentIndex(idx < 0 ? 0 : idx);
    for (int s = 0; s < 4; ++s) {
        const SeverityLevel &l = policy.levels[size_t(s)];
        m_names[s]->setText(l.name);
        m_minutes[s]->setValue(l.responseMinutes);
        m_texts[s]->setText(l.responseText);
        m_descriptions[s]->setText(l.description);
    }
    m_loading = false;
}

SeverityPolicy SeverityPolicyDialog::policy() const
{
    SeverityPolicy p;
    p.presetId = m_preset->currentData().toString();
    const SeverityPolicy base = SeverityPolicy::securityTeam();
    for (int s = 0; s < 4; ++s) {
        SeverityLevel &l = p.levels[size_t(s)];
        l.level = Severity(s);
        l.name = m_names[s]->text().trimmed();
        l.responseMinutes = m_minutes[s]->value();
        l.responseText = m_texts[s]->text().trimmed();
        l.description = m_descriptions[s]->text().trimmed();
        l.examples = base.levels[size_t(s)].examples;
    }
    for (const SeverityPolicy &preset : SeverityPolicy::presets()) {
        if (preset.presetId == p.presetId) {
            for (int s = 0; s < 4; ++s)
                p.levels[size_t(s)].examples = preset.levels[size_t(s)].examples;
        }
    }
    return p;
}

void SeverityPolicyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace ic

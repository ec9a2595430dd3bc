#include "ui/shell/NotApplicableDialog.h"

#include "models/incidents/IncidentStore.h"
#include "models/notify/NotifyStore.h"
#include "models/notify/RegulatoryClock.h"
#include "models/session/WorkspaceSession.h"
#include "ui/actions/FieldError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

namespace {
bool notStarted(const ClockState &st)
{
    return st.status == ClockStatus::NotStarted ||
           (st.status == ClockStatus::Undetermined && !st.due.isValid());
}
} // namespace

NotApplicableDialog::NotApplicableDialog(WorkspaceSession *session, const QString &incidentId,
                                         QWidget *parent)
    : QDialog(parent), m_session(session), m_incidentId(incidentId)
{
    setObjectName(QStringLiteral("notApplicableDialog"));
    setWindowTitle(tr("Notification Clocks Not Applicable"));
    m_intro = new QLabel(tr("Reading the notification clocks…"), this);
    m_intro->setObjectName(QStringLiteral("notApplicableIntroLabel"));
    m_intro->setWordWrap(true);
    m_noPersonalData = new QCheckBox(tr("No &personal data is involved"), this);
    m_noPersonalData->setObjectName(QStringLiteral("noPersonalDataCheck"));
    m_noPhi = new QCheckBox(tr("No protected &health information is involved"), this);
    m_noPhi->setObjectName(QStringLiteral("noPhiCheck"));
    m_noBreach = new QCheckBox(tr("No customer data was &accessed or taken"), this);
    m_noBreach->setObjectName(QStringLiteral("noBreachCheck"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("notApplicableReasonEdit"));
    m_reason->setPlaceholderText(tr("Why (required): what shows it, who confirmed it"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(2000);
    m_error = makeFieldError(QStringLiteral("notApplicableErrorLabel"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordNotApplicableButton"));
    auto *facts = buttons->addButton(tr("Answer the &Facts Instead…"), QDialogButtonBox::ResetRole);
    facts->setObjectName(QStringLiteral("answerFactsButton"));
    connect(facts, &QPushButton::clicked, this, [this] {
        emit factsWanted();
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &NotApplicableDialog::save);
    for (QCheckBox *box : {m_noPersonalData, m_noPhi, m_noBreach}) {
        box->hide();
        connect(box, &QCheckBox::toggled, this, &NotApplicableDialog::update);
    }
    connect(m_reason, &QLineEdit::textChanged, this, &NotApplicableDialog::update);
    connect(m_reason, &QLineEdit::returnPressed, this, &NotApplicableDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_noPersonalData);
    layout->addWidget(m_noPhi);
    layout->addWidget(m_noBreach);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    update();
    load();
}

void NotApplicableDialog::load()
{
    NotifyStore *store = m_session ? m_session->notifications() : nullptr;
    if (!store)
        return;
    QPointer<NotApplicableDialog> guard(this);
    store->facts(m_incidentId, [this, guard, store](const Result<NotificationFacts> &facts) {
        if (!guard)
            return;
        if (!facts) {
            showFieldError(m_error, facts.error().message);
            return;
        }
        m_facts = facts.value();
        m_facts.incidentId = m_incidentId;
        store->clocks(m_incidentId, [this, guard](const Result<QList<ClockState>> &clocks) {
            if (!guard)
                return;
            if (!clocks) {
                showFieldError(m_error, clocks.error().message);
                return;
            }
            bool personal = false, phi = false, breach = false;
            m_clockNames.clear();
            for (const ClockState &st : clocks.value()) {
                if (!notStarted(st))
                    continue;
                m_clockNames << (st.rule.shortName.isEmpty() ? st.rule.name : st.rule.shortName);
                personal |= st.rule.needsPersonalData;
                phi |= st.rule.needsPhi;
                breach |= st.rule.needsDataBreach;
            }
            m_noPersonalData->setVisible(personal);
            m_noPhi->setVisible(phi);
            m_noBreach->setVisible(breach);
            m_loaded = true;
            if (m_clockNames.isEmpty())
                m_intro->setText(tr("No notification clock of this incident is waiting for "
                                    "“became aware”: nothing to record."));
            else if (!personal && !phi && !breach)
                m_intro->setText(tr("%1 depends only on where the people affected are: answer "
                                    "the jurisdictions in the notification facts.")
                                     .arg(m_clockNames.join(QStringLiteral(", "))));
            else
                m_intro->setText(
                    tr("%1 has not started. Say why it does not apply: the notification facts "
                       "are answered and the reason is noted on the incident's record, with "
                       "your name.")
                        .arg(m_clockNames.join(QStringLiteral(", "))));
            update();
            if (personal)
                m_noPersonalData->setFocus();
        });
    });
}

void NotApplicableDialog::update()
{
    const bool chosen = (m_noPersonalData->isVisibleTo(this) && m_noPersonalData->isChecked()) ||
                        (m_noPhi->isVisibleTo(this) && m_noPhi->isChecked()) ||
                        (m_noBreach->isVisibleTo(this) && m_noBreach->isChecked());
    m_record->setEnabled(m_loaded && !m_busy && chosen && !m_reason->text().trimmed().isEmpty());
}

void NotApplicableDialog::save()
{
    if (!m_record->isEnabled() || !m_session)
        return;
    NotificationFacts facts = m_facts;
    QStringList why;
    if (m_noPersonalData->isVisibleTo(this) && m_noPersonalData->isChecked()) {
        facts.personalData = false;
        why << tr("no personal data is involved");
    }
    if (m_noPhi->isVisibleTo(this) && m_noPhi->isChecked()) {
        facts.phi = false;
        why << tr("no protected health information is involved");
    }
    if (m_noBreach->isVisibleTo(this) && m_noBreach->isChecked()) {
        facts.dataBreach = false;
        why << tr("no customer data was accessed or taken");
    }
    const QString note = tr("Notification clocks not applicable (%1): %2. Reason: %3")
                             .arg(m_clockNames.join(QStringLiteral(", ")),
                                  why.join(QStringLiteral("; ")), m_reason->text().trimmed());
    m_busy = true;
    update();
    QPointer<NotApplicableDialog> guard(this);
    QPointer<WorkspaceSession> session = m_session;
    const QString id = m_incidentId;
    m_session->notifications()->saveFacts(
        facts, [this, guard, session, id, note](const Result<NotificationFacts> &saved,
                                                const NotificationFacts &current) {
            if (!saved) {
                if (!guard)
                    return;
                m_busy = false;
                if (saved.error().kind == Error::Kind::Conflict)
                    m_facts = current;
                showFieldError(m_error, saved.error().message);
                update();
                return;
            }
            // The facts are answered (with who answered); the reason joins
            // the incident's record, also with who.
            if (session)
                session->incidents()->addNote(id, note);
            if (!guard)
                return;
            emit recorded(id, note);
            accept();
        });
}

} // namespace ic

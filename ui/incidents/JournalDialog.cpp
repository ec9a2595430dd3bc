#include "ui/incidents/JournalDialog.h"

#include "models/incidents/IncidentStore.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

namespace {

QString patchText(const IncidentPatch &p)
{
    QStringList parts;
    if (p.title)
        parts << JournalDialog::tr("title “%1”").arg(p.title->left(80));
    if (p.summary)
        parts << JournalDialog::tr("summary");
    if (p.severity)
        parts << JournalDialog::tr("severity %1").arg(severityCode(*p.severity));
    if (p.status)
        parts << JournalDialog::tr("status %1").arg(statusLabel(*p.status));
    if (p.commander)
        parts << JournalDialog::tr("commander %1").arg(p.commander->left(40));
    if (p.affectedUsers || p.affectedTenants || p.affectedApiKeys)
        parts << JournalDialog::tr("affected subjects");
    if (p.detectedAt || p.becameAwareAt)
        parts << JournalDialog::tr("times");
    if (p.acknowledge)
        parts << JournalDialog::tr("acknowledged");
    return parts.isEmpty() ? JournalDialog::tr("no fields") : parts.join(QStringLiteral(", "));
}

} // namespace

QString JournalDialog::describe(const OfflineJournal::Entry &e, const QString &ref)
{
    const QString when = e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString incident = ref.isEmpty() ? tr("an incident") : ref;
    QString what;
    if (e.kind == QLatin1String("incident.create")) {
        what = tr("New incident “%1”")
                   .arg(e.payload.value(QStringLiteral("title")).toString().left(80));
    } else if (e.kind == QLatin1String("incident.update")) {
        what =
            tr("Change to %1: %2")
                .arg(incident,
                     patchText(patchFromJson(e.payload.value(QStringLiteral("patch")).toObject())));
    } else if (e.kind == QLatin1String("incident.note")) {
        what = tr("Note on %1: %2")
                   .arg(incident, e.payload.value(QStringLiteral("text")).toString().left(120));
    } else {
        what = tr("An edit of a kind this version does not know");
    }
    QString state;
    if (!e.needsDecision())
        state = tr("waiting to be sent");
    else if (e.problemKind == QLatin1String("conflict"))
        state = tr("conflict: needs your decision");
    else
        state = tr("not accepted: needs your decision");
    return QStringLiteral("%1 — %2 (%3)").arg(when, what, state);
}

JournalDialog::JournalDialog(IncidentStore *store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("journalDialog"));
    setWindowTitle(tr("Edits Kept on This Workstation"));
    auto *intro = new QLabel(tr("These edits were made while the team database could not be "
                                "reached. Those waiting are sent when it is back. Those it did "
                                "not accept stay here until you decide; nothing is dropped "
                                "without you."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("journalList"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("journalProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("journalErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_sendAgain = new QPushButton(tr("Send Again"), this);
    m_sendAgain->setObjectName(QStringLiteral("journalSendAgainButton"));
    m_applyOver = new QPushButton(tr("Apply Over Current Version"), this);
    m_applyOver->setObjectName(QStringLiteral("journalApplyOverButton"));
    m_applyOver->setToolTip(tr("Someone changed the incident after this edit was made. Apply "
                               "this edit on top of their version (their other changes stay)."));
    m_discard = new QPushButton(tr("Discard…"), this);
    m_discard->setObjectName(QStringLiteral("journalDiscardButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sendAgain);
    actions->addWidget(m_applyOver);
    actions->addStretch(1);
    actions->addWidget(m_discard);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(640, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &JournalDialog::updateButtons);
    connect(m_sendAgain, &QPushButton::clicked, this,
            [this] { decide(int(IncidentStore::JournalDecision::SendAgain)); });
    connect(m_applyOver, &QPushButton::clicked, this,
            [this] { decide(int(IncidentStore::JournalDecision::ApplyOverCurrent)); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        // A discarded edit is gone for good: asked once more.
        auto *ask = new QMessageBox(QMessageBox::Warning, tr("Discard This Edit?"),
                                    tr("The team database keeps what it has; this edit is "
                                       "removed from this workstation and cannot be sent later."),
                                    QMessageBox::Discard | QMessageBox::Cancel, this);
        ask->setObjectName(QStringLiteral("journalDiscardConfirm"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Discard)
                decide(int(IncidentStore::JournalDecision::Discard));
        });
        ask->open();
    });
    if (m_store) {
        connect(m_store, &IncidentStore::journalLoaded, this, &JournalDialog::showEntries);
        // Sent, kept or decided elsewhere meanwhile: the list follows.
        auto reload = [this] {
            if (m_store)
                m_store->loadJournal();
        };
        connect(m_store, &IncidentStore::journalChanged, this, reload);
        connect(m_store, &IncidentStore::journalFlaggedChanged, this, reload);
        m_store->loadJournal();
    }
    updateButtons();
}

void JournalDialog::showEntries(const QList<OfflineJournal::Entry> &entries)
{
    const qint64 selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_entries.size()
                                ? m_entries.at(m_list->currentRow()).seq
                                : -1;
    m_entries = entries;
    m_list->clear();
    int reselect = -1;
    for (int i = 0; i < entries.size(); ++i) {
        const OfflineJournal::Entry &e = entries.at(i);
        QString ref;
        if (m_store) {
            if (const auto known = m_store->known(e.incidentId))
                ref = known->ref;
        }
        auto *item = new QListWidgetItem(describe(e, ref), m_list);
        if (e.needsDecision())
            item->setForeground(Theme::overdueColor(palette()));
        if (e.seq == selected || (selected < 0 && reselect < 0 && e.needsDecision()))
            reselect = i;
    }
    if (reselect >= 0)
        m_list->setCurrentRow(reselect);
    updateButtons();
}

void JournalDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    const OfflineJournal::Entry e = valid ? m_entries.at(row) : OfflineJournal::Entry();
    m_sendAgain->setEnabled(valid && e.needsDecision() && OfflineJournal::isKnownKind(e.kind));
    m_applyOver->setEnabled(valid && e.problemKind == QLatin1String("conflict"));
    m_discard->setEnabled(valid);
    if (!valid)
        m_problem->setText(m_entries.isEmpty() ? tr("No edits are kept on this workstation.")
                                               : QString());
    else if (e.needsDecision())
        m_problem->setText(
            tr("Not accepted at %1: %2")
                .arg(e.problemAt.toLocalTime().toString(QStringLiteral("HH:mm")), e.problem));
    else
        m_problem->setText(tr("Waiting: it is sent when the team database is back."));
}

void JournalDialog::decide(int decision)
{
    const int row = m_list->currentRow();
    if (!m_store || row < 0 || row >= m_entries.size())
        return;
    m_error->hide();
    QPointer<JournalDialog> guard(this);
    m_store->resolveJournalEntry(m_entries.at(row).seq, IncidentStore::JournalDecision(decision),
                                 [this, guard](const Result<void> &r) {
                                     if (!guard || r)
                                         return;
                                     m_error->setText(r.error().message);
                                     m_error->show();
                                 });
}

JournalIndicator::JournalIndicator(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("journalIndicatorButton"));
    setAutoRaise(true);
    hide();
    connect(this, &QToolButton::clicked, this, [this] {
        if (!m_store)
            return;
        auto *dialog = new JournalDialog(m_store, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void JournalIndicator::setStore(IncidentStore *store)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_store = store;
    if (store) {
        m_connections << connect(store, &IncidentStore::journalChanged, this,
                                 &JournalIndicator::refresh)
                      << connect(store, &IncidentStore::journalFlaggedChanged, this,
                                 &JournalIndicator::refresh)
                      << connect(store, &QObject::destroyed, this, &JournalIndicator::refresh);
    }
    refresh();
}

void JournalIndicator::refresh()
{
    const int waiting = m_store ? m_store->waitingInJournal() : 0;
    const int flagged = m_store ? m_store->flaggedInJournal() : 0;
    setVisible(waiting + flagged > 0);
    if (flagged > 0) {
        setText(tr("%n kept edit(s) need your decision", nullptr, flagged));
        QPalette p = palette();
        p.setColor(QPalette::ButtonText, Theme::overdueColor(p));
        setPalette(p);
    } else {
        setText(tr("%n edit(s) waiting to be sent", nullptr, waiting));
        setPalette(QPalette());
    }
    setToolTip(tr("Edits made while the team database could not be reached. Click to see them "
                  "and decide about those it did not accept."));
}

} // namespace ic

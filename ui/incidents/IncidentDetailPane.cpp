#include "ui/incidents/IncidentDetailPane.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/incidents/IncidentEditQueue.h"
#include "models/incidents/IncidentStore.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/incidents/IncidentActivity.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

namespace {

QDateTimeEdit *makeTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *e = new QDateTimeEdit(parent);
    e->setObjectName(objectName);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setCalendarPopup(true);
    e->setTimeSpec(Qt::LocalTime);
    e->setKeyboardTracking(false);
    return e;
}

} // namespace

IncidentDetailPane::IncidentDetailPane(IncidentStore *store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_edits(new IncidentEditQueue(store, this))
{
    setObjectName(QStringLiteral("incidentDetailPane"));
    buildUi();
    watchEdits();
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &IncidentDetailPane::updateCountdown);
    m_tick->start();
    showIncident(nullptr);
}

void IncidentDetailPane::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Select an incident, or press Ctrl+N to open a new one."), this);
    empty->setObjectName(QStringLiteral("noIncidentLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    m_banner = new MessageBanner(content);
    m_banner->setObjectName(QStringLiteral("conflictBanner"));

    m_refLabel = new QLabel(content);
    m_refLabel->setObjectName(QStringLiteral("incidentRefLabel"));
    QFont big = m_refLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_refLabel->setFont(big);
    m_refLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdownLabel = new QLabel(content);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_countdownLabel->setWordWrap(true);
    m_saveStateLabel = new QLabel(content);
    m_saveStateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_saveStateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(300);
    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (IncidentStatus s : allStatuses())
        m_status->addItem(statusLabel(s), int(s));
    m_commander = new QLineEdit(content);
    m_commander->setObjectName(QStringLiteral("commanderEdit"));
    m_commander->setPlaceholderText(tr("Unassigned"));
    m_takeCommand = new QPushButton(tr("Take command"), content);
    m_takeCommand->setObjectName(QStringLiteral("takeCommandButton"));
    m_takeCommand->setToolTip(tr("Make yourself the commander and acknowledge (Ctrl+T)"));
    m_summary = new QPlainTextEdit(content);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, what is affected, what is being done."));
    m_summary->setMinimumHeight(fontMetrics().height() * 4);
    m_summary->setMaximumHeight(fontMetrics().height() * 8);
    m_users = new QLineEdit(content);
    m_users->setObjectName(QStringLiteral("affectedUsersEdit"));
    m_users->setPlaceholderText(tr("User IDs, separated by commas"));
    m_tenants = new QLineEdit(content);
    m_tenants->setObjectName(QStringLiteral("affectedTenantsEdit"));
    m_tenants->setPlaceholderText(tr("Tenant IDs, separated by commas"));
    m_keys = new QLineEdit(content);
    m_keys->setObjectName(QStringLiteral("affectedApiKeysEdit"));
    m_keys->setPlaceholderText(tr("API key IDs, separated by commas"));
    m_detected = makeTimeEdit(QStringLiteral("detectedAtEdit"), content);
    m_awareKnown = new QCheckBox(tr("Known"), content);
    m_awareKnown->setObjectName(QStringLiteral("becameAwareKnownCheck"));
    m_aware = makeTimeEdit(QStringLiteral("becameAwareAtEdit"), content);
    m_awareNow = new QPushButton(tr("Now"), content);
    m_awareNow->setObjectName(QStringLiteral("becameAwareNowButton"));
    m_awareNow->setToolTip(tr("The organisation became aware now: regulatory clocks start"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_refLabel);
    header->addStretch(1);
    header->addWidget(m_saveStateLabel);

    auto *commanderRow = new QHBoxLayout;
    commanderRow->addWidget(m_commander, 1);
    commanderRow->addWidget(m_takeCommand);
    auto *detectedRow = new QHBoxLayout;
    detectedRow->addWidget(m_detected);
    detectedRow->addWidget(new QLabel(TimeText::zoneSuffix(), content));
    detectedRow->addStretch(1);
    auto *awareRow = new QHBoxLayout;
    awareRow->addWidget(m_awareKnown);
    awareRow->addWidget(m_aware);
    awareRow->addWidget(m_awareNow);
    awareRow->addStretch(1);
    auto *classRow = new QHBoxLayout;
    classRow->addWidget(m_severity, 1);
    classRow->addWidget(m_status, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row too wide beside its label (German, 1366 px) goes below it: the
    // form never asks for more width than the pane has.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Severity / &status"), classRow);
    form->addRow(tr("&Commander"), commanderRow);
    form->addRow(tr("Su&mmary"), m_summary);
    form->addRow(tr("Affected &users"), m_users);
    form->addRow(tr("Affected te&nants"), m_tenants);
    form->addRow(tr("Affected API &keys"), m_keys);
    form->addRow(tr("&Detected at"), detectedRow);
    form->addRow(tr("Became &aware at"), awareRow);
    // Labels with mnemonics focus their fields (Alt+T, Alt+S, ...).
    static_cast<QLabel *>(form->labelForField(classRow))->setBuddy(m_severity);
    static_cast<QLabel *>(form->labelForField(commanderRow))->setBuddy(m_commander);
    static_cast<QLabel *>(form->labelForField(detectedRow))->setBuddy(m_detected);
    static_cast<QLabel *>(form->labelForField(awareRow))->setBuddy(m_awareKnown);

    m_activity = new IncidentActivity(m_clock, content);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);
    layout->addLayout(header);
    layout->addWidget(m_countdownLabel);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_activity, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(800);

    // Saving: line edits on Enter/focus-out, combos on choice, the summary
    // shortly after typing stops and on focus-out.
    auto onLine = [this](QLineEdit *edit, auto makePatch) {
        connect(edit, &QLineEdit::editingFinished, this, [this, makePatch] {
            if (!m_populating && m_incident)
                submit(makePatch());
        });
    };
    onLine(m_title, [this] {
        IncidentPatch p;
        p.title = m_title->text();
        return p;
    });
    onLine(m_commander, [this] {
        IncidentPatch p;
        p.commander = m_commander->text();
        return p;
    });
    onLine(m_users, [this] {
        IncidentPatch p;
        p.affectedUsers = splitList(m_users->text());
        return p;
    });
    onLine(m_tenants, [this] {
        IncidentPatch p;
        p.affectedTenants = splitList(m_tenants->text());
        return p;
    });
    onLine(m_keys, [this] {
        IncidentPatch p;
        p.affectedApiKeys = splitList(m_keys->text());
        return p;
    });
    connect(m_severity, &QComboBox::activated, this, [this] {
        IncidentPatch p;
        p.severity = Severity(m_severity->currentData().toInt());
        submit(p);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        IncidentPatch p;
        p.status = IncidentStatus(m_status->currentData().toInt());
        submit(p);
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_populating)
            m_summaryTimer->start();
    });
    connect(m_summaryTimer, &QTimer::timeout, this, &IncidentDetailPane::saveSummaryNow);
    m_summary->installEventFilter(this);
    connect(m_detected, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_populating || !m_incident)
            return;
        IncidentPatch p;
        p.detectedAt = m_detected->dateTime().toUTC();
        submit(p);
    });
    connect(m_aware, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_populating || !m_incident || !m_awareKnown->isChecked())
            return;
        IncidentPatch p;
        p.becameAwareAt = m_aware->dateTime().toUTC();
        submit(p);
    });
    connect(m_awareKnown, &QCheckBox::toggled, this, [this](bool known) {
        m_aware->setEnabled(known && !m_readOnly);
        if (m_populating || !m_incident)
            return;
        IncidentPatch p;
        p.becameAwareAt = known ? m_aware->dateTime().toUTC() : QDateTime();
        submit(p);
    });
    connect(m_awareNow, &QPushButton::clicked, this, [this] {
        if (!m_incident)
            return;
        const QDateTime now = m_clock.now();
        m_populating = true;
        m_awareKnown->setChecked(true);
        m_aware->setDateTime(now.toLocalTime());
        m_aware->setEnabled(!m_readOnly);
        m_populating = false;
        IncidentPatch p;
        p.becameAwareAt = now;
        submit(p);
    });
    connect(m_takeCommand, &QPushButton::clicked, this, &IncidentDetailPane::takeCommand);
    connect(m_activity, &IncidentActivity::noteSubmitted, this, [this](const QString &text) {
        if (m_incident && !m_readOnly)
            m_store->addNote(m_incident->id, text);
    });

    connect(m_store, &IncidentStore::eventsLoaded, this, &IncidentDetailPane::setEvents);
}

void IncidentDetailPane::setPolicy(const SeverityPolicy &policy)
{
    m_policy = policy;
    const bool wasPopulating = m_populating;
    m_populating = true;
    const int current = m_severity->currentIndex();
    m_severity->clear();
    for (int s = 0; s < 4; ++s) {
        const SeverityLevel &l = policy.level(Severity(s));
        m_severity->addItem(tr("%1 (%2)").arg(policy.label(Severity(s)), l.responseText), s);
        m_severity->setItemData(s, l.description, Qt::ToolTipRole);
    }
    m_severity->setCurrentIndex(current < 0 ? 2 : current);
    m_populating = wasPopulating;
    if (m_incident)
        populate(false);
}

void IncidentDetailPane::showIncident(const Incident *incident)
{
    if (m_incident && m_summaryTimer->isActive())
        saveSummaryNow(); // never drop typed text when the selection moves
    m_banner->hide();
    m_banner->clearActions();
    if (!incident) {
        m_incident.reset();
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool same = m_incident && m_incident->id == incident->id;
    if (!same || incident->version >= m_incident->version)
        m_incident = *incident;
    m_stack->setCurrentIndex(1);
    populate(!same);
    if (!same) {
        m_saveStateLabel->clear();
        m_activity->clear();
        m_store->loadEvents(incident->id);
    }
    showProblems();
}

void IncidentDetailPane::incidentUpdated(const Incident &incident)
{
    if (!m_incident || m_incident->id != incident.id || incident.version < m_incident->version)
        return;
    const bool changed = incident.version != m_incident->version;
    m_incident = incident;
    populate(false);
    if (changed)
        m_store->loadEvents(incident.id);
}

void IncidentDetailPane::setEvents(const QString &incidentId, const QList<IncidentEvent> &events)
{
    if (m_incident && m_incident->id == incidentId)
        m_activity->setEvents(events);
}

void IncidentDetailPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_title, m_commander, m_users, m_tenants, m_keys})
        edit->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_severity, m_status, m_takeCommand,
                                                       m_detected, m_awareKnown, m_awareNow})
        w->setEnabled(!readOnly);
    m_activity->setReadOnly(readOnly);
    m_aware->setEnabled(!readOnly && m_awareKnown->isChecked());
}

QString IncidentDetailPane::incidentId() const
{
    return m_incident ? m_incident->id : QString();
}

bool IncidentDetailPane::hasUnsavedChanges() const
{
    return m_summaryTimer->isActive() || m_edits->hasUnsavedChanges();
}

void IncidentDetailPane::flushTyping()
{
    // Leaving a field is what saves it (editingFinished, focus-out).
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    if (m_summaryTimer->isActive())
        saveSummaryNow();
}

void IncidentDetailPane::focusTitle()
{
    if (!m_incident)
        return;
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void IncidentDetailPane::focusNote()
{
    if (m_incident)
        m_activity->focusNote();
}

void IncidentDetailPane::takeCommand()
{
    if (!m_incident || m_readOnly)
        return;
    IncidentPatch p;
    p.commander = m_store->actor();
    p.acknowledge = true;
    m_populating = true;
    m_commander->setText(m_store->actor());
    m_populating = false;
    submit(p);
}

void IncidentDetailPane::toggleClosed()
{
    if (!m_incident || m_readOnly)
        return;
    IncidentPatch p;
    p.status = m_incident->isClosed() ? IncidentStatus::Recovery : IncidentStatus::Closed;
    submit(p);
}

void IncidentDetailPane::populate(bool force)
{
    if (!m_incident)
        return;
    const Incident &inc = *m_incident;
    m_populating = true;
    auto setLine = [force](QLineEdit *e, const QString &v) {
        if ((force || !e->hasFocus()) && e->text() != v) {
            e->setText(v);
            e->setCursorPosition(0); // show the start of long text
        }
    };
    m_refLabel->setText(QStringLiteral("%1 · %2").arg(inc.ref, m_policy.label(inc.severity)));
    setLine(m_title, inc.title);
    setLine(m_commander, inc.commander);
    setLine(m_users, inc.affectedUsers.join(QStringLiteral(", ")));
    setLine(m_tenants, inc.affectedTenants.join(QStringLiteral(", ")));
    setLine(m_keys, inc.affectedApiKeys.join(QStringLiteral(", ")));
    if ((force || !m_summary->hasFocus()) && m_summary->toPlainText() != inc.summary &&
        !m_summaryTimer->isActive())
        m_summary->setPlainText(inc.summary);
    m_severity->setCurrentIndex(m_severity->findData(int(inc.severity)));
    m_status->setCurrentIndex(m_status->findData(int(inc.status)));
    if (force || !m_detected->hasFocus())
        m_detected->setDateTime(inc.detectedAt.toLocalTime());
    m_awareKnown->setChecked(inc.becameAwareAt.isValid());
    if (force || !m_aware->hasFocus())
        m_aware->setDateTime(
            (inc.becameAwareAt.isValid() ? inc.becameAwareAt : m_clock.now()).toLocalTime());
    m_aware->setEnabled(!m_readOnly && inc.becameAwareAt.isValid());
    m_takeCommand->setVisible(inc.commander != m_store->actor() || !inc.acknowledgedAt.isValid());
    m_populating = false;
    updateCountdown();
}

void IncidentDetailPane::updateCountdown()
{
    if (!m_incident)
        return;
    const Incident &inc = *m_incident;
    const ResponseState st = responseState(inc, m_policy, m_clock.now());
    const SeverityLevel &level = m_policy.level(inc.severity);
    QString text =
        tr("Response target for %1: %2 — due %3 — <b>%4</b>")
            .arg(m_policy.label(inc.severity).toHtmlEscaped(), level.responseText.toHtmlEscaped(),
                 TimeText::local(st.due), st.text().toHtmlEscaped());
    if (st.kind == ResponseState::Kind::Met || st.kind == ResponseState::Kind::MetLate)
        text += tr(" (acknowledged %1)").arg(TimeText::local(inc.acknowledgedAt));
    if (inc.isClosed() && inc.closedAt.isValid())
        text += tr(" · closed %1").arg(TimeText::local(inc.closedAt));
    m_countdownLabel->setText(text);
    QPalette p = palette();
    if (st.kind == ResponseState::Kind::Overdue)
        p.setColor(QPalette::WindowText, Theme::overdueColor(palette()));
    m_countdownLabel->setPalette(p);
    m_countdownLabel->setAccessibleName(st.text());
}

void IncidentDetailPane::submit(const IncidentPatch &patch)
{
    if (!m_incident || m_readOnly || patch.isEmpty())
        return;
    m_edits->submit(m_incident->id, m_incident->version, patch);
}

void IncidentDetailPane::watchEdits()
{
    connect(m_edits, &IncidentEditQueue::sending, this,
            [this] { m_saveStateLabel->setText(tr("Saving…")); });
    connect(m_edits, &IncidentEditQueue::saved, this, [this](const Incident &incident) {
        if (!m_incident || m_incident->id != incident.id)
            return;
        m_saveStateLabel->setText(
            tr("Saved %1").arg(m_clock.now().toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        incidentUpdated(incident);
    });
    connect(m_edits, &IncidentEditQueue::keptOffline, this,
            [this](const QString &id, const IncidentPatch &patch) {
                if (!m_incident || m_incident->id != id)
                    return;
                m_saveStateLabel->setText(tr("Saved on this workstation — sent when back "
                                             "online"));
                m_incident = applyPatch(*m_incident, patch, m_clock.now());
            });
    connect(m_edits, &IncidentEditQueue::refused, this, [this](const QString &id) {
        if (m_incident && m_incident->id == id)
            showProblems();
    });
}

void IncidentDetailPane::showProblems()
{
    if (!m_incident)
        return;
    const auto rejected = m_edits->rejected(m_incident->id);
    if (!rejected)
        return;
    if (rejected->conflictCurrent)
        showConflict(*rejected->conflictCurrent, rejected->patch);
    else if (rejected->error)
        showSaveError(*rejected->error, rejected->patch);
}

void IncidentDetailPane::showSaveError(const Error &error, const IncidentPatch &rejected)
{
    m_saveStateLabel->setText(tr("Not saved"));
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Error, error.message, error.detail);
    auto *retry = m_banner->addAction(tr("Retry"), QStringLiteral("retrySaveButton"));
    const QString id = m_incident->id;
    connect(retry, &QPushButton::clicked, this, [this, id, rejected] {
        m_banner->hide();
        m_edits->forget(id);
        submit(rejected);
    });
}

void IncidentDetailPane::showConflict(const Incident &current, const IncidentPatch &rejected)
{
    m_saveStateLabel->setText(tr("Conflict"));
    QStringList lines;
    auto line = [&](const QString &field, const QString &theirs, const QString &mine) {
        if (theirs != mine)
            lines << tr("%1 — theirs: “%2”, yours: “%3”").arg(field, theirs, mine);
    };
    if (rejected.title)
        line(tr("Title"), current.title, *rejected.title);
    if (rejected.summary)
        line(tr("Summary"), current.summary.left(80), rejected.summary->left(80));
    if (rejected.severity)
        line(tr("Severity"), severityCode(current.severity), severityCode(*rejected.severity));
    if (rejected.status)
        line(tr("Status"), statusLabel(current.status), statusLabel(*rejected.status));
    if (rejected.commander)
        line(tr("Commander"), current.commander, *rejected.commander);
    const auto joined = [](const QStringList &items) { return items.join(QStringLiteral(", ")); };
    if (rejected.affectedUsers)
        line(tr("Affected users"), joined(current.affectedUsers), joined(*rejected.affectedUsers));
    if (rejected.affectedTenants)
        line(tr("Affected tenants"), joined(current.affectedTenants),
             joined(*rejected.affectedTenants));
    if (rejected.affectedApiKeys)
        line(tr("Affected API keys"), joined(current.affectedApiKeys),
             joined(*rejected.affectedApiKeys));
    m_banner->clearActions();
    m_banner->show(MessageBanner::Kind::Warning,
                   tr("%1 changed this incident while you were editing (%2). Your change was not "
                      "saved yet.\n%3")
                       .arg(current.updatedBy, TimeText::local(current.updatedAt),
                            lines.join(QLatin1Char('\n'))));
    auto *mine = m_banner->addAction(tr("Keep mine"), QStringLiteral("keepMineButton"));
    auto *theirs = m_banner->addAction(tr("Use theirs"), QStringLiteral("useTheirsButton"));
    connect(mine, &QPushButton::clicked, this, [this, current, rejected] {
        m_banner->hide();
        m_edits->forget(current.id);
        m_incident = current;
        m_edits->send(current.id, current.version, rejected);
    });
    connect(theirs, &QPushButton::clicked, this, [this, current] {
        m_banner->hide();
        m_edits->forget(current.id);
        m_incident = current;
        m_saveStateLabel->clear();
        populate(true);
        m_store->loadEvents(current.id);
    });
}

bool IncidentDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::FocusOut && m_summaryTimer->isActive())
        saveSummaryNow();
    return QWidget::eventFilter(watched, event);
}

void IncidentDetailPane::saveSummaryNow()
{
    m_summaryTimer->stop();
    if (!m_incident || m_readOnly)
        return;
    IncidentPatch p;
    p.summary = m_summary->toPlainText();
    if (*p.summary == m_incident->summary && !m_edits->isTracked(m_incident->id))
        return;
    submit(p);
}

} // namespace ic

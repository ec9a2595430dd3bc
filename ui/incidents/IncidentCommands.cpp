#include "ui/incidents/IncidentCommands.h"

#include "models/core/Clock.h"
#include "models/incidents/IncidentDeadline.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/notify/DeadlineFeed.h"
#include "models/session/WorkspaceSession.h"
#include "ui/TrayNotifier.h"
#include "ui/incidents/CloseIncidentDialog.h"
#include "ui/incidents/IncidentDetailPane.h"
#include "ui/incidents/IncidentListPane.h"
#include "ui/incidents/NewIncidentDialog.h"
#include "ui/incidents/SeverityPolicyDialog.h"
#include "ui/shell/Toast.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>

namespace ic {

namespace {
// These texts were first written for the window; they keep its translation
// context so their translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ic::MainWindow)
};
} // namespace

IncidentCommands::IncidentCommands(QMainWindow *window, IncidentListPane *list,
                                   TrayNotifier *notifier, const Clock &clock)
    : QObject(window), m_window(window), m_list(list), m_notifier(notifier), m_clock(clock)
{
    m_newIncident = make(Tr::tr("&New Incident…"), "newIncidentAction", QKeySequence::New);
    connect(m_newIncident, &QAction::triggered, this, &IncidentCommands::showNewIncidentDialog);
    m_takeCommand =
        make(Tr::tr("&Take Command"), "takeCommandAction", QKeySequence(Tr::tr("Ctrl+T")));
    connect(m_takeCommand, &QAction::triggered, this, [this] {
        if (m_detail)
            m_detail->takeCommand();
    });
    m_closeIncident = make(Tr::tr("&Close Incident"), "closeIncidentAction",
                           QKeySequence(Tr::tr("Ctrl+Shift+W")));
    connect(m_closeIncident, &QAction::triggered, this, &IncidentCommands::closeOrReopen);
    m_addNote = make(Tr::tr("Add &Note"), "addNoteAction", QKeySequence(Tr::tr("Ctrl+Shift+N")));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (!m_detail)
            return;
        emit detailsWanted(); // the note field must be visible to type in it
        m_detail->focusNote();
    });
    m_editTitle = make(Tr::tr("&Edit Title"), "editTitleAction", QKeySequence(Qt::Key_F2));
    connect(m_editTitle, &QAction::triggered, this, [this] {
        if (!m_detail)
            return;
        emit detailsWanted();
        m_detail->focusTitle();
    });
    m_mute = make(Tr::tr("&Mute Notifications for This Incident"), "muteIncidentAction");
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        if (m_detail && !m_detail->incidentId().isEmpty())
            m_notifier->setMuted(m_detail->incidentId(), muted);
    });
    m_policy = make(Tr::tr("Severity &Policy…"), "severityPolicyAction");
    connect(m_policy, &QAction::triggered, this, &IncidentCommands::showPolicyDialog);
    m_find = make(Tr::tr("&Find Incident"), "findAction", QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_list, &IncidentListPane::focusSearch);
    m_focusList =
        make(Tr::tr("Go to Incident &List"), "focusListAction", QKeySequence(Tr::tr("Ctrl+L")));
    connect(m_focusList, &QAction::triggered, m_list, &IncidentListPane::focusTable);
}

QAction *IncidentCommands::make(const QString &text, const char *name, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    m_window->addAction(a);
    return a;
}

void IncidentCommands::addTo(QMenu *menu)
{
    menu->addAction(m_newIncident);
    menu->addSeparator();
    menu->addActions({m_takeCommand, m_editTitle, m_addNote, m_closeIncident, m_mute});
    menu->addSeparator();
    menu->addActions({m_find, m_focusList});
    menu->addSeparator();
    menu->addAction(m_policy);
}

void IncidentCommands::setWorkspace(WorkspaceSession *session, IncidentDetailPane *detail)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_detail = detail;
    if (session)
        connect(session, &WorkspaceSession::permissionsChanged, this, &IncidentCommands::update);
    update();
}

void IncidentCommands::update()
{
    const QString why =
        m_session ? m_session->permissions().whyNot(Permissions::Action::Edit) : QString();
    // Taking command and closing are a commander's; severity presets an admin's.
    const QString whyCommand =
        m_session ? m_session->permissions().whyNot(Permissions::Action::Command) : QString();
    const QString whyPolicy =
        m_session ? m_session->permissions().whyNot(Permissions::Action::Administer) : QString();
    const bool writable = m_session && why.isEmpty();
    const bool selected = m_detail && !m_detail->incidentId().isEmpty();
    m_newIncident->setEnabled(writable);
    m_policy->setEnabled(m_session && whyPolicy.isEmpty());
    for (QAction *a : {m_addNote, m_editTitle})
        a->setEnabled(writable && selected);
    for (QAction *a : {m_takeCommand, m_closeIncident})
        a->setEnabled(m_session && whyCommand.isEmpty() && selected);
    const auto tip = [](QAction *a, const QString &reason) {
        a->setToolTip(reason.isEmpty() ? a->text().remove(QLatin1Char('&')) : reason);
        a->setStatusTip(reason);
    };
    for (QAction *a : {m_newIncident, m_addNote, m_editTitle})
        tip(a, why);
    for (QAction *a : {m_takeCommand, m_closeIncident})
        tip(a, whyCommand);
    tip(m_policy, whyPolicy);
    m_mute->setEnabled(selected);
    {
        const QSignalBlocker block(m_mute);
        m_mute->setChecked(selected && m_notifier->isMuted(m_detail->incidentId()));
    }
    if (selected && m_session) {
        const Incident *inc = m_session->incidentList()->incidentById(m_detail->incidentId());
        m_closeIncident->setText(inc && inc->isClosed() ? Tr::tr("Re&open Incident")
                                                        : Tr::tr("&Close Incident"));
    }
}

void IncidentCommands::showNewIncidentDialog()
{
    if (!m_session || !m_session->permissions().canEdit())
        return;
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    auto *dlg = new NewIncidentDialog(m_session->incidentList()->policy(),
                                      m_session->identity().actor, m_clock.now(), m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dlg;
    connect(dlg, &NewIncidentDialog::submitted, this, [this, dlg](const NewIncident &draft) {
        QPointer<NewIncidentDialog> guard(dlg);
        QPointer<WorkspaceSession> session(m_session);
        m_session->incidents()->create(draft, [this, guard, session](const Result<Incident> &r) {
            if (!r) {
                if (guard)
                    guard->showError(r.error().message);
                return;
            }
            if (session)
                session->incidentList()->upsert(r.value()); // to select it at once
            m_list->resort();
            m_list->selectIncident(r->id);
            if (guard)
                guard->accept();
            m_list->focusTable();
        });
    });
    dlg->open();
}

void IncidentCommands::showPolicyDialog()
{
    if (!m_session)
        return;
    auto *dlg = new SeverityPolicyDialog(m_session->incidentList()->policy(), m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<WorkspaceSession> session(m_session);
    connect(dlg, &SeverityPolicyDialog::submitted, this, [session, dlg](const SeverityPolicy &p) {
        if (session)
            session->incidents()->savePolicy(p);
        dlg->accept();
    });
    dlg->open();
}

void IncidentCommands::closeOrReopen()
{
    if (!m_session || !m_detail || m_detail->incidentId().isEmpty() ||
        !m_session->permissions().may(Permissions::Action::Command))
        return;
    m_detail->flushTyping();
    const Incident *inc = m_session->incidentList()->incidentById(m_detail->incidentId());
    if (!inc)
        return;
    if (inc->isClosed()) {
        setClosed(inc->id, false, IncidentStatus::Recovery, {});
        return;
    }
    // A notification clock that applies but never started is asked about first.
    QStringList undecided;
    if (DeadlineFeed *feed = m_session->deadlines()) {
        const IncidentDeadline d = feed->deadlines().value(inc->id);
        if (d.isValid() && !d.due.isValid())
            undecided << (d.conditional ? d.ruleName + QLatin1Char('?') : d.ruleName);
    }
    auto *dlg = new CloseIncidentDialog(inc->ref, inc->title, undecided, m_window);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = inc->id;
    const IncidentStatus was = inc->status;
    connect(dlg, &QDialog::accepted, this,
            [this, dlg, id, was] { setClosed(id, true, was, dlg->resolution()); });
    dlg->open();
}

void IncidentCommands::setClosed(const QString &id, bool closed, IncidentStatus reopenAs,
                                 const QString &resolution)
{
    if (!m_session)
        return;
    IncidentStore *store = m_session->incidents();
    const Incident *inc = m_session->incidentList()->incidentById(id);
    if (!inc)
        return;
    // The resolution goes on the record first (same worker, in order).
    if (closed && !resolution.isEmpty())
        store->addNote(id, Tr::tr("Resolution: %1").arg(resolution));
    IncidentPatch p;
    p.status = closed ? IncidentStatus::Closed : reopenAs;
    const QString ref = inc->ref;
    QPointer<IncidentCommands> self(this);
    store->update(id, inc->version, p,
                  [self, id, ref, closed, reopenAs](const Result<Incident> &r, const Incident &) {
                      if (!self || !r || !self->m_toast)
                          return; // the store reports the failure in the banner
                      if (closed) {
                          self->m_toast->showMessage(
                              Tr::tr("%1 closed; the resolution is on its record.").arg(ref),
                              Tr::tr("Undo"), [self, id, reopenAs] {
                                  if (self)
                                      self->setClosed(id, false, reopenAs, {});
                              });
                      } else {
                          self->m_toast->showMessage(
                              Tr::tr("%1 reopened (%2).").arg(ref, statusLabel(reopenAs)));
                      }
                  });
}

} // namespace ic

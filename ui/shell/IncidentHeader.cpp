#include "ui/shell/IncidentHeader.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentStore.h"
#include "models/session/WorkspaceSession.h"
#include "ui/Theme.h"
#include "ui/shell/NotApplicableDialog.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace ic {

namespace {

enum class Mark { Overdue, Running, NotStarted };

// Drawn, not a font's symbol character (fonts may lack it): a triangle with
// "!" for overdue, a clock face for running, a clock with a gap for not started.
QIcon markIcon(Mark mark, const QPalette &palette)
{
    const int size = 32;
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink =
        mark == Mark::Overdue ? Theme::overdueColor(palette) : palette.color(QPalette::WindowText);
    QPen pen(ink, 3);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    if (mark == Mark::Overdue) {
        QPainterPath tri;
        tri.moveTo(16, 3);
        tri.lineTo(30, 28);
        tri.lineTo(2, 28);
        tri.closeSubpath();
        p.setBrush(ink);
        p.drawPath(tri);
        p.setPen(QPen(palette.color(QPalette::Window), 3.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(16, 11, 16, 19);
        p.drawPoint(16, 24);
    } else {
        if (mark == Mark::NotStarted)
            pen.setStyle(Qt::DotLine);
        p.setPen(pen);
        p.drawEllipse(QRectF(3, 3, 26, 26));
        pen.setStyle(Qt::SolidLine);
        p.setPen(pen);
        if (mark == Mark::Running) {
            p.drawLine(16, 16, 16, 8);
            p.drawLine(16, 16, 22, 19);
        } else {
            p.drawLine(12, 12, 20, 20);
            p.drawLine(20, 12, 12, 20);
        }
    }
    return QIcon(pm);
}

QString elideMiddleWords(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + QChar(0x2026);
}

} // namespace

IncidentHeader::IncidentHeader(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("incidentHeader"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Selected incident"));

    m_severity = new QLabel(this);
    m_severity->setObjectName(QStringLiteral("headerSeverityLabel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("headerTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(80);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("headerFactsLabel"));
    m_facts->setTextFormat(Qt::PlainText);
    m_empty = new QLabel(tr("No incident selected"), this);
    m_empty->setObjectName(QStringLiteral("headerEmptyLabel"));

    QFont bold = font();
    bold.setBold(true);
    m_severity->setFont(bold);
    m_title->setFont(bold);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_severity);
    top->addWidget(m_title, 1);
    top->addWidget(m_facts);
    top->addWidget(m_empty);

    m_clockRow = new QHBoxLayout;
    m_clockRow->setSpacing(6);
    m_clockRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(m_clockRow);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IncidentHeader::refresh);
    refresh();
}

void IncidentHeader::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_incidentId.clear();
    if (session && session->clocks())
        connect(session->clocks(), &IncidentClocks::changed, this, &IncidentHeader::refresh);
    if (session && session->incidentList()) {
        IncidentListModel *list = session->incidentList();
        connect(list, &QAbstractItemModel::modelReset, this, &IncidentHeader::refresh);
        connect(list, &QAbstractItemModel::rowsInserted, this, &IncidentHeader::refresh);
    }
    refresh();
}

void IncidentHeader::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

void IncidentHeader::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    m_tick.start();
    refresh();
}

void IncidentHeader::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    m_tick.stop();
}

void IncidentHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        // Icons and colours follow the theme; texts the language.
        qDeleteAll(m_buttons);
        m_buttons.clear();
        refresh();
    }
}

QString IncidentHeader::clockText(const ClockDue &c, const QDateTime &now) const
{
    const QString name = c.kind == ClockDue::Kind::Regulatory
                             ? (c.conditional ? c.what + QLatin1Char('?') : c.what)
                             : ClockDue::kindName(c.kind);
    if (c.notStarted())
        return tr("%1: not started — set “became aware”").arg(name);
    const QString left = TimeText::duration(now.secsTo(c.due));
    if (c.isOverdue()) {
        if (c.overdue > 1)
            return tr("%1: %2 OVERDUE (by %3)").arg(name).arg(c.overdue).arg(left);
        return tr("%1: OVERDUE by %2").arg(name, left);
    }
    return tr("%1: due in %2").arg(name, left);
}

QString IncidentHeader::clockTip(const ClockDue &c) const
{
    QString tip;
    switch (c.kind) {
    case ClockDue::Kind::Response:
        tip = tr("Acknowledge the incident (take command) before the response target.");
        break;
    case ClockDue::Kind::Escalation:
        tip = tr("Next to notify: %1. %n contact(s) still to reach.", nullptr, c.open).arg(c.what);
        break;
    case ClockDue::Kind::Checklist:
        tip = tr("Next step: “%1”. %n step(s) still open with a deadline.", nullptr, c.open)
                  .arg(elideMiddleWords(c.what, 80));
        break;
    case ClockDue::Kind::Regulatory:
        tip = c.notStarted()
                  ? tr("%1 applies but has not started: say when the organisation became aware.")
                        .arg(c.what)
                  : tr("The nearest notification deadline: %1.").arg(c.what);
        break;
    }
    if (c.due.isValid())
        tip += QLatin1Char('\n') + tr("Due %1.").arg(TimeText::local(c.due));
    return tip + QLatin1Char('\n') + tr("Click to go there.");
}

void IncidentHeader::refresh()
{
    IncidentListModel *list = m_session ? m_session->incidentList() : nullptr;
    const Incident *inc =
        list && !m_incidentId.isEmpty() ? list->incidentById(m_incidentId) : nullptr;
    m_severity->setVisible(inc);
    m_title->setVisible(inc);
    m_facts->setVisible(inc);
    m_empty->setVisible(!inc);
    if (!inc) {
        qDeleteAll(m_buttons);
        m_buttons.clear();
        return;
    }
    const QDateTime now = m_session->clock().now();
    m_severity->setText(list->policy().label(inc->severity));
    QPalette sp = m_severity->palette();
    sp.setColor(QPalette::WindowText, Theme::severityColor(inc->severity, palette()));
    m_severity->setPalette(sp);
    const QString title = QStringLiteral("%1 · %2").arg(inc->ref, inc->title);
    m_title->setText(
        m_title->fontMetrics().elidedText(title, Qt::ElideRight, qMax(40, m_title->width())));
    m_title->setToolTip(title);
    const QDateTime detected = inc->detectedAt.isValid() ? inc->detectedAt : inc->createdAt;
    QStringList facts;
    facts << statusLabel(inc->status);
    facts << (inc->commander.isEmpty() ? tr("No commander")
                                       : tr("Commander: %1").arg(inc->commander));
    if (detected.isValid())
        facts << tr("Detected %1 ago").arg(TimeText::duration(detected.secsTo(now)));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    const QList<ClockDue> clocks =
        m_session->clocks() ? m_session->clocks()->clocks(inc->id) : QList<ClockDue>();
    // One button per clock, made again only when their number changes.
    while (m_buttons.size() > clocks.size())
        delete m_buttons.takeLast();
    while (m_buttons.size() < clocks.size()) {
        auto *b = new QToolButton(this);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QToolButton::clicked, this, [this, b] {
            const auto kind = ClockDue::Kind(b->property("clockKind").toInt());
            if (kind == ClockDue::Kind::Regulatory && b->property("notStarted").toBool())
                askBecameAware(b);
            else
                emit clockActivated(kind);
        });
        m_clockRow->insertWidget(int(m_buttons.size()), b);
        m_buttons.append(b);
    }
    for (int i = 0; i < clocks.size(); ++i) {
        const ClockDue &c = clocks.at(i);
        QToolButton *b = m_buttons.at(i);
        static const char *const names[] = {"headerResponseClock", "headerEscalationClock",
                                            "headerChecklistClock", "headerRegulatoryClock"};
        b->setObjectName(QLatin1String(names[int(c.kind)]));
        const Mark mark = c.isOverdue()    ? Mark::Overdue
                          : c.notStarted() ? Mark::NotStarted
                                           : Mark::Running;
        if (b->property("mark").toInt() != int(mark) + 1) {
            b->setIcon(markIcon(mark, palette()));
            b->setProperty("mark", int(mark) + 1);
            QFont f = font();
            f.setBold(mark != Mark::Running);
            b->setFont(f);
            QPalette bp = palette();
            if (mark == Mark::Overdue)
                bp.setColor(QPalette::ButtonText, Theme::overdueColor(palette()));
            b->setPalette(bp);
        }
        b->setProperty("clockKind", int(c.kind));
        b->setProperty("notStarted", c.notStarted());
        b->setText(clockText(c, now));
        b->setToolTip(clockTip(c));
        b->setAccessibleName(b->text());
    }
}

void IncidentHeader::recordBecameAware(const QString &incidentId, const QDateTime &awareUtc)
{
    emit becameAwareChosen(incidentId, awareUtc);
    const Incident *inc = m_session ? m_session->incidentList()->incidentById(incidentId) : nullptr;
    if (!inc)
        return;
    // On the worker, recorded with who decided (the incident's own record).
    IncidentPatch p;
    p.becameAwareAt = awareUtc;
    m_session->incidents()->update(incidentId, inc->version, p);
}

void IncidentHeader::askBecameAware(QToolButton *button)
{
    IncidentListModel *list = m_session ? m_session->incidentList() : nullptr;
    const Incident *inc = list ? list->incidentById(m_incidentId) : nullptr;
    if (!inc)
        return;
    const QString id = inc->id;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("becameAwareMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTip(tr("When the organisation became aware starts every notification clock; "
                        "it is recorded with your name."));
    if (inc->acknowledgedAt.isValid()) {
        const QDateTime ack = inc->acknowledgedAt;
        menu->addAction(tr("Became aware at acknowledgement (%1)").arg(TimeText::local(ack)), this,
                        [this, id, ack] { recordBecameAware(id, ack); })
            ->setObjectName(QStringLiteral("awareAtAcknowledgementAction"));
    }
    menu->addAction(tr("Became aware now"), this,
                    [this, id] { recordBecameAware(id, m_session->clock().now()); })
        ->setObjectName(QStringLiteral("awareNowAction"));
    menu->addAction(tr("Became aware at a time…"), this,
                    [this, id] {
                        auto *dlg = new QDialog(this);
                        dlg->setAttribute(Qt::WA_DeleteOnClose);
                        dlg->setObjectName(QStringLiteral("becameAwareDialog"));
                        dlg->setWindowTitle(tr("Became Aware"));
                        auto *edit = new QDateTimeEdit(m_session->clock().now().toLocalTime(), dlg);
                        edit->setObjectName(QStringLiteral("becameAwareEdit"));
                        edit->setCalendarPopup(true);
                        edit->setMaximumDateTime(m_session->clock().now().toLocalTime());
                        auto *buttons = new QDialogButtonBox(
                            QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dlg);
                        auto *l = new QVBoxLayout(dlg);
                        l->addWidget(new QLabel(
                            tr("When did the organisation become aware of the incident?"), dlg));
                        l->addWidget(edit);
                        l->addWidget(buttons);
                        connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
                        connect(buttons, &QDialogButtonBox::accepted, dlg, [this, dlg, edit, id] {
                            recordBecameAware(id, edit->dateTime().toUTC());
                            dlg->accept();
                        });
                        dlg->open();
                    })
        ->setObjectName(QStringLiteral("awareAtTimeAction"));
    menu->addSeparator();
    // Not applicable: recorded too (the facts that settle it, the reason,
    // who), not only a way to the Notifications pane.
    menu->addAction(tr("Not applicable — say why…"), this,
                    [this, id] {
                        auto *dlg = new NotApplicableDialog(m_session, id, this);
                        dlg->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dlg, &NotApplicableDialog::factsWanted, this,
                                [this] { emit clockActivated(ClockDue::Kind::Regulatory); });
                        connect(dlg, &NotApplicableDialog::recorded, this,
                                &IncidentHeader::notApplicableRecorded);
                        dlg->open();
                    })
        ->setObjectName(QStringLiteral("awareNotApplicableAction"));
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

} // namespace ic

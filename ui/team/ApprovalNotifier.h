#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ic {

class MessageBanner;
class TrayNotifier;

// Tells people about the two-person rule as it happens on any workstation:
// an approver that a request waits for them, every member that someone
// broke glass. Always in the window (a banner with a Show button); also on
// the desktop through the tray where one exists (TrayNotifier decides).
class ApprovalNotifier : public QObject
{
    Q_OBJECT
public:
    // `banner`: where the in-window notice goes (not owned). `tray`: may be
    // null (no desktop notification then).
    ApprovalNotifier(MessageBanner *banner, TrayNotifier *tray, QObject *parent = nullptr);

    // A request now waits for an approver (this person is one, and did not
    // request it).
    void approvalRequested(const QString &incidentId, const QString &incidentRef,
                           const QString &action, const QString &requestedBy);
    // Someone ran a containment action of this incident by break-glass.
    void brokeGlass(const QString &incidentId, const QString &incidentRef);

    // What was shown, newest last.
    const QStringList &history() const { return m_history; }

signals:
    void notified(const QString &title, const QString &message, const QString &incidentId);
    void showIncident(const QString &incidentId); // the banner's Show button

private:
    void show(const QString &title, const QString &message, const QString &incidentId,
              bool warning);

    QPointer<MessageBanner> m_banner;
    QPointer<TrayNotifier> m_tray;
    QStringList m_history;
};

} // namespace ic

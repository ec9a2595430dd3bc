#include "ui/audit/ReplicationLagLine.h"

#include "models/audit/ReplicationLag.h"
#include "models/core/Result.h"
#include "ui/Theme.h"

namespace ic {

ReplicationLagLine::ReplicationLagLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("replicationLagLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    hide();
}

void ReplicationLagLine::setMonitor(ReplicationMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    m_warning = false;
    m_text.clear();
    setToolTip(QString());
    if (!monitor) {
        hide();
        return;
    }
    connect(monitor, &ReplicationMonitor::lagChanged, this, &ReplicationLagLine::showLag);
    connect(monitor, &ReplicationMonitor::warningChanged, this, &ReplicationLagLine::showWarning);
    connect(monitor, &ReplicationMonitor::failed, this, &ReplicationLagLine::showFailure);
    if (monitor->hasReading()) {
        m_warning = monitor->isWarning();
        showLag(monitor->lag());
    } else {
        m_text = tr("Audit data: checking how fresh it is…");
        restyle();
    }
}

void ReplicationLagLine::showLag(const ReplicationLag &lag)
{
    QString text = lag.describe();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (lag.replayPaused)
        text = tr("%1 (replay is paused on the standby)").arg(text);
    m_text = text;
    restyle();
}

void ReplicationLagLine::showWarning(bool warning, const QString &message)
{
    m_warning = warning;
    setToolTip(message);
    restyle();
}

void ReplicationLagLine::showFailure(const Error &error)
{
    m_text = tr("Audit data: how fresh it is could not be read (%1)").arg(error.message);
    restyle();
}

void ReplicationLagLine::restyle()
{
    // Readable without colour: the sign and the bold weight say "warning".
    setText(m_warning ? QStringLiteral("⚠ ") + m_text : m_text);
    QFont f = font();
    f.setBold(m_warning);
    setFont(f);
    // The banners' warning colours, with the theme's own text colour.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = base;
    if (m_warning)
        p.setColor(QPalette::Window,
                   Theme::isDark(base) ? QColor(0x45, 0x38, 0x16) : QColor(0xfd, 0xf3, 0xd3));
    setPalette(p);
    setAutoFillBackground(m_warning);
    setMargin(m_warning ? 3 : 0);
    setAccessibleName(m_warning ? tr("Warning: %1").arg(m_text) : m_text);
    setVisible(!m_text.isEmpty());
}

} // namespace ic

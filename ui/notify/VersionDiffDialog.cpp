#include "ui/notify/VersionDiffDialog.h"

#include "models/notify/TextDiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ic {

VersionDiffDialog::VersionDiffDialog(const QList<DraftVersion> &versions, int from, int to,
                                     QWidget *parent)
    : QDialog(parent), m_versions(versions)
{
    setObjectName(QStringLiteral("versionDiffDialog"));
    setWindowTitle(tr("Compare Versions"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("diffFromCombo"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("diffToCombo"));
    for (const DraftVersion &v : versions) {
        const QString label = tr("Version %1 (%2)").arg(v.version).arg(v.savedBy);
        m_from->addItem(label, v.version);
        m_to->addItem(label, v.version);
    }
    m_from->setCurrentIndex(qMax(0, m_from->findData(from)));
    m_to->setCurrentIndex(qMax(0, m_to->findData(to)));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From:"), this));
    row->addWidget(m_from, 1);
    row->addWidget(new QLabel(tr("To:"), this));
    row->addWidget(m_to, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::update);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::update);
    resize(760, 560);
    update();
}

QString VersionDiffDialog::diffText() const
{
    return m_unified;
}

QString VersionDiffDialog::textOf(int version) const
{
    for (const DraftVersion &v : m_versions) {
        if (v.version == version)
            return tr("To: %1").arg(v.recipients) + QLatin1Char('\n') +
                   tr("Subject: %1").arg(v.subject) + QStringLiteral("\n\n") + v.body;
    }
    return {};
}

void VersionDiffDialog::update()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    const QString before = textOf(from), after = textOf(to);
    m_unified =
        TextDiff::unified(before, after, tr("version %1").arg(from), tr("version %1").arg(to));
    if (m_unified.isEmpty()) {
        m_view->setPlainText(tr("The two versions are the same."));
        return;
    }
    const QList<DiffLine> lines = TextDiff::lines(before, after);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString added = dark ? QStringLiteral("#1d4d2a") : QStringLiteral("#d9f2dc");
    const QString removed = dark ? QStringLiteral("#5a1e1e") : QStringLiteral("#f8d7d7");
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (const DiffLine &l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.kind) {
        case DiffLine::Kind::Same:
            html += QStringLiteral("  ") + text + QLatin1Char('\n');
            break;
        case DiffLine::Kind::Added:
            html += QStringLiteral("<span style=\"background:%1\">+ %2</span>\n").arg(added, text);
            break;
        case DiffLine::Kind::Removed:
            html += QStringLiteral("<span style=\"background:%1\">\u2212 %2</span>\n")
                        .arg(removed, text);
            break;
        }
    }
    m_view->setHtml(html + QStringLiteral("</pre>"));
}

} // namespace ic

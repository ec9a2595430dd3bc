// The playbook picker of the checklist pane: the library's playbooks (those
// already attached greyed), the alert's or the summary's suggestion, and
// attaching one (asking, when it is late, which time its deadlines count from).
#include "ui/playbooks/ChecklistPane.h"

#include "models/core/Clock.h"
#include "models/playbooks/ChecklistModel.h"
#include "models/playbooks/ChecklistStore.h"
#include "models/playbooks/PlaybookLibrary.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"
#include "ui/playbooks/AttachTimingDialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <algorithm>

namespace ic {

void ChecklistPane::updateLibrary()
{
    const QString keep = m_playbooks->currentData().toString();
    m_playbooks->clear();
    for (const LibraryEntry &e : m_library->entries()) {
        m_playbooks->addItem(tr("%1 — %2 (%n step(s))", nullptr, e.playbook.stepCount())
                                 .arg(e.playbook.name, QFileInfo(e.playbook.sourceFile).fileName()),
                             e.playbook.key());
    }
    // The same incident keeps its pick across a library reload; with no pick
    // yet (the library may arrive after the incident's checklists), the
    // incident's suggestion is preselected.
    m_playbooks->setCurrentIndex(m_playbooks->findData(keep));
    updatePicker(keep.isEmpty() && m_incident && m_pickerIncident == m_incident->id);
}

void ChecklistPane::updatePicker(bool suggest)
{
    // Playbooks already on the incident cannot be attached again: greyed.
    QSet<QString> attached;
    for (const Checklist &c : m_model->checklists().checklists)
        attached.insert(c.playbookName.toCaseFolded());
    auto *items = qobject_cast<QStandardItemModel *>(m_playbooks->model());
    const QList<LibraryEntry> entries = m_library->entries();
    for (int i = 0; items && i < m_playbooks->count() && i < entries.size(); ++i) {
        const bool on = attached.contains(entries.at(i).playbook.name.toCaseFolded());
        if (QStandardItem *item = items->item(i)) {
            item->setEnabled(!on);
            item->setToolTip(on ? tr("Already attached to this incident") : QString());
        }
    }
    if (m_playbooks->currentIndex() >= 0 && items &&
        !items->item(m_playbooks->currentIndex())->isEnabled())
        m_playbooks->setCurrentIndex(-1);

    // What the incident's alert (its detection rule) suggested; failing
    // that, a playbook the incident's title or summary names ("… (insider
    // threat playbook)").
    QStringList suggested = m_suggested;
    const bool fromText = suggested.isEmpty();
    if (fromText && m_incident) {
        const QString text = m_incident->title + QLatin1Char('\n') + m_incident->summary;
        QString best;
        for (const LibraryEntry &e : entries) {
            const QString &name = e.playbook.name;
            if (name.size() < 4 || name.size() <= best.size())
                continue;
            const QRegularExpression phrase(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
                QRegularExpression::CaseInsensitiveOption);
            if (phrase.match(text).hasMatch())
                best = name;
        }
        if (!best.isEmpty())
            suggested << best;
    }
    QString suggestion;
    int suggestedIndex = -1;
    for (const QString &name : std::as_const(suggested)) {
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).playbook.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!attached.contains(name.toCaseFolded()) && suggestedIndex < 0)
                suggestedIndex = i;
        }
        if (suggestion.isEmpty())
            suggestion = name;
    }
    if (suggest && suggestedIndex >= 0 && m_playbooks->currentIndex() < 0)
        m_playbooks->setCurrentIndex(suggestedIndex);
    if (!m_incident || suggestion.isEmpty()) {
        m_suggestion->hide();
    } else {
        const bool found =
            std::any_of(entries.cbegin(), entries.cend(), [&](const LibraryEntry &e) {
                return e.playbook.name.compare(suggestion, Qt::CaseInsensitive) == 0;
            });
        const bool on = attached.contains(suggestion.toCaseFolded());
        if (fromText)
            m_suggestion->setText(
                on ? tr("The incident's summary names “%1”; it is attached.").arg(suggestion)
                   : tr("The incident's summary names “%1”.").arg(suggestion));
        else
            m_suggestion->setText(
                on ? tr("The alert's detection rule suggested “%1”; it is attached.")
                         .arg(suggestion)
                : found ? tr("The alert's detection rule suggests “%1”.").arg(suggestion)
                        : tr("The alert's detection rule suggests “%1”, which is not in the "
                             "playbook library; add its folder in the Playbooks tab.")
                              .arg(suggestion));
        m_suggestion->show();
    }
    updateEnabled();
}

void ChecklistPane::attachSelected()
{
    if (!m_incident)
        return;
    const LibraryEntry *e = m_library->entry(m_playbooks->currentData().toString());
    if (!e) {
        showError(Error::make(Error::Kind::NotFound,
                              tr("That playbook is no longer in the library (its file changed or "
                                 "was removed). Nothing was attached; pick it again.")));
        return;
    }
    m_banner->hide();
    const QDateTime now = m_context.clock().now();
    const QDateTime detected = m_incident->detectedAt;
    if (!AttachTimingDialog::isLate(e->playbook, detected, now)) {
        store()->attach(m_incident->id, e->playbook, e->fileSha256);
        return;
    }
    // Late: count from detection (all red) or from now? The commander says.
    auto *dlg = new AttachTimingDialog(e->playbook, m_incident->ref, detected, now, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const QString incidentId = m_incident->id;
    const QString key = e->playbook.key();
    connect(dlg, &AttachTimingDialog::chosen, this, [this, incidentId, key](const QDateTime &from) {
        const LibraryEntry *entry = m_library->entry(key);
        if (!entry || !m_incident || m_incident->id != incidentId)
            return;
        store()->attach(incidentId, entry->playbook, entry->fileSha256, {}, from);
    });
    dlg->open();
}

} // namespace ic

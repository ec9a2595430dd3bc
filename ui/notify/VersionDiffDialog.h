#pragma once

#include "models/notify/NotificationDraft.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTextBrowser;

namespace ic {

// Two versions of a draft side by side as a line diff: removed lines marked
// "−", added lines "+", so the change reads without colour too.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT
public:
    // `versions` newest first, as the store returns them.
    VersionDiffDialog(const QList<ic::DraftVersion> &versions, int from, int to,
                      QWidget *parent = nullptr);

    QString diffText() const; // the unified diff shown, for copying and tests

private:
    void update();
    QString textOf(int version) const;

    QList<DraftVersion> m_versions;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_view;
    QString m_unified;
};

} // namespace ic

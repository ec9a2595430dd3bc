#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ic {

// Closing an incident asks for what resolved it (recorded on the incident's
// record) and a confirmation. A notification clock that applies but was
// never started is named, and closing needs an explicit "no notice is owed".
class CloseIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    // `undecidedClocks`: names of clocks that apply but have not started.
    CloseIncidentDialog(const QString &incidentRef, const QString &incidentTitle,
                        const QStringList &undecidedClocks, QWidget *parent = nullptr);

    QString resolution() const;
    static constexpr int MaxLength = 4000;

private:
    void updateButton();

    QPlainTextEdit *m_resolution;
    QCheckBox *m_noNotice = nullptr;
    QLabel *m_problem;
    QPushButton *m_close;
};

} // namespace ic

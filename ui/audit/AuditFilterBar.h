#pragma once

#include "models/audit/AuditFilter.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QCompleter;

namespace ic {

// The explorer's filter fields, each with room for a message right below
// it when what was typed cannot run. Enter (or Apply) asks to run.
class AuditFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    AuditFilter filter() const;
    void setFilter(const AuditFilter &filter);
    // Messages by their fields; an empty list clears them.
    void showProblems(const QList<FieldProblem> &problems);
    QString problemText(AuditField field) const;
    // Event types present, metadata keys seen: offered while typing.
    void setCatalog(const AuditCatalog &catalog);
    void focusFirstField();

signals:
    void applyRequested();
    void clearRequested();

private:
    QWidget *field(const QString &label, QWidget *input, AuditField problemField,
                   const QString &name, QWidget *buddy = nullptr);
    void rangeChanged();

    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_zone;
    QLineEdit *m_user;
    QLineEdit *m_tenant;
    QLineEdit *m_apiKey;
    QLineEdit *m_ip;
    QComboBox *m_event;
    QLineEdit *m_text;
    QLineEdit *m_metaKey;
    QLineEdit *m_metaValue;
    QComboBox *m_order;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QCompleter *m_keyCompleter;
    QHash<int, QLabel *> m_problems;
    QHash<int, QWidget *> m_inputs;
};

} // namespace ic

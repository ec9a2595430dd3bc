#pragma once

#include "models/incidents/SeverityPolicy.h"

#include <QDialog>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ic {

// Edits the workspace's severity policy: P0–P3 names, descriptions and
// response targets, starting from either seed document's preset.
class SeverityPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SeverityPolicyDialog(const SeverityPolicy &policy, QWidget *parent = nullptr);

    SeverityPolicy policy() const;
    void showError(const QString &message);

signals:
    void submitted(const ic::SeverityPolicy &policy);

private:
    void load(const SeverityPolicy &policy);

    QComboBox *m_preset;
    std::array<QLineEdit *, 4> m_names{};
    std::array<QSpinBox *, 4> m_minutes{};
    std::array<QLineEdit *, 4> m_texts{};
    std::array<QLineEdit *, 4> m_descriptions{};
    QLabel *m_error;
    QString m_presetId;
    bool m_loading = false;
};

} // namespace ic

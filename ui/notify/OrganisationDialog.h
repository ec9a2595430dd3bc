#pragma once

#include "models/notify/NotificationFacts.h"
#include "models/notify/RegulatoryClock.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace ic {

class MessageBanner;
class NotifyStore;
class Settings;

// The workspace's notification settings: who the organisation is (DPO,
// contact points, the authority), its own clock rules beside the built-in
// ones, and the folder of the team's own templates. Opened non-modally.
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    OrganisationDialog(NotifyStore *store, Settings *settings, QWidget *parent = nullptr);

signals:
    void templateFolderChanged();

private:
    void load();
    void saveProfile();
    void addRule();
    void removeRule();
    void showRules(const QList<ClockRule> &rules);
    void saveFolder();

    NotifyStore *m_store;
    Settings *m_settings;
    OrganisationProfile m_profile;
    MessageBanner *m_banner;
    QList<std::pair<QLineEdit *, QString OrganisationProfile::*>> m_fields;
    QPlainTextEdit *m_address;
    QTableWidget *m_rules;
    QLineEdit *m_ruleName;
    QLineEdit *m_ruleAudience;
    QSpinBox *m_ruleAmount;
    QComboBox *m_ruleUnit;
    QCheckBox *m_rulePersonal;
    QCheckBox *m_rulePhi;
    QCheckBox *m_ruleBreach;
    QLineEdit *m_ruleJurisdictions;
    QLineEdit *m_folder;
};

} // namespace ic

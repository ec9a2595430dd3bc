#pragma once

#include "models/core/Result.h"
#include "models/store/ConnectionProfile.h"

#include "ui/Panes.h"

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ic {

class EvidenceStore;
class MessageBanner;
class SigningKeyVault;
struct EvidenceQuery;

// Evidence for the selected incident: the extracts that go into its bundle,
// exporting a signed bundle, verifying one, and the playbook's key rotation
// helper (generate a new signing key pair).
class EvidencePane : public IncidentPane
{
    Q_OBJECT
public:
    EvidencePane(const PaneContext &context, QWidget *parent = nullptr);

    static QString paneTitle() { return tr("Evidence"); }
    QString title() const override { return paneTitle(); }
    void setIncident(const ic::Incident *incident) override;
    bool handleRequest(const QString &what, const QVariantMap &arguments) override;

    // Where bundles go when the user picks a parent folder.
    static QString bundleFolderName(const QString &incidentRef, const QDateTime &nowUtc);

    void exportTo(const QString &directory);
    void verifyFolder(const QString &directory);
    void addExtract(const QString &name, const QString &sql, const QVariantList &params);

private:
    void reloadExtracts();
    void showAddExtractDialog();
    void chooseExportFolder();
    void chooseVerifyFolder();
    void showKeyPairDialog();
    void setBusy(bool busy, const QString &what = {});
    // The profile's separate audit database (its password from this session
    // or the keychain), nullopt when the workspace holds the audit log, or
    // an error saying why the extracts cannot be read.
    void findAuditSource(std::function<void(Result<std::optional<ConnectionSpec>>)> done);
    void runExport(const QString &id, const QString &directory, const QByteArray &pem,
                   const std::optional<ConnectionSpec> &audit);

    PaneContext m_context;
    EvidenceStore *m_store;
    SigningKeyVault *m_vault;
    std::optional<Incident> m_incident;
    MessageBanner *m_banner;
    QTableWidget *m_extracts;
    QPushButton *m_add;
    QPushButton *m_export;
    QPushButton *m_verify;
    QPushButton *m_keys;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_keyLabel;
};

} // namespace ic

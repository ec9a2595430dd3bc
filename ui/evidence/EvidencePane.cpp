#include "ui/evidence/EvidencePane.h"

#include "models/core/Clock.h"
#include "models/core/TimeText.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/EvidenceStore.h"
#include "models/evidence/KeyPairFiles.h"
#include "models/evidence/SigningKeyVault.h"
#include "models/session/AuditSource.h"
#include "models/session/WorkspaceSession.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ic {

EvidencePane::EvidencePane(const PaneContext &context, QWidget *parent)
    : IncidentPane(parent), m_context(context), m_store(context.session->evidence()),
      m_vault(context.session->signingKeys())
{
    setObjectName(QStringLiteral("evidencePane"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));

    auto *intro = new QLabel(tr("A bundle holds the incident's timeline with its hash chain, the "
                                "latest review and every extract below, with a manifest of SHA-256 "
                                "hashes signed by your evidence key. Anyone can verify it later."),
                             this);
    intro->setWordWrap(true);
    m_extracts = new QTableWidget(0, 4, this);
    m_extracts->setObjectName(QStringLiteral("extractsTable"));
    m_extracts->setHorizontalHeaderLabels(
        {tr("Extract"), tr("Query"), tr("Parameters"), tr("Added")});
    m_extracts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_extracts->verticalHeader()->hide();
    m_extracts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extracts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_extracts->setAccessibleName(tr("Extracts in the bundle"));

    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    m_add = button(tr("Add Extract…"), QStringLiteral("addExtractButton"));
    m_export = button(tr("Export Bundle…"), QStringLiteral("exportBundleButton"));
    m_verify = button(tr("Verify a Bundle…"), QStringLiteral("verifyBundleButton"));
    m_keys = button(tr("Generate Signing Key Pair…"), QStringLiteral("generateKeyPairButton"));
    m_keys->setToolTip(tr("The Token Compromise playbook's step: a new key pair for signing "
                          "tokens (RSA-2048, EC P-256 or Ed25519)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel = button(tr("Cancel"), QStringLiteral("cancelExportButton"));
    m_cancel->hide();
    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(QStringLiteral("signingKeyLabel"));
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addStretch(1);
    row->addWidget(m_export);
    row->addWidget(m_verify);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    auto *keys = new QHBoxLayout;
    keys->addWidget(m_keyLabel, 1);
    keys->addWidget(m_keys);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_extracts, 1);
    layout->addLayout(row);
    layout->addLayout(busy);
    layout->addLayout(keys);

    connect(m_add, &QPushButton::clicked, this, &EvidencePane::showAddExtractDialog);
    connect(m_export, &QPushButton::clicked, this, &EvidencePane::chooseExportFolder);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePane::chooseVerifyFolder);
    connect(m_keys, &QPushButton::clicked, this, &EvidencePane::showKeyPairDialog);
    connect(m_cancel, &QPushButton::clicked, m_store, &EvidenceStore::cancelExport);
    connect(m_store, &EvidenceStore::exportProgress, this,
            [this](const QString &step, qint64 rows) {
                m_progress->setFormat(QStringLiteral("%1 — %2").arg(step).arg(rows));
            });
    if (!context.permissions().canEdit()) {
        m_add->setEnabled(false);
        m_export->setEnabled(false);
        m_keys->setEnabled(false);
        m_add->setToolTip(tr("A reviewer profile can verify bundles only"));
    }
    m_keyLabel->setText(tr("Your evidence signing key lives in your keychain; its fingerprint is "
                           "shown after the first export."));
    setIncident(nullptr);
}

QString EvidencePane::bundleFolderName(const QString &incidentRef, const QDateTime &nowUtc)
{
    return QStringLiteral("%1-evidence-%2")
        .arg(incidentRef, nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void EvidencePane::setIncident(const Incident *incident)
{
    const bool same = incident && m_incident && m_incident->id == incident->id;
    if (!incident) {
        m_incident.reset();
        m_extracts->setRowCount(0);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    m_incident = *incident;
    if (!same) {
        m_banner->hide();
        reloadExtracts();
    }
}

bool EvidencePane::handleRequest(const QString &what, const QVariantMap &arguments)
{
    // The audit explorer asks to keep a query's result as evidence.
    if (what != QLatin1String("evidence.add_query") || !m_incident)
        return false;
    addExtract(arguments.value(QStringLiteral("name")).toString(),
               arguments.value(QStringLiteral("sql")).toString(),
               arguments.value(QStringLiteral("params")).toList());
    return true;
}

void EvidencePane::reloadExtracts()
{
    if (!m_incident)
        return;
    const QString id = m_incident->id;
    m_store->queries(id, [this, id](const Result<QList<EvidenceQuery>> &r) {
        if (!m_incident || m_incident->id != id)
            return;
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        m_extracts->setRowCount(int(r->size()));
        for (int i = 0; i < r->size(); ++i) {
            const EvidenceQuery &q = r->at(i);
            QStringList params;
            for (const QVariant &p : q.params)
                params << p.toString();
            m_extracts->setItem(i, 0, new QTableWidgetItem(q.name));
            m_extracts->setItem(i, 1, new QTableWidgetItem(q.sql.simplified()));
            m_extracts->setItem(i, 2, new QTableWidgetItem(params.join(QStringLiteral(", "))));
            m_extracts->setItem(
                i, 3,
                new QTableWidgetItem(tr("%1, %2").arg(q.addedBy, TimeText::local(q.addedAt))));
            m_extracts->item(i, 1)->setToolTip(q.sql);
        }
    });
}

void EvidencePane::addExtract(const QString &name, const QString &sql, const QVariantList &params)
{
    if (!m_incident)
        return;
    EvidenceQuery q;
    q.name = name;
    q.sql = sql;
    q.params = params;
    m_store->addQuery(m_incident->id, q, [this](const Result<EvidenceQuery> &r) {
        if (!r) {
            m_banner->show(MessageBanner::Kind::Error, r.error().message, r.error().detail);
            return;
        }
        reloadExtracts();
    });
}

void EvidencePane::showAddExtractDialog()
{
    auto *dlg = new QDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("addExtractDialog"));
    dlg->setWindowTitle(tr("Add an Extract"));
    auto *name = new QLineEdit(dlg);
    name->setObjectName(QStringLiteral("extractNameEdit"));
    name->setPlaceholderText(tr("e.g. victim-activity (becomes the file name)"));
    auto *sql = new QPlainTextEdit(dlg);
    sql->setObjectName(QStringLiteral("extractSqlEdit"));
    sql->setPlaceholderText(tr("SELECT * FROM audit_logs WHERE user_id = ? ORDER BY timestamp"));
    sql->setTabChangesFocus(true);
    auto *params = new QPlainTextEdit(dlg);
    params->setObjectName(QStringLiteral("extractParamsEdit"));
    params->setPlaceholderText(tr("One value per line, for each ? in order"));
    params->setTabChangesFocus(true);
    params->setMaximumHeight(fontMetrics().height() * 5);
    if (m_incident && !m_incident->affectedUsers.isEmpty())
        params->setPlainText(m_incident->affectedUsers.first());
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Query"), sql);
    form->addRow(tr("&Parameters"), params);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dlg);
    auto *layout = new QVBoxLayout(dlg);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dlg, [this, dlg, name, sql, params] {
        QVariantList values;
        for (const QString &line :
             params->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            values << line;
        addExtract(name->text().trimmed(), sql->toPlainText().trimmed(), values);
        dlg->accept();
    });
    dlg->open();
}

void EvidencePane::chooseExportFolder()
{
    if (!m_incident)
        return;
    auto *dlg = new QFileDialog(this, tr("Choose Where to Put the Bundle"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::Directory);
    dlg->setOption(QFileDialog::ShowDirsOnly);
    const QString ref = m_incident->ref;
    connect(dlg, &QFileDialog::fileSelected, this, [this, ref](const QString &parent) {
        exportTo(QDir(parent).filePath(bundleFolderName(ref, m_context.clock().now())));
    });
    dlg->open();
}

void EvidencePane::exportTo(const QString &directory)
{
    if (!m_incident)
        return;
    setBusy(true, tr("Exporting…"));
    const QString id = m_incident->id;
    m_vault->obtain([this, id, directory](const Result<QByteArray> &key) {
        if (!key) {
            setBusy(false);
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Error, key.error().message, key.error().detail);
            return;
        }
        const QByteArray pem = key.value();
        findAuditSource([this, id, directory, pem](Result<std::optional<ConnectionSpec>> audit) {
            if (!audit) {
                setBusy(false);
                m_banner->clearActions();
                m_banner->show(MessageBanner::Kind::Error, audit.error().message,
                               audit.error().detail);
                return;
            }
            runExport(id, directory, pem, audit.value());
        });
    });
}

void EvidencePane::findAuditSource(std::function<void(Result<std::optional<ConnectionSpec>>)> done)
{
    AuditSource *source = m_context.session->auditSource();
    if (!source->isSeparate()) {
        done(std::optional<ConnectionSpec>());
        return;
    }
    // Asked afresh for each export: the session's password, else the keychain's.
    const QString uri = source->name();
    QPointer<EvidencePane> guard(this);
    source->find([guard, done, uri](const Result<ConnectionSpec> &r) {
        if (!guard)
            return;
        if (r) {
            done(std::optional<ConnectionSpec>(r.value()));
            return;
        }
        done(Error::make(
            Error::Kind::InvalidInput,
            tr("The extracts are read from the audit database %1, and its password is neither "
               "in this session nor in the keychain. Connect to it once in the Audit view (it "
               "asks for the password), then export again. Nothing was exported.")
                .arg(uri)));
    });
}

void EvidencePane::runExport(const QString &id, const QString &directory, const QByteArray &pem,
                             const std::optional<ConnectionSpec> &audit)
{
    m_store->exportBundle(id, directory, pem, audit, [this](const Result<ExportedBundle> &r) {
        setBusy(false);
        m_banner->clearActions();
        if (!r) {
            m_banner->show(r.error().kind == Error::Kind::Cancelled ? MessageBanner::Kind::Info
                                                                    : MessageBanner::Kind::Error,
                           r.error().message, r.error().detail);
            return;
        }
        m_keyLabel->setText(tr("Your evidence signing key: %1").arg(r->keyFingerprint));
        m_banner->show(
            MessageBanner::Kind::Info,
            tr("Exported and signed %n file(s) to %1. Its fingerprint: %2", nullptr, r->files)
                .arg(QDir::toNativeSeparators(r->directory), r->keyFingerprint));
    });
}

void EvidencePane::chooseVerifyFolder()
{
    auto *dlg = new QFileDialog(this, tr("Choose a Bundle's Folder"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::Directory);
    dlg->setOption(QFileDialog::ShowDirsOnly);
    connect(dlg, &QFileDialog::fileSelected, this, &EvidencePane::verifyFolder);
    dlg->open();
}

void EvidencePane::verifyFolder(const QString &directory)
{
    setBusy(true, tr("Verifying…"));
    auto *watcher = new QFutureWatcher<BundleVerification>(this);
    connect(watcher, &QFutureWatcher<BundleVerification>::finished, this,
            [this, watcher, directory] {
                watcher->deleteLater();
                setBusy(false);
                const BundleVerification v = watcher->result();
                m_banner->clearActions();
                if (!v.problem.isEmpty()) {
                    m_banner->show(MessageBanner::Kind::Error, v.problem);
                } else if (v.intact()) {
                    // Nothing here is given trusted keys: say who signed, and
                    // that the key must be checked (verify-evidence --trusted-keys).
                    m_banner->show(
                        MessageBanner::Kind::Info,
                        (v.hasRecord ? tr("The bundle for %1 is intact: every file matches, "
                                          "every event is in its signed checkpoint, and the "
                                          "signature by %2 holds.")
                                     : tr("The bundle for %1 is intact: every file matches, and "
                                          "the signature by %2 holds."))
                                .arg(v.incidentRef, v.keyFingerprint) +
                            QLatin1Char(' ') +
                            tr("Whether that key is trusted is not checked here: compare its "
                               "fingerprint with the workspace's trusted keys."));
                } else {
                    QStringList lines;
                    if (!v.signatureValid)
                        lines << tr("The signature does not hold (key %1).").arg(v.keyFingerprint);
                    for (const QString &f : v.changed)
                        lines << tr("Changed: %1").arg(f);
                    for (const QString &f : v.missing)
                        lines << tr("Missing: %1").arg(f);
                    for (const QString &f : v.added)
                        lines << tr("Added: %1").arg(f);
                    for (const QString &p : v.recordProblems)
                        lines << p;
                    m_banner->show(MessageBanner::Kind::Error,
                                   tr("The bundle in %1 was changed after it was signed.\n%2")
                                       .arg(QDir::toNativeSeparators(directory),
                                            lines.join(QLatin1Char('\n'))));
                }
            });
    watcher->setFuture(
        QtConcurrent::run([directory] { return EvidenceBundle::verify(directory); }));
}

void EvidencePane::showKeyPairDialog()
{
    if (!m_incident)
        return;
    auto *dlg = new QDialog(this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("keyPairDialog"));
    dlg->setWindowTitle(tr("Generate a Signing Key Pair"));
    auto *algorithm = new QComboBox(dlg);
    algorithm->setObjectName(QStringLiteral("keyAlgorithmCombo"));
    algorithm->addItem(tr("RSA-2048 (the playbook's choice)"),
                       int(KeyPairFiles::Algorithm::Rsa2048));
    algorithm->addItem(QStringLiteral("EC P-256"), int(KeyPairFiles::Algorithm::EcP256));
    algorithm->addItem(QStringLiteral("Ed25519"), int(KeyPairFiles::Algorithm::Ed25519));
    auto *base = new QLineEdit(QDir::home().filePath(QStringLiteral("new_private_key")), dlg);
    base->setObjectName(QStringLiteral("keyPathEdit"));
    auto *pass = new QLineEdit(dlg);
    pass->setObjectName(QStringLiteral("keyPassphraseEdit"));
    pass->setEchoMode(QLineEdit::Password);
    pass->setPlaceholderText(tr("Optional: encrypts the private key"));
    auto *again = new QLineEdit(dlg);
    again->setObjectName(QStringLiteral("keyPassphraseAgainEdit"));
    again->setEchoMode(QLineEdit::Password);
    auto *error = new QLabel(dlg);
    error->setObjectName(QStringLiteral("keyPairErrorLabel"));
    error->setWordWrap(true);
    error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Algorithm"), algorithm);
    form->addRow(tr("&Files"), base);
    form->addRow(QString(),
                 new QLabel(tr("Writes NAME.pem (private, mode 0600) and NAME.pub.pem"), dlg));
    form->addRow(tr("&Passphrase"), pass);
    form->addRow(tr("A&gain"), again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dlg);
    auto *generate = buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    generate->setObjectName(QStringLiteral("generateKeyButton"));
    auto *layout = new QVBoxLayout(dlg);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    const QString id = m_incident->id;
    connect(buttons, &QDialogButtonBox::accepted, dlg, [=, this] {
        if (pass->text() != again->text()) {
            error->setText(tr("The passphrases differ. No key was written."));
            error->show();
            return;
        }
        generate->setEnabled(false);
        const auto alg = KeyPairFiles::Algorithm(algorithm->currentData().toInt());
        const QString path = base->text().trimmed();
        const QByteArray phrase = pass->text().toUtf8();
        auto *watcher = new QFutureWatcher<Result<KeyPairFiles::Written>>(dlg);
        connect(watcher, &QFutureWatcher<Result<KeyPairFiles::Written>>::finished, dlg, [=, this] {
            const Result<KeyPairFiles::Written> r = watcher->result();
            generate->setEnabled(true);
            if (!r) {
                error->setText(r.error().message);
                error->show();
                return;
            }
            const KeyPairFiles::Written w = r.value();
            dlg->accept();
            m_banner->clearActions();
            m_banner->show(MessageBanner::Kind::Info,
                           tr("Generated a %1 key pair: %2 (private, readable only by you) and %3. "
                              "Public key fingerprint %4.")
                               .arg(w.algorithmName, QDir::toNativeSeparators(w.privatePath),
                                    QDir::toNativeSeparators(w.publicPath), w.fingerprint));
            // The record keeps what was generated, never the key.
            QPointer<EvidencePane> guard(this);
            m_store->recordGeneratedKey(id, w, !phrase.isEmpty(), [guard](const Result<bool> &e) {
                if (guard && !e)
                    guard->m_banner->show(MessageBanner::Kind::Error, e.error().message);
            });
        });
        watcher->setFuture(QtConcurrent::run(
            [alg, path, phrase] { return KeyPairFiles::generate(alg, path, phrase); }));
    });
    dlg->open();
}

void EvidencePane::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progress->setFormat(what);
    m_cancel->setVisible(busy && what == tr("Exporting…"));
    m_export->setEnabled(!busy && m_context.permissions().canEdit());
    m_verify->setEnabled(!busy);
}

} // namespace ic

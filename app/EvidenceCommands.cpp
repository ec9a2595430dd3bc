#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/EvidenceStore.h"
#include "models/evidence/SigningKeyVault.h"
#include "models/record/PersonKey.h"
#include "models/record/TrustList.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ic::app {

// export-evidence: writes a signed evidence bundle for an incident.
int runExportEvidence(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "export-evidence",
        "Writes an incident's evidence bundle into DIR (new or empty): its timeline, review and "
        "extracts, with a manifest of SHA-256 hashes signed by your evidence key (kept in your "
        "keychain)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-evidence"), {},
                                 QStringLiteral("export-evidence"));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), QStringLiteral("Reference or id."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("Where to write the bundle."));
    WorkspaceArgs ws;
    ws.addTo(parser);
    auto usage = [&](const QString &problem) {
        err << "incident-commander export-evidence: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (const QString p = ws.problem(parser); !p.isEmpty())
        return usage(p);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2)
        return usage(QStringLiteral("give INCIDENT and DIR."));

    // Opened as the window opens it (the export is recorded on the incident's
    // timeline, so writable), and exported by the same evidence store.
    auto profile = ws.profile(parser);
    if (!profile)
        return usage(profile.error().message);
    if (profile->kind == ConnectionProfile::Kind::Sqlite &&
        !QFileInfo::exists(profile->sqlitePath)) {
        err << QStringLiteral("The workspace %1 does not exist. Nothing was written.\n")
                   .arg(profile->sqlitePath);
        return ExitFailure;
    }
    Settings settings;
    SecretStore secrets;
    auto session = openSession(profile.value(), settings, &secrets, /*readOnly*/ false);
    if (!session) {
        err << session.error().fullText() << '\n';
        return ExitFailure;
    }
    auto incident = findIncident(*session.value(), positional.at(0));
    // The person's key, the one that signs their events here (a team login's own).
    auto key = incident ? session.value()->signingKeys()->obtainBlocking()
                        : Result<QByteArray>(incident.error());
    if (!key) {
        err << key.error().fullText() << '\n';
        return ExitFailure;
    }
    EvidenceStore *evidence = session.value()->evidence();
    QObject::connect(evidence, &EvidenceStore::exportProgress, evidence,
                     [&err](const QString &step, qint64 rows) {
                         err << "\rexport-evidence: " << step << " " << rows << " rows";
                         err.flush();
                     });
    const QString id = incident->id;
    const QString directory = positional.at(1);
    const QByteArray pem = key.value();
    auto bundle = wait<ExportedBundle>([evidence, id, directory, pem](auto done) {
        evidence->exportBundle(id, directory, pem, std::nullopt, done);
    });
    err << '\n';
    if (!bundle) {
        err << bundle.error().fullText() << '\n';
        return ExitFailure;
    }
    out << "Wrote " << bundle->files << " files (" << bundle->extractRows << " extract rows) to "
        << bundle->directory << "\nSigned by " << bundle->keyFingerprint << "\nManifest SHA-256 "
        << bundle->manifestSha256 << '\n';
    return ExitOk;
}

// verify-evidence exit codes, in the help text and docs/record.md.
constexpr int ExitAltered = 1;
constexpr int ExitUntrustedSigner = 3;
constexpr int ExitUnreadable = 4;

// verify-evidence: checks a bundle against the keys the caller trusts.
int runVerifyEvidence(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "verify-evidence",
        "Checks an evidence bundle: the manifest's signature, the SHA-256 of every file, the "
        "record's signed checkpoint, every event's inclusion proof and author signature, and "
        "whether the signers are keys you trust. The public key inside the bundle is never "
        "trusted by itself: give --trusted-keys (a workspace's exported trust list) or "
        "--expect-key.\n"
        "Exit codes: 0 intact and signed by trusted keys; 1 ALTERED (changed, missing or added "
        "files, a signature or proof that does not hold); 2 bad usage; 3 UNTRUSTED SIGNER "
        "(intact, but signed by a key you did not say to trust); 4 UNREADABLE (not a bundle, or "
        "refused: a link, FIFO, device or oversized file)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-evidence"), {},
                                 QStringLiteral("verify-evidence"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The bundle's folder."));
    const QCommandLineOption expect(
        QStringLiteral("expect-key"),
        QCoreApplication::translate("verify-evidence",
                                    "Trust only this signer of the manifest (SHA256:… "
                                    "fingerprint, as export-evidence printed it), and the "
                                    "workspace keys its signed manifest lists."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption trusted(
        QStringLiteral("trusted-keys"),
        QCoreApplication::translate("verify-evidence",
                                    "Trust the keys in this trust list (JSON exported from the "
                                    "workspace: fingerprint, person, valid from/until)."),
        QStringLiteral("FILE"));
    parser.addOption(expect);
    parser.addOption(trusted);
    auto usage = [&](const QString &problem) {
        err << "incident-commander verify-evidence: " << problem << "\n\n" << parser.helpText();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usage(QStringLiteral("give the bundle's DIR."));
    TrustAnchors anchors;
    if (parser.isSet(expect)) {
        anchors.expectedFingerprint = parser.value(expect);
        if (!PersonKey::isFingerprint(anchors.expectedFingerprint))
            return usage(QCoreApplication::translate(
                "verify-evidence", "--expect-key takes a fingerprint: SHA256: and 64 lowercase "
                                   "hex digits."));
    }
    if (parser.isSet(trusted)) {
        QFile f(parser.value(trusted));
        const QFileInfo info(f.fileName());
        if (info.isSymLink() || !info.isFile() || !f.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("verify-evidence",
                                                     "the trusted-keys file %1 is not a "
                                                     "readable plain file. Nothing was verified.")
                             .arg(f.fileName()));
        auto list = TrustList::parse(f.read(TrustList::MaxBytes + 1));
        if (!list)
            return usage(list.error().message);
        anchors.trusted = list.value();
    }

    const BundleVerification v = EvidenceBundle::verify(positional.first(), anchors);
    using Outcome = BundleVerification::Outcome;
    if (v.outcome() == Outcome::Unreadable) {
        err << v.problem << '\n';
        out << "NOT OK: UNREADABLE\n";
        return ExitUnreadable;
    }
    out << "Incident " << v.incidentRef << "\nSigned by " << v.keyFingerprint
        << (v.signerPerson.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.signerPerson))
        << ": " << (v.signatureValid ? "signature holds" : "SIGNATURE DOES NOT HOLD") << '\n';
    if (!v.signerTrusted)
        out << "UNTRUSTED SIGNER: "
            << (anchors.trusted || !anchors.expectedFingerprint.isEmpty()
                    ? "this key is not one you said to trust"
                    : "no trusted keys were given (--trusted-keys FILE or --expect-key "
                      "FINGERPRINT); the key inside a bundle proves nothing by itself")
            << '\n';
    if (v.hasRecord) {
        out << "Checkpoint of " << v.origin << ": " << v.treeSize << " events, root " << v.rootHash;
        if (v.checkpointTime.isValid())
            out << ", " << v.checkpointTime.toString(Qt::ISODateWithMs);
        out << (v.checkpointTrusted ? ", signed by a trusted key" : "") << '\n';
        // The note verbatim (blank line included), to keep or compare.
        QStringList lines = v.checkpointText.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (const QString &line : lines)
            out << "    " << line << '\n';
        out << "Events: " << v.eventsProven << " proven in the checkpoint";
        if (v.unsignedEvents)
            out << "; " << v.unsignedEvents
                << " recorded before events were signed (covered by the checkpoint only)";
        out << '\n';
    }
    for (const QString &f : v.changed)
        out << "CHANGED " << f << '\n';
    for (const QString &f : v.missing)
        out << "MISSING " << f << '\n';
    for (const QString &f : v.added)
        out << "ADDED   " << f << '\n';
    for (const QString &p : v.recordProblems)
        out << "ALTERED " << p << '\n';
    for (const QString &u : v.untrustedSigners)
        out << "UNTRUSTED " << u << '\n';
    switch (v.outcome()) {
    case Outcome::Intact:
        out << "OK\n";
        return ExitOk;
    case Outcome::Altered:
        out << "NOT OK: ALTERED\n";
        return ExitAltered;
    case Outcome::UntrustedSigner:
        out << "NOT OK: UNTRUSTED SIGNER\n";
        return ExitUntrustedSigner;
    case Outcome::Unreadable:
        break;
    }
    return ExitUnreadable;
}

} // namespace ic::app

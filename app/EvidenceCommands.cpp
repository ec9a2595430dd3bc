#include "Commands.h"
#include "WorkspaceArgs.h"

#include "models/core/SecretStore.h"
#include "models/core/Settings.h"
#include "models/evidence/EvidenceBundle.h"
#include "models/evidence/EvidenceStore.h"
#include "models/evidence/SigningKeyVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    auto key =
        incident ? SigningKeyVault::obtainBlocking(&secrets) : Result<QByteArray>(incident.error());
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

// verify-evidence: checks a bundle's signature and every file.
int runVerifyEvidence(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "verify-evidence", "Checks an evidence bundle: the manifest's signature and the SHA-256 "
                           "of every file. Exit code 0: intact; 1: changed or unreadable; 2: bad "
                           "usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-evidence"), {},
                                 QStringLiteral("verify-evidence"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The bundle's folder."));
    const QCommandLineOption expect(QStringLiteral("expect-key"),
                                    QStringLiteral("Fail unless signed by this key (SHA256:… "
                                                   "fingerprint)."),
                                    QStringLiteral("FINGERPRINT"));
    parser.addOption(expect);
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
    const BundleVerification v = EvidenceBundle::verify(positional.first(), parser.value(expect));
    if (!v.problem.isEmpty()) {
        err << v.problem << '\n';
        return ExitFailure;
    }
    out << "Incident " << v.incidentRef << "\nSigned by " << v.keyFingerprint << ": "
        << (v.signatureValid ? "signature holds" : "SIGNATURE DOES NOT HOLD") << '\n';
    for (const QString &f : v.changed)
        out << "CHANGED " << f << '\n';
    for (const QString &f : v.missing)
        out << "MISSING " << f << '\n';
    for (const QString &f : v.added)
        out << "ADDED   " << f << '\n';
    out << (v.ok() ? "OK\n" : "NOT OK\n");
    return v.ok() ? ExitOk : ExitFailure;
}

} // namespace ic::app

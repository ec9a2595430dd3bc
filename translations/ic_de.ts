<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Incident</name>
    <message>
        <location filename="../models/incidents/Incident.cpp" line="+55"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containment</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eradication</source>
        <translation>Beseitigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-mortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>PgEndpoint</name>
    <message>
        <location filename="../models/store/ConnectionProfile.cpp" line="+41"/>
        <source>SSL mode verify-ca checks the certificate&apos;s CA but not that it was issued for %1: any server with a certificate from that CA can pose as it. Use verify-full unless you know why not.</source>
        <translation>Der SSL-Modus verify-ca prüft die CA des Zertifikats, aber nicht, ob es für %1 ausgestellt wurde: Jeder Server mit einem Zertifikat dieser CA kann sich als dieser Server ausgeben. Verwenden Sie verify-full, sofern Sie keinen bestimmten Grund dagegen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSL mode %1 does not check who %2 is: someone on the network can pose as the server, read what you send (your password included) and change what you see. Use verify-full (the default) unless you know why not.</source>
        <translation>Der SSL-Modus %1 prüft nicht, wer %2 ist: Jemand im Netzwerk kann sich als der Server ausgeben, mitlesen, was Sie senden (einschließlich Ihres Passworts), und verändern, was Sie sehen. Verwenden Sie verify-full (die Voreinstellung), sofern Sie keinen bestimmten Grund dagegen haben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not a usable PostgreSQL connection string: %1</source>
        <translation>Keine brauchbare PostgreSQL-Verbindungsangabe: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it contains a NUL character.</source>
        <translation>sie enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of memory.</source>
        <translation>nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the SSL mode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>der SSL-Modus „%1“ ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains a password, which other users of this machine could read. Use ~/.pgpass or the PGPASSWORD variable instead.</source>
        <translation>sie enthält ein Passwort, das andere Benutzer dieses Rechners lesen könnten. Verwenden Sie stattdessen ~/.pgpass oder die Variable PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the option &quot;%1&quot; is not supported here.</source>
        <translation>die Option „%1“ wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no database or user name.</source>
        <translation>kein Datenbank- oder Benutzername.</translation>
    </message>
</context>
<context>
    <name>demo-data</name>
    <message>
        <location filename="../app/DemoDataCommand.cpp" line="+25"/>
        <source>Creates the workspace schema and fills it with deterministic demo data: tenants, users, sessions, API keys and audit logs with one instance of every attack the playbooks describe.</source>
        <translation>Legt das Schema des Arbeitsbereichs an und füllt es mit reproduzierbaren Demodaten: Mandanten, Benutzer, Sitzungen, API-Schlüssel und Audit-Protokolle mit je einem Fall jedes Angriffs, den die Playbooks beschreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write into this SQLite workspace file (created if missing).</source>
        <translation>In diese SQLite-Arbeitsbereichsdatei schreiben (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write into this PostgreSQL database (libpq connection string, no password: use ~/.pgpass or PGPASSWORD).</source>
        <translation>In diese PostgreSQL-Datenbank schreiben (libpq-Verbindungsangabe ohne Passwort: verwenden Sie ~/.pgpass oder PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit-log rows (default 200000).</source>
        <translation>Zeilen im Audit-Protokoll (Standard: 200000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed: same seed, same data (default 20260112).</source>
        <translation>Startwert des Zufallsgenerators: gleicher Startwert, gleiche Daten (Standard: 20260112).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data&apos;s &quot;now&quot; as ISO 8601 UTC (default: the current time).</source>
        <translation>Das „Jetzt“ der Daten als ISO 8601 in UTC (Standard: die aktuelle Zeit).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give exactly one of --sqlite FILE or --pg CONNINFO.</source>
        <translation>geben Sie genau eine der Optionen --sqlite DATEI oder --pg CONNINFO an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--rows must be a whole number from %1 to 2000000000.</source>
        <translation>--rows muss eine ganze Zahl von %1 bis 2000000000 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--anchor must be an ISO 8601 time, e.g. 2026-11-22T10:00:00Z.</source>
        <translation>--anchor muss eine Zeit nach ISO 8601 sein, z. B. 2026-11-22T10:00:00Z.</translation>
    </message>
</context>
<context>
    <name>export-evidence</name>
    <message>
        <location filename="../app/EvidenceCommands.cpp" line="+26"/>
        <source>Writes an incident&apos;s evidence bundle into DIR (new or empty): its timeline, review and extracts, with a manifest of SHA-256 hashes signed by your evidence key (kept in your keychain).</source>
        <translation>Schreibt das Beweismittelpaket eines Vorfalls nach DIR (neu oder leer): Zeitachse, Nachbetrachtung und Auszüge, mit einem Manifest aus SHA-256-Hashes, signiert mit Ihrem Beweismittelschlüssel (im Schlüsselbund gespeichert).</translation>
    </message>
</context>
<context>
    <name>ic::ActFeedback</name>
    <message>
        <location filename="../ui/shell/ActFeedback.cpp" line="+47"/>
        <source>severity set to %1</source>
        <translation>Schweregrad auf %1 gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status set to %1</source>
        <translation>Status auf %1 gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commander removed</source>
        <translation>Leitung entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commander set to %1</source>
        <translation>Leitung auf %1 gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>became aware set to %1</source>
        <translation>Kenntniserlangung auf %1 gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>became aware cleared</source>
        <translation>Kenntniserlangung entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2: %3.</source>
        <translation>%1 zu %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ic::ActionModel</name>
    <message>
        <location filename="../models/actions/ActionModel.cpp" line="+31"/>
        <source>Run without a second person&apos;s approval: %1</source>
        <translation>Ohne Genehmigung einer zweiten Person ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval by an approver other than %1</source>
        <translation>Wartet auf Genehmigung durch eine andere genehmigende Person als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not resumed, by decision of %1</source>
        <translation>Nicht fortgesetzt, auf Entscheidung von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (BREAK-GLASS)</source>
        <translation>%1 (BREAK-GLASS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved, not run yet</source>
        <translation>Genehmigt, noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (left as it is)</source>
        <translation>%1 (so belassen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ic::ActionService</name>
    <message>
        <location filename="../models/actions/ActionRun.h" line="+28"/>
        <location filename="../models/actions/ActionService.cpp" line="+76"/>
        <source>No workspace is open. Nothing was sent.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionRuns.cpp" line="+77"/>
        <source>The platform answered from its idempotency record: an earlier attempt had done it.</source>
        <translation>Die Plattform hat aus ihrem Idempotenz-Eintrag geantwortet: Ein früherer Versuch hatte es bereits ausgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An earlier attempt may have been carried out, so the outcome is unknown.</source>
        <translation>Ein früherer Versuch wurde möglicherweise ausgeführt, daher ist das Ergebnis unbekannt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Containment through SQL now goes to %1, not %2. Nothing was run.</source>
        <translation>Eindämmung per SQL geht jetzt an %1, nicht an %2. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The transaction was rolled back; nothing was changed.</source>
        <translation>Die Transaktion wurde zurückgesetzt; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform asked to wait %1 s; resume the action later.</source>
        <translation>Die Plattform hat um %1 s Wartezeit gebeten; setzen Sie die Aktion später fort.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 ended (%2: %3), but the workspace did not record it: %4 It stays listed as unfinished; resuming it cannot act twice.</source>
        <translation>%1 ist beendet (%2: %3), aber der Arbeitsbereich hat es nicht erfasst: %4 Die Aktion bleibt als unvollendet aufgeführt; ein Fortsetzen kann sie nicht doppelt ausführen.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionService.cpp" line="-8"/>
        <source>This is a read-only reviewer profile: it can look at actions and their outcomes but cannot run, resume or dismiss them, or change how the workspace acts. Open the workspace with a commander&apos;s profile to contain.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte: Es kann Aktionen und ihre Ergebnisse ansehen, sie aber nicht ausführen, fortsetzen oder verwerfen und nicht ändern, wie der Arbeitsbereich handelt. Öffnen Sie den Arbeitsbereich mit einem Leitungsprofil, um einzudämmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source> Nothing was sent.</source>
        <translation> Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available for the admin API token. Nothing was sent.</source>
        <translation>Für das Admin-API-Token ist kein Schlüsselbund verfügbar. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your keychain holds no admin API token for %1. Nothing was sent. Add the token in the action settings.</source>
        <translation>Ihr Schlüsselbund enthält kein Admin-API-Token für %1. Es wurde nichts gesendet. Fügen Sie das Token in den Aktionseinstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>%1 was meant for %2, which is not where this workspace&apos;s containment acts now (%3). Nothing was done.</source>
        <translation>%1 war für %2 bestimmt, wo die Eindämmung dieses Arbeitsbereichs jetzt nicht mehr ausgeführt wird (%3). Es wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionPrimary.cpp" line="+44"/>
        <source>Containment through SQL goes to the platform primary %1, and its password is not known yet: enter it in Action settings (it is kept in your keychain). Nothing was done.</source>
        <translation>Eindämmung per SQL geht an den Plattform-Primärserver %1, dessen Passwort noch nicht bekannt ist: Geben Sie es in den Aktionseinstellungen ein (es wird in Ihrem Schlüsselbund gespeichert). Es wurde nichts getan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This workspace has no audit source to run containment SQL against. Nothing was sent. Choose the admin API in the action settings.</source>
        <translation>Dieser Arbeitsbereich hat keine Audit-Quelle, gegen die Eindämmungs-SQL laufen könnte. Es wurde nichts gesendet. Wählen Sie in den Aktionseinstellungen die Admin-API.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The platform primary %1 is itself a read-only standby (in recovery). Name the platform&apos;s primary in Action settings. Nothing was done.</source>
        <translation>Der Plattform-Primärserver %1 ist selbst ein schreibgeschützter Standby (im Recovery-Modus). Geben Sie in den Aktionseinstellungen den Primärserver der Plattform an. Es wurde nichts getan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit source %1 is a read-only standby: containment through SQL must go to the platform&apos;s primary. Set the platform primary in Action settings. Nothing was done.</source>
        <translation>Die Audit-Quelle %1 ist ein schreibgeschützter Standby: Eindämmung per SQL muss an den Primärserver der Plattform gehen. Legen Sie den Plattform-Primärserver in den Aktionseinstellungen fest. Es wurde nichts getan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionService.cpp" line="-173"/>
        <source>Could not count in the audit source: %1</source>
        <translation>Zählen in der Audit-Quelle nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This action was already submitted.</source>
        <translation>Diese Aktion wurde bereits abgeschickt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Containment through SQL now goes to %1, not %2 as in the preview. Nothing was done; look at the preview again.</source>
        <translation>Eindämmung per SQL geht jetzt an %1, nicht an %2 wie in der Vorschau. Es wurde nichts getan; sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The admin API address changed since the preview. Nothing was sent; look at the preview again.</source>
        <translation>Die Adresse der Admin-API hat sich seit der Vorschau geändert. Es wurde nichts gesendet; prüfen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionApprovals.cpp" line="+28"/>
        <source>No workspace is open. Nothing was changed.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Nothing was changed.</source>
        <translation> Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Breaking glass needs a justification; it goes on the timeline, flagged. Nothing was run.</source>
        <translation>Break-Glass erfordert eine Begründung; sie wird markiert in der Zeitachse festgehalten. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../models/actions/ActionService.cpp" line="+29"/>
        <source>This action is being sent right now.</source>
        <translation>Diese Aktion wird gerade gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> Nothing was run.</source>
        <translation> Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionService.cpp" line="+26"/>
        <source>%1 already succeeded; it is not sent again.</source>
        <translation>%1 war bereits erfolgreich; es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is waiting for approval by an approver other than %2. Nothing was sent.</source>
        <translation>%1 wartet auf Genehmigung durch eine andere genehmigende Person als %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was rejected by an approver; it is never sent. Nothing was sent.</source>
        <translation>%1 wurde von einer genehmigenden Person abgelehnt und wird nie gesendet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is being sent by another Incident Commander (%2). Nothing was sent from here.</source>
        <translation>%1 wird von einem anderen Incident Commander gesendet (%2). Von hier wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 was meant for %2, but the settings now name %3. Nothing was sent.</source>
        <translation>%1 war für %2 bestimmt, aber die Einstellungen nennen jetzt %3. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This action is being sent right now; wait for its outcome.</source>
        <translation>Diese Aktion wird gerade gesendet; warten Sie ihr Ergebnis ab.</translation>
    </message>
</context>
<context>
    <name>ic::ActionSettingsDialog</name>
    <message>
        <location filename="../ui/actions/ActionSettingsDialog.cpp" line="+26"/>
        <source>How This Workspace Acts</source>
        <translation>Wie dieser Arbeitsbereich handelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct SQL on the audit source (the platform document&apos;s statements)</source>
        <translation>Direktes SQL auf der Audit-Quelle (die Anweisungen aus dem Plattformdokument)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admin API over HTTPS (the playbook&apos;s endpoints)</source>
        <translation>Admin-API über HTTPS (die Endpunkte aus dem Playbook)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stored certificate)</source>
        <translation>(gespeichertes Zertifikat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose File…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sha256/… of the server&apos;s public key (optional)</source>
        <translation>sha256/… des öffentlichen Schlüssels des Servers (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>kept in your keychain; leave empty to keep the stored one</source>
        <translation>wird im Schlüsselbund gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>host=… port=… dbname=… user=… (when the audit source is a standby)</source>
        <translation>host=… port=… dbname=… user=… (wenn die Audit-Quelle ein Standby ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where containment through SQL writes when the audit source is a read-only hot standby: the platform&apos;s primary database, as a connection string or postgresql:// address without a password. Empty: containment acts on the audit source.</source>
        <translation>Wohin Eindämmung per SQL schreibt, wenn die Audit-Quelle ein schreibgeschützter Hot Standby ist: die primäre Datenbank der Plattform, als Verbindungsangabe oder postgresql://-Adresse ohne Passwort. Leer: Die Eindämmung wirkt auf die Audit-Quelle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private CA</source>
        <translation>Private CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public-key pin</source>
        <translation>Public-Key-Pin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout per attempt</source>
        <translation>Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform p&amp;rimary</source>
        <translation>Plattform-P&amp;rimärserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary pass&amp;word</source>
        <translation>Pass&amp;wort des Primärservers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Private CA Certificate</source>
        <translation>Zertifikat der privaten CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read %1 (or it is larger than 1 MiB). The CA was not changed.</source>
        <translation>%1 konnte nicht gelesen werden (oder ist größer als 1 MiB). Die CA wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A password was entered, but no platform primary: enter the primary it belongs to. Nothing was saved.</source>
        <translation>Es wurde ein Passwort eingegeben, aber kein Plattform-Primärserver: Geben Sie den Primärserver an, zu dem es gehört. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The settings were saved, but the primary&apos;s password was not: this window cannot reach the keychain. Enter it again.</source>
        <translation>Die Einstellungen wurden gespeichert, das Passwort des Primärservers aber nicht: Dieses Fenster erreicht den Schlüsselbund nicht. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The settings were saved, but the token was not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, das Token jedoch nicht: %1</translation>
    </message>
</context>
<context>
    <name>ic::Actions</name>
    <message>
        <location filename="../models/actions/ActionKind.cpp" line="+72"/>
        <source>admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/actions/ActionSettings.cpp" line="+238"/>
        <source>direct SQL</source>
        <translation>direktes SQL</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Revoke all tokens of a user</source>
        <translation>Alle Tokens eines Benutzers widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out all sessions of a user</source>
        <translation>Alle Sitzungen eines Benutzers abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend a user</source>
        <translation>Einen Benutzer sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke all access of a user</source>
        <translation>Jeden Zugriff eines Benutzers widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend a tenant</source>
        <translation>Einen Mandanten sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke all tokens of a tenant</source>
        <translation>Alle Tokens eines Mandanten widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a suspended tenant</source>
        <translation>Einen gesperrten Mandanten wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke an API key</source>
        <translation>Einen API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block an IP or network</source>
        <translation>Eine IP oder ein Netzwerk sperren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoke all tokens of user %1</source>
        <translation>Alle Tokens von Benutzer %1 widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out all sessions of user %1</source>
        <translation>Alle Sitzungen von Benutzer %1 abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend user %1</source>
        <translation>Benutzer %1 sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke all access of user %1</source>
        <translation>Jeden Zugriff von Benutzer %1 widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend tenant %1</source>
        <translation>Mandant %1 sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke all tokens of tenant %1</source>
        <translation>Alle Tokens von Mandant %1 widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore tenant %1</source>
        <translation>Mandant %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke API key %1</source>
        <translation>API-Schlüssel %1 widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../models/actions/SqlContainment.cpp" line="+161"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/actions/SqlContainment.cpp" line="+39"/>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/actions/SqlContainment.cpp" line="+52"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP or network</source>
        <translation>IP oder Netzwerk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the %1&apos;s id. Nothing was sent.</source>
        <translation>Geben Sie die %1-ID ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 id is at most %2 characters; this one has %3. Nothing was sent.</source>
        <translation>Eine %1-ID hat höchstens %2 Zeichen; diese hat %3. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a %2 id: ids are letters, digits and . _ : @ + - only (for example usr_4f2a91c0). Nothing was sent.</source>
        <translation>„%1“ ist keine %2-ID: IDs bestehen nur aus Buchstaben, Ziffern und . _ : @ + - (zum Beispiel usr_4f2a91c0). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give a reason: it is recorded with the action on the platform and on the timeline. Nothing was sent.</source>
        <translation>Geben Sie einen Grund an: Er wird mit der Aktion auf der Plattform und in der Zeitachse festgehalten. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is longer than %1 characters; shorten it. Nothing was sent.</source>
        <translation>Der Grund ist länger als %1 Zeichen; kürzen Sie ihn. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reason contains a control character that cannot be recorded. Nothing was sent.</source>
        <translation>Der Grund enthält ein Steuerzeichen, das nicht gespeichert werden kann. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionPreview.cpp" line="+22"/>
        <location filename="../models/actions/Outbox.cpp" line="+131"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects that change: %1</source>
        <translation>Objekte, die sich ändern: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objects that change: not known before sending (the platform&apos;s tables cannot be read from this workspace).</source>
        <translation>Objekte, die sich ändern: vor dem Senden nicht bekannt (die Tabellen der Plattform können aus diesem Arbeitsbereich nicht gelesen werden).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>from your keychain</source>
        <translation>aus Ihrem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the body is written when you give the reason)</source>
        <translation>(der Body wird erstellt, sobald Sie den Grund angeben)</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionRecord.cpp" line="+61"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In flight</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location filename="../models/actions/ActionSettings.cpp" line="-200"/>
        <source>Enter the admin API&apos;s address, for example https://admin.example.com. Nothing was sent.</source>
        <translation>Geben Sie die Adresse der Admin-API ein, zum Beispiel https://admin.example.com. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a web address. Enter it as https://admin.example.com. Nothing was sent.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie in der Form https://admin.example.com ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>http:// is refused for %1: the bearer token would cross the network unencrypted. Use https://; plain http:// is only allowed to this machine, written as an address (127.0.0.1 or [::1]; a name such as localhost could resolve elsewhere). Nothing was sent.</source>
        <translation>http:// wird für %1 abgelehnt: Das Bearer-Token würde unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https://; einfaches http:// ist nur zu diesem Rechner erlaubt, angegeben als Adresse (127.0.0.1 oder [::1]; ein Name wie localhost könnte anderswohin aufgelöst werden). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The admin API address must start with https://, not %1://. Nothing was sent.</source>
        <translation>Die Adresse der Admin-API muss mit https:// beginnen, nicht mit %1://. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The admin API address contains a user name or password; the token goes in the keychain, never in the address. Nothing was sent.</source>
        <translation>Die Adresse der Admin-API enthält einen Benutzernamen oder ein Passwort; das Token gehört in den Schlüsselbund, nie in die Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The admin API address must not have a ?query or #fragment. Nothing was sent.</source>
        <translation>Die Adresse der Admin-API darf keine ?query und kein #fragment enthalten. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The public-key pin is not a SHA-256 digest. Give it as sha256/ followed by 44 base64 characters (openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64). Nothing was sent.</source>
        <translation>Der Public-Key-Pin ist kein SHA-256-Hashwert. Geben Sie ihn als sha256/ gefolgt von 44 Base64-Zeichen an (openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The CA file holds no PEM certificate (-----BEGIN CERTIFICATE-----). Nothing was sent.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The admin API token is empty. Nothing was sent.</source>
        <translation>Das Admin-API-Token ist leer. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin API token is longer than 8192 characters. Nothing was sent.</source>
        <translation>Das Admin-API-Token ist länger als 8192 Zeichen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The admin API token contains a space, line break or non-ASCII character, which cannot go in an HTTP header. Nothing was sent.</source>
        <translation>Das Admin-API-Token enthält ein Leerzeichen, einen Zeilenumbruch oder ein Nicht-ASCII-Zeichen, das nicht in einem HTTP-Header stehen kann. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The platform primary&apos;s connection contains a password. A password is never stored in the workspace, where the whole team could read it: leave it out and enter it in the password field, which keeps it in your keychain. Nothing was saved.</source>
        <translation>Die Verbindungsangabe des Plattform-Primärservers enthält ein Passwort. Ein Passwort wird nie im Arbeitsbereich gespeichert, wo das ganze Team es lesen könnte: Lassen Sie es weg und geben Sie es im Passwortfeld ein, das es in Ihrem Schlüsselbund ablegt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The platform primary: %1 Give it as host=… port=… dbname=… user=… or postgresql://user@host:port/dbname. Nothing was saved.</source>
        <translation>Der Plattform-Primärserver: %1 Geben Sie ihn als host=… port=… dbname=… user=… oder postgresql://benutzer@host:port/datenbank an. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../models/actions/AdminApiClient.cpp" line="+228"/>
        <source>A public-key pin needs an https:// address: over http:// there is no key to check. Nothing was sent.</source>
        <translation>Ein Public-Key-Pin erfordert eine https://-Adresse: Über http:// gibt es keinen Schlüssel zu prüfen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>how it acts (now %1)</source>
        <translation>die Art der Ausführung (jetzt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the admin API</source>
        <translation>die Admin-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the admin API address (now %1)</source>
        <translation>die Adresse der Admin-API (jetzt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public-key pin (now none)</source>
        <translation>der Public-Key-Pin (jetzt keiner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the public-key pin (now %1)</source>
        <translation>der Public-Key-Pin (jetzt %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the private CA (now %1)</source>
        <translation>die private CA (jetzt %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the private CA (now the system&apos;s)</source>
        <translation>die private CA (jetzt die des Systems)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the timeout (now %n s)</source>
        <translation>
            <numerusform>das Zeitlimit (jetzt %n s)</numerusform>
            <numerusform>das Zeitlimit (jetzt %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform primary (now %1)</source>
        <translation>der Plattform-Primärserver (jetzt %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: containment acts on the audit source</source>
        <translation>keiner: Die Eindämmung wirkt auf die Audit-Quelle</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 changed how this workspace acts at %2, after you opened these settings: %3. Nothing was saved. Close the settings and open them again to see the new values, then make your change.</source>
        <translation>%1 hat, nachdem Sie diese Einstellungen geöffnet hatten, geändert, wie dieser Arbeitsbereich handelt (Zeitpunkt: %2): %3. Es wurde nichts gespeichert. Schließen Sie die Einstellungen und öffnen Sie sie erneut, um die neuen Werte zu sehen, und nehmen Sie dann Ihre Änderung vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/actions/AdminApiClient.cpp" line="-168"/>
        <source>Accepted by the admin API (HTTP 202); the platform completes it.</source>
        <translation>Von der Admin-API angenommen (HTTP 202); die Plattform führt es zu Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done by the admin API (HTTP %1).</source>
        <translation>Von der Admin-API ausgeführt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The admin API answered with a redirect (HTTP %1) to %2. Redirects are not followed, so the request and its token were not sent there, and nothing was done. Check the admin API address in the settings.</source>
        <translation>Die Admin-API hat mit einer Weiterleitung (HTTP %1) nach %2 geantwortet. Weiterleitungen werden nicht befolgt, daher wurden Anfrage und Token nicht dorthin gesendet, und es wurde nichts ausgeführt. Prüfen Sie die Adresse der Admin-API in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unnamed place</source>
        <translation>eine unbenannte Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The admin API is rate-limiting (HTTP 429)%1.</source>
        <translation>Die Admin-API begrenzt die Anfragerate (HTTP 429)%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin API timed out reading the request (HTTP 408)%1.</source>
        <translation>Die Admin-API hat beim Lesen der Anfrage das Zeitlimit überschritten (HTTP 408)%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The admin API is still working on an earlier attempt with the same Idempotency-Key (HTTP 409)%1.</source>
        <translation>Die Admin-API bearbeitet noch einen früheren Versuch mit demselben Idempotency-Key (HTTP 409)%1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The admin API refused the token (HTTP 401)%1. Nothing was done. Store a valid token in the action settings.</source>
        <translation>Die Admin-API hat das Token abgelehnt (HTTP 401)%1. Es wurde nichts ausgeführt. Hinterlegen Sie ein gültiges Token in den Aktionseinstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token may not do this (HTTP 403)%1. Nothing was done.</source>
        <translation>Das Token ist dazu nicht berechtigt (HTTP 403)%1. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin API does not know this subject or endpoint (HTTP 404)%1. Nothing was done; check the id.</source>
        <translation>Die Admin-API kennt dieses Ziel oder diesen Endpunkt nicht (HTTP 404)%1. Es wurde nichts ausgeführt; prüfen Sie die ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The admin API refused the request (HTTP 422)%1. Nothing was done.</source>
        <translation>Die Admin-API hat die Anfrage abgelehnt (HTTP 422)%1. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The admin API refused the request (HTTP %1)%2. Nothing was done.</source>
        <translation>Die Admin-API hat die Anfrage abgelehnt (HTTP %1)%2. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The admin API had an internal error (HTTP %1)%2.</source>
        <translation>Die Admin-API hatte einen internen Fehler (HTTP %1)%2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 presented a public key that does not match the pin in the settings. The connection was closed before the request was sent, so nothing was done. If the server&apos;s key changed on purpose, update the pin.</source>
        <translation>%1 hat einen öffentlichen Schlüssel vorgelegt, der nicht zum Pin in den Einstellungen passt. Die Verbindung wurde vor dem Senden der Anfrage geschlossen, es wurde also nichts ausgeführt. Wenn der Schlüssel des Servers absichtlich geändert wurde, aktualisieren Sie den Pin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish answering within %2 s; the request may have been carried out.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s abgeschlossen; die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent an answer larger than %2 KiB, so it was not read; the request may have been carried out. Check on the platform, or resume (the same Idempotency-Key cannot act twice).</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 KiB ist; sie wurde daher nicht gelesen, und die Anfrage wurde möglicherweise ausgeführt. Prüfen Sie es auf der Plattform oder setzen Sie die Aktion fort (derselbe Idempotency-Key kann nicht doppelt wirken).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped waiting for %1 because the workspace was closed.</source>
        <translation>Warten auf %1 beendet, weil der Arbeitsbereich geschlossen wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer from %1 within %2 s; the request may have been carried out.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s; die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS certificate of %1 could not be verified (%2). Nothing was sent. If the admin API uses a private CA, add its certificate in the settings.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden (%2). Es wurde nichts gesendet. Wenn die Admin-API eine private CA verwendet, fügen Sie deren Zertifikat in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not connect to %1 (%2).</source>
        <translation>Verbindung zu %1 nicht möglich (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to %1 broke before an answer came (%2); the request may have been carried out.</source>
        <translation>Die Verbindung zu %1 ist vor einer Antwort abgebrochen (%2); die Anfrage wurde möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Its answer was larger than %1 KiB and was not read.</source>
        <translation>Die Antwort war größer als %1 KiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../models/actions/IpTarget.cpp" line="+21"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter an IP address (203.0.113.7) or a network in CIDR notation (203.0.113.0/24).</source>
        <translation>Geben Sie eine IP-Adresse (203.0.113.7) oder ein Netzwerk in CIDR-Notation (203.0.113.0/24) ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1…&quot; is too long for an IP address or network.</source>
        <translation>„%1…“ ist zu lang für eine IP-Adresse oder ein Netzwerk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; names a network interface zone; block the address without the %-part.</source>
        <translation>„%1“ nennt eine Zone einer Netzwerkschnittstelle; sperren Sie die Adresse ohne den %-Teil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an IP address. Enter an IPv4 address such as 203.0.113.7, an IPv6 address such as 2001:db8::7, or a network such as 203.0.113.0/24.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine IPv4-Adresse wie 203.0.113.7, eine IPv6-Adresse wie 2001:db8::7 oder ein Netzwerk wie 203.0.113.0/24 ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;/%1&quot; is not a network prefix: after the slash comes a number from 1 to %2.</source>
        <translation>„/%1“ ist kein Netzwerkpräfix: Nach dem Schrägstrich folgt eine Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 would block every address.</source>
        <translation>%1 würde jede Adresse sperren.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 has bits set after the first %2; did you mean %3/%2?</source>
        <translation>%1 hat gesetzte Bits nach den ersten %2; meinten Sie %3/%2?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a loopback address: blocking it would cut the platform off from itself.</source>
        <translation>%1 ist eine Loopback-Adresse: Sie zu sperren würde die Plattform von sich selbst abschneiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the unspecified address, not a client.</source>
        <translation>%1 ist die unspezifizierte Adresse, kein Client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the broadcast address, not a client.</source>
        <translation>%1 ist die Broadcast-Adresse, kein Client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2^%1 addresses</source>
        <translation>2^%1 Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 addresses</source>
        <translation>%L1 Adressen</translation>
    </message>
    <message>
        <location filename="../models/actions/Outbox.cpp" line="-78"/>
        <source>The workspace holds an action this version does not know (%1). It was left as it is; update Incident Commander to see it.</source>
        <translation>Der Arbeitsbereich enthält eine Aktion, die diese Version nicht kennt (%1). Sie wurde so belassen; aktualisieren Sie Incident Commander, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The action %1 is not in this workspace&apos;s outbox. Nothing was changed.</source>
        <translation>Die Aktion %1 ist nicht im Postausgang dieses Arbeitsbereichs. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n object(s) changed</source>
        <translation>
            <numerusform>%n Objekt geändert</numerusform>
            <numerusform>%n Objekte geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is no longer claimed by this Incident Commander (it was dismissed or finished elsewhere); this attempt&apos;s outcome was not recorded over it.</source>
        <translation>%1 ist nicht mehr von diesem Incident Commander reserviert (es wurde anderswo verworfen oder abgeschlossen); das Ergebnis dieses Versuchs hat es nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was taken over by another Incident Commander (%2) after this one&apos;s claim ran out; this attempt&apos;s outcome was not recorded over it.</source>
        <translation>%1 wurde von einem anderen Incident Commander (%2) übernommen, nachdem die Reservierung dieses Incident Commanders abgelaufen war; das Ergebnis dieses Versuchs hat es nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Requested: %1 — reason: %2</source>
        <translation>Angefordert: %1 – Grund: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already succeeded; it is not sent again.</source>
        <translation>%1 war bereits erfolgreich; es wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is being sent by another Incident Commander (%2) until %3. Nothing was sent from here; wait for it to finish.</source>
        <translation>%1 wird bis %3 von einem anderen Incident Commander (%2) gesendet. Von hier wurde nichts gesendet; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resumed, attempt %1: %2 (%3)</source>
        <translation>Fortgesetzt, Versuch %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt %1: %2 (%3)</source>
        <translation>Versuch %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already succeeded.</source>
        <translation>%1 war bereits erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Attempt %1 of %2 did not finish: %3. Retrying in %n s with the same Idempotency-Key.</source>
        <translation>
            <numerusform>Versuch %1 von %2 wurde nicht abgeschlossen: %3. Neuer Versuch in %n s mit demselben Idempotency-Key.</numerusform>
            <numerusform>Versuch %1 von %2 wurde nicht abgeschlossen: %3. Neuer Versuch in %n s mit demselben Idempotency-Key.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already succeeded; the later outcome was not recorded over it.</source>
        <translation>%1 war bereits erfolgreich; das spätere Ergebnis hat es nicht überschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Succeeded: %1. %2</source>
        <translation>Erfolgreich: %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded: %1 (%2). %3</source>
        <translation>Erfolgreich: %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1. %2</source>
        <translation>Fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome unknown: %1. %2 Resume it (same Idempotency-Key, it cannot act twice) or check on the platform.</source>
        <translation>Ergebnis unbekannt: %1. %2 Setzen Sie die Aktion fort (gleicher Idempotency-Key, sie kann nicht doppelt wirken) oder prüfen Sie es auf der Plattform.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is finished (%2); there is nothing to decide.</source>
        <translation>%1 ist abgeschlossen (%2); es gibt nichts zu entscheiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is being sent by another Incident Commander (%2); it was left as it is.</source>
        <translation>%1 wird von einem anderen Incident Commander (%2) gesendet; es wurde so belassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not resumed, by decision of %1: %2 (%3)</source>
        <translation>Nicht fortgesetzt, auf Entscheidung von %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not resumed, by decision of %1: %2 (%3) — %4</source>
        <translation>Nicht fortgesetzt, auf Entscheidung von %1: %2 (%3) – %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The action %1 is not in this workspace&apos;s outbox.</source>
        <translation>Die Aktion %1 ist nicht im Postausgang dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../models/actions/SqlContainment.cpp" line="-155"/>
        <source>There is no %1 &quot;%2&quot; in the platform&apos;s tables. Nothing was sent; check the id.</source>
        <translation>%1 „%2“ ist in den Tabellen der Plattform nicht vorhanden. Es wurde nichts gesendet; prüfen Sie die ID.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The audit source has no %1 table, so containment cannot run as direct SQL there. Nothing was sent. Choose the admin API in the action settings, or connect a workspace whose audit source has the platform&apos;s tables.</source>
        <translation>Die Audit-Quelle hat keine Tabelle %1, daher kann die Eindämmung dort nicht als direktes SQL laufen. Es wurde nichts gesendet. Wählen Sie in den Aktionseinstellungen die Admin-API oder verbinden Sie einen Arbeitsbereich, dessen Audit-Quelle die Tabellen der Plattform enthält.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2), tenant %3, %4</source>
        <translation>%1 (%2), Mandant %3, %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The user is already suspended.</source>
        <translation>Der Benutzer ist bereits gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 user suspended</source>
        <translation>1 Benutzer gesperrt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+52"/>
        <source>%n active API key(s) revoked</source>
        <translation>
            <numerusform>%n aktiver API-Schlüssel widerrufen</numerusform>
            <numerusform>%n aktive API-Schlüssel widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-49"/>
        <source>%n open session(s) logged out</source>
        <translation>
            <numerusform>%n offene Sitzung abgemeldet</numerusform>
            <numerusform>%n offene Sitzungen abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+48"/>
        <source>%n open session(s) revoked</source>
        <translation>
            <numerusform>%n offene Sitzung widerrufen</numerusform>
            <numerusform>%n offene Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%1, %2, %n user(s)</source>
        <translation>
            <numerusform>%1, %2, %n Benutzer</numerusform>
            <numerusform>%1, %2, %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tenant is already suspended.</source>
        <translation>Der Mandant ist bereits gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tenant suspended</source>
        <translation>1 Mandant gesperrt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n user(s) of the tenant lose access.</source>
        <translation>
            <numerusform>%n Benutzer des Mandanten verliert den Zugriff.</numerusform>
            <numerusform>Alle %n Benutzer des Mandanten verlieren den Zugriff.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 tenant restored to active</source>
        <translation>1 Mandant wieder aktiv gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tenant is not suspended (%1): nothing changes.</source>
        <translation>Der Mandant ist nicht gesperrt (%1): Es ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked keys and sessions stay revoked.</source>
        <translation>Widerrufene Schlüssel und Sitzungen bleiben widerrufen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; (%2…), user %3, tenant %4</source>
        <translation>„%1“ (%2…), Benutzer %3, Mandant %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key was already revoked at %1: nothing changes.</source>
        <translation>Der Schlüssel wurde bereits am %1 widerrufen: Es ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 API key revoked</source>
        <translation>1 API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already blocked: nothing changes.</source>
        <translation>%1 ist bereits gesperrt: Es ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 block-list entry added (%1)</source>
        <translation>1 Sperrlisteneintrag hinzugefügt (%1)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The claim on %1 ran out before it could run. Nothing was changed.</source>
        <translation>Die Reservierung für %1 ist abgelaufen, bevor es ausgeführt werden konnte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Already done before: the platform&apos;s audit_logs hold this action&apos;s record; it was not run again.</source>
        <translation>Bereits zuvor erledigt: Die audit_logs der Plattform enthalten den Eintrag dieser Aktion; sie wurde nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 updated; audit_logs row %2 written (event %3).</source>
        <translation>%1 aktualisiert; audit_logs-Zeile %2 geschrieben (Ereignis %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 took longer than its claim allows, so it was rolled back. Nothing was changed.</source>
        <translation>%1 dauerte länger, als die Reservierung erlaubt, und wurde daher zurückgenommen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::ActionsPane</name>
    <message>
        <location filename="../ui/actions/ActionsPane.cpp" line="+52"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command Palette (Ctrl+K)</source>
        <translation>Befehlspalette (Strg+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Subject</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Why (required): recorded on the platform and the timeline</source>
        <translation>Warum (erforderlich): wird auf der Plattform und in der Zeitachse festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+344"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="-342"/>
        <location line="+350"/>
        <source>Runs the action shown in the preview</source>
        <translation>Führt die in der Vorschau gezeigte Aktion aus</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview shows exactly what will happen before anything is sent.</source>
        <translation>Die Vorschau zeigt genau, was geschehen wird, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contain</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actions on this incident</source>
        <translation>Aktionen zu diesem Vorfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+348"/>
        <source>Send it again with its own Idempotency-Key: it cannot act twice</source>
        <translation>Erneut mit dem eigenen Idempotency-Key senden: Die Aktion kann nicht doppelt wirken</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Leave As It Is</source>
        <translation>So belassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+346"/>
        <source>Record that you decided not to resume it (the text in Reason is kept as a note)</source>
        <translation>Festhalten, dass Sie sich gegen das Fortsetzen entschieden haben (der Text unter „Grund“ wird als Notiz übernommen)</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>Contain… (Command Palette)</source>
        <translation>Eindämmen … (Befehlspalette)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action Settings…</source>
        <translation>Aktionseinstellungen …</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>The audit database&apos;s password could not be read from the keychain: %1 Containment through SQL will ask the database without it; nothing was sent.</source>
        <translation>Das Passwort der Audit-Datenbank konnte nicht aus dem Schlüsselbund gelesen werden: %1 Eindämmung über SQL fragt die Datenbank ohne Passwort an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 id</source>
        <translation>%1-ID</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading what this would change…</source>
        <translation>Ermittle, was sich dadurch ändern würde …</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Requested: %1. Waiting for approval by an approver other than %2. Nothing was sent.</source>
        <translation>Angefordert: %1. Wartet auf Genehmigung durch eine andere genehmigende Person als %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent: %1. Its outcome shows below and on the timeline.</source>
        <translation>Gesendet: %1. Das Ergebnis erscheint unten und in der Zeitachse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested: %1. Nothing was sent; it waits for a commander to run it.</source>
        <translation>Angefordert: %1. Es wurde nichts gesendet; die Aktion wartet darauf, dass eine Einsatzleitung sie ausführt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request only: the action is recorded and waits for a commander to run it. %1</source>
        <translation>Nur anfordern: Die Aktion wird erfasst und wartet darauf, dass eine Einsatzleitung sie ausführt. %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for approval by an approver other than %1: it runs once approved (or by its requester&apos;s break-glass).</source>
        <translation>Wartet auf Genehmigung durch eine andere genehmigende Person als %1: Die Aktion wird nach der Genehmigung ausgeführt (oder per Break-Glass durch die anfordernde Person).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected by an approver: it is never sent.</source>
        <translation>Von einer genehmigenden Person abgelehnt: Die Aktion wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Acting through direct SQL on the audit source (%1).</source>
        <translation>Aktionen laufen als direktes SQL auf der Audit-Quelle (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acting through direct SQL, but this workspace has no audit source.</source>
        <translation>Aktionen laufen als direktes SQL, aber dieser Arbeitsbereich hat keine Audit-Quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acting through the admin API at %1</source>
        <translation>Aktionen laufen über die Admin-API unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, private CA</source>
        <translation>, private CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, public key pinned</source>
        <translation>, öffentlicher Schlüssel gepinnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/ActionsPaneUnfinished.cpp" line="+93"/>
        <source>%n containment action(s) did not finish: the app was closed or the outcome is unknown. Nothing was sent again on its own. Resume sends each with its own Idempotency-Key, so nothing happens twice.</source>
        <translation>
            <numerusform>%n Eindämmungsaktion wurde nicht abgeschlossen: Die App wurde geschlossen oder das Ergebnis ist unbekannt. Es wurde nichts automatisch erneut gesendet. „Fortsetzen“ sendet sie mit ihrem eigenen Idempotency-Key, sodass nichts doppelt geschieht.</numerusform>
            <numerusform>%n Eindämmungsaktionen wurden nicht abgeschlossen: Die App wurde geschlossen oder das Ergebnis ist unbekannt. Es wurde nichts automatisch erneut gesendet. „Fortsetzen“ sendet jede mit ihrem eigenen Idempotency-Key, sodass nichts doppelt geschieht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/actions/ActionsPane.cpp" line="+16"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/actions/ActionsPaneUnfinished.cpp" line="-77"/>
        <source>Actions (%1 unfinished)</source>
        <translation>Aktionen (%1 unvollendet)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ActionsPane.cpp" line="+8"/>
        <source>Select an incident first: the palette lists actions on its subjects.</source>
        <translation>Wählen Sie zuerst einen Vorfall aus: Die Palette listet Aktionen für seine Ziele auf.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ActionsPane.h" line="+38"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>ic::AlertDetail</name>
    <message>
        <location filename="../ui/detection/AlertDetail.cpp" line="+91"/>
        <source>Open incident to link to</source>
        <translation>Offener Vorfall, mit dem verknüpft wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered &amp;by:</source>
        <translation>Abgedeckt &amp;durch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link to Incident</source>
        <translation>Mit Vorfall ver&amp;knüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that this open incident already covers the alert: marked promoted to it, its rows pinned as evidence there, a line on its timeline. No new incident. (Ctrl+Shift+L)</source>
        <translation>Festhalten, dass dieser offene Vorfall den Alarm bereits abdeckt: als zu ihm hochgestuft markiert, seine Zeilen dort als Beweismittel angeheftet, ein Eintrag in seiner Zeitleiste. Kein neuer Vorfall. (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Incident</source>
        <translation>Vorfa&amp;ll öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%1: %n alert(s)</source>
        <translation>
            <numerusform>%1: %n Alarm</numerusform>
            <numerusform>%1: %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand the line (Right arrow) to see each alert and its rows.</source>
        <translation>Die Zeile aufklappen (Pfeil nach rechts), um jeden Alarm und seine Zeilen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Promote %n Alert(s) to One Incident</source>
        <translation>
            <numerusform>%n Alarm zum Vorfall &amp;hochstufen</numerusform>
            <numerusform>%n Alarme zu einem Vorfall &amp;hochstufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Dismiss %n</source>
        <translation>
            <numerusform>%n &amp;verwerfen</numerusform>
            <numerusform>%n &amp;verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (suggested): %2</source>
        <translation>%1 (vorgeschlagen): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears to cover it: %2.</source>
        <translation>%1 scheint ihn abzudecken: %2.</translation>
    </message>
</context>
<context>
    <name>ic::AlertListModel</name>
    <message>
        <location filename="../models/detection/AlertListModel.cpp" line="+63"/>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+177"/>
        <source>Promoted to %1</source>
        <translation>Hochgestuft zu %1</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being promoted by %1</source>
        <translation>Wird von %1 hochgestuft</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 ?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Promoted to %1 &quot;%2&quot;</source>
        <translation>Hochgestuft zu %1 „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appears to be covered by the open incident %1 &quot;%2&quot;: %3. Not linked yet: Link to Incident (Ctrl+Shift+L) records it there.</source>
        <translation>Scheint vom offenen Vorfall %1 „%2“ abgedeckt zu sein: %3. Noch nicht verknüpft: „Mit Vorfall verknüpfen“ (Strg+Umschalt+L) hält es dort fest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter or double-click opens the incident.</source>
        <translation>Eingabetaste oder Doppelklick öffnet den Vorfall.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n alert(s) of this rule, one per %1:</source>
        <translation>
            <numerusform>%n Alarm dieser Regel, einer je %1:</numerusform>
            <numerusform>%n Alarme dieser Regel, einer je %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>How many times the rule found it</source>
        <translation>Wie oft die Regel es gefunden hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seen</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ic::AlertStore</name>
    <message>
        <location filename="../models/detection/AlertStore.cpp" line="+23"/>
        <source>This is a read-only reviewer profile; %1. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+182"/>
        <source>alerts cannot be dismissed</source>
        <translation>Alarme können nicht verworfen werden</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>This is a read-only reviewer profile; alerts cannot be promoted. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; Alarme können nicht hochgestuft werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert %1 is already %2. Nothing was changed.</source>
        <translation>Alarm %1 ist bereits %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+142"/>
        <source>None of these alerts is still open. Nothing was changed.</source>
        <translation>Keiner dieser Alarme ist noch offen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The workspace was closed.</source>
        <translation>Der Arbeitsbereich wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This is a read-only reviewer profile; alerts cannot be linked to an incident. Nothing was changed.</source>
        <translation>Dies ist ein schreibgeschütztes Prüferprofil; Alarme können nicht mit einem Vorfall verknüpft werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>rules cannot be reset</source>
        <translation>Regeln können nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an admin may reset a detection rule. Nothing was changed.</source>
        <translation>Nur ein Admin darf eine Erkennungsregel zurücksetzen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::AlertTriage</name>
    <message>
        <location filename="../models/detection/AlertTriage.cpp" line="+71"/>
        <source>affected users</source>
        <translation>betroffenen Benutzern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>affected tenants</source>
        <translation>betroffenen Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>affected API keys</source>
        <translation>betroffenen API-Schlüsseln</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is one of its %2</source>
        <translation>%1 gehört zu seinen %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its %1 include %2</source>
        <translation>zu seinen %1 gehören %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its title or summary names %1</source>
        <translation>sein Titel oder seine Zusammenfassung nennt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being promoted</source>
        <translation>
            <numerusform>%n wird hochgestuft</numerusform>
            <numerusform>%n werden hochgestuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n promoted</source>
        <translation>
            <numerusform>%n hochgestuft</numerusform>
            <numerusform>%n hochgestuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the incident to link to. Nothing was changed.</source>
        <translation>Wählen Sie den Vorfall, mit dem verknüpft werden soll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is closed; alerts cannot be linked to a closed incident. Reopen it, or promote the alert to a new incident. Nothing was changed.</source>
        <translation>%1 ist geschlossen; Alarme können nicht mit einem geschlossenen Vorfall verknüpft werden. Öffnen Sie ihn wieder oder stufen Sie den Alarm zu einem neuen Vorfall hoch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>promoted to %1</source>
        <translation>zu %1 hochgestuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alert %1 is already %2. Nothing was changed.</source>
        <translation>Alarm %1 ist bereits %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of these alerts is still open. Nothing was changed.</source>
        <translation>Keiner dieser Alarme ist noch offen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::AlertsView</name>
    <message numerus="yes">
        <location filename="../ui/detection/AlertsView.cpp" line="+131"/>
        <source>Alert %1 is now the incident %2. Its %n matched row(s) are pinned as evidence.</source>
        <translation>
            <numerusform>Alarm %1 ist jetzt der Vorfall %2. Seine %n passende Zeile ist als Beweismittel angeheftet.</numerusform>
            <numerusform>Alarm %1 ist jetzt der Vorfall %2. Seine %n passenden Zeilen sind als Beweismittel angeheftet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The suggested playbook &quot;%1&quot; is attached.</source>
        <translation>Das vorgeschlagene Playbook „%1“ ist angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No playbook named &quot;%1&quot; was found; the suggestion is in the incident&apos;s summary.</source>
        <translation>Kein Playbook namens „%1“ gefunden; der Vorschlag steht in der Zusammenfassung des Vorfalls.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/detection/AlertsViewTriage.cpp" line="+230"/>
        <source>&amp;Open Incident</source>
        <translation>Vorfall ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Contain…</source>
        <translation>&amp;Eindämmen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the incident and its containment actions (Ctrl+K)</source>
        <translation>Den Vorfall und seine Eindämmungsaktionen öffnen (Strg+K)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Running the detection rules…</source>
        <translation>Erkennungsregeln werden ausgeführt …</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+74"/>
        <source>The detection rules are waiting for the password of the audit database.</source>
        <translation>Die Erkennungsregeln warten auf das Passwort der Audit-Datenbank.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The detection rules read the audit database %1 and are waiting for its password; no rule runs until it is entered.</source>
        <translation>Die Erkennungsregeln lesen die Audit-Datenbank %1 und warten auf deren Passwort; bis es eingegeben ist, läuft keine Regel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matched rows of alerts are in the audit database %1; enter its password to see them.</source>
        <translation>Die gefundenen Zeilen der Alarme liegen in der Audit-Datenbank %1; geben Sie deren Passwort ein, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Password of the audit database</source>
        <translation>Passwort der Audit-Datenbank</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Audit database pass&amp;word:</source>
        <translation>Pass&amp;wort der Audit-Datenbank:</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>&amp;Link Alert to Open Incident</source>
        <translation>Alarm mit offenem Vorfall ver&amp;knüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &amp;Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run every detection rule now, whatever its schedule</source>
        <translation>Alle Erkennungsregeln jetzt ausführen, unabhängig von ihrem Zeitplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules do not run from a read-only profile; the alerts others raise are shown.</source>
        <translation>In einem Profil ohne Schreibrechte laufen keine Regeln; angezeigt werden die Alarme, die andere auslösen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Group by rule</source>
        <translation>Nach Regel gr&amp;uppieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per rule with the number of alerts, the highest severity and the latest time seen; Right arrow opens a group</source>
        <translation>Eine Zeile je Regel mit der Zahl der Alarme, dem höchsten Schweregrad und dem letzten Auftreten; Pfeil nach rechts klappt eine Gruppe auf</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../ui/detection/AlertsView.h" line="+49"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The rule %1 reads the whole audit log again at its next run.</source>
        <translation>Die Regel %1 liest beim nächsten Lauf das gesamte Audit-Protokoll erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>&amp;Run Detection Rules Now</source>
        <translation>Erkennungsregeln jetzt &amp;ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promote Alert to Incident</source>
        <translation>Alarm zum Vorfall &amp;hochstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss Alert…</source>
        <translation>Alarm &amp;verwerfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/detection/AlertDetail.cpp" line="-168"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched audit rows</source>
        <translation>Passende Audit-Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matched audit rows:</source>
        <translation>&amp;Passende Audit-Zeilen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <source>&amp;Promote to Incident</source>
        <translation>Zum Vorfall &amp;hochstufen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Open an incident with the suggested severity and playbook, the affected user, tenant and key, and these rows as evidence</source>
        <translation>Einen Vorfall eröffnen mit dem vorgeschlagenen Schweregrad und Playbook, dem betroffenen Benutzer, Mandanten und Schlüssel sowie diesen Zeilen als Beweismittel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this is not an incident (required)</source>
        <translation>Warum dies kein Vorfall ist (erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/detection/AlertsView.cpp" line="+439"/>
        <source>The rules are running already; the results come in shortly.</source>
        <translation>Die Regeln laufen bereits; die Ergebnisse folgen in Kürze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The detection rules could not run: %1</source>
        <translation>Die Erkennungsregeln konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rule(s) run</source>
        <translation>
            <numerusform>%n Regel ausgeführt</numerusform>
            <numerusform>%n Regeln ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/session/WorkspaceSession.cpp" line="+508"/>
        <location filename="../ui/detection/AlertsView.cpp" line="+1"/>
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neuer Alarm</numerusform>
            <numerusform>%n neue Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detection/AlertsView.cpp" line="+2"/>
        <source>%n added to open alerts</source>
        <translation>
            <numerusform>%n zu offenen Alarmen hinzugefügt</numerusform>
            <numerusform>%n zu offenen Alarmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see Rules)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (siehe Regeln)</numerusform>
            <numerusform>%n fehlgeschlagen (siehe Regeln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left to another workstation</source>
        <translation>
            <numerusform>%n einem anderen Arbeitsplatz überlassen</numerusform>
            <numerusform>%n einem anderen Arbeitsplatz überlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule file(s) could not be used</source>
        <translation>
            <numerusform>%n Regeldatei konnte nicht verwendet werden</numerusform>
            <numerusform>%n Regeldateien konnten nicht verwendet werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run %1: %2.</source>
        <translation>Letzter Lauf %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/session/WorkspaceSession.cpp" line="+1"/>
        <source>The detection rules raised %n new alert(s); see the Alerts tab.</source>
        <translation>
            <numerusform>Die Erkennungsregeln haben %n neuen Alarm ausgelöst; siehe Registerkarte „Alarme“.</numerusform>
            <numerusform>Die Erkennungsregeln haben %n neue Alarme ausgelöst; siehe Registerkarte „Alarme“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detection/AlertDetail.cpp" line="+2"/>
        <source>Select an alert to see the rows that matched.</source>
        <translation>Wählen Sie einen Alarm aus, um die passenden Zeilen zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Severity (suggested): %1</source>
        <translation>Schweregrad (vorgeschlagen): %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>Matched rows from %1 to %2</source>
        <translation>Passende Zeilen von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>Seen %n time(s); last detected %1</source>
        <translation>
            <numerusform>%n-mal gesehen; zuletzt erkannt %1</numerusform>
            <numerusform>%n-mal gesehen; zuletzt erkannt %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested playbook: %1</source>
        <translation>Vorgeschlagenes Playbook: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected users: %1; tenants: %2; API keys: %3</source>
        <translation>Betroffene Benutzer: %1; Mandanten: %2; API-Schlüssel: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(by %1, %2)</source>
        <translation>(von %1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/detection/AlertsView.cpp" line="+19"/>
        <source>Add a Folder of Detection Rules</source>
        <translation>Ordner mit Erkennungsregeln hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detection/AlertsViewTriage.cpp" line="-198"/>
        <source>%n alert(s) dismissed: %1</source>
        <translation>
            <numerusform>%n Alarm verworfen: %1</numerusform>
            <numerusform>%n Alarme verworfen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+198"/>
        <source>%n changed by someone else meanwhile and left as it was.</source>
        <translation>
            <numerusform>%n wurde inzwischen von jemand anderem geändert und blieb, wie er war.</numerusform>
            <numerusform>%n wurden inzwischen von jemand anderem geändert und blieben, wie sie waren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose the open incident that covers the alert. Nothing was changed.</source>
        <translation>Wählen Sie den offenen Vorfall, der den Alarm abdeckt. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The group&apos;s other %n alert(s) are linked to it.</source>
        <translation>
            <numerusform>Der andere Alarm der Gruppe ist mit ihm verknüpft.</numerusform>
            <numerusform>Die anderen %n Alarme der Gruppe sind mit ihm verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alert %1 is linked to %2 (recorded on the alert and on the incident&apos;s timeline; its rows are pinned as evidence there).</source>
        <translation>Alarm %1 ist mit %2 verknüpft (festgehalten am Alarm und in der Zeitleiste des Vorfalls; seine Zeilen sind dort als Beweismittel angeheftet).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n alert(s) are linked to %1 (recorded on each alert and on the incident&apos;s timeline; their rows are pinned as evidence there).</source>
        <translation>
            <numerusform>%n Alarm ist mit %1 verknüpft (festgehalten am Alarm und in der Zeitleiste des Vorfalls; seine Zeilen sind dort als Beweismittel angeheftet).</numerusform>
            <numerusform>%n Alarme sind mit %1 verknüpft (festgehalten an jedem Alarm und in der Zeitleiste des Vorfalls; ihre Zeilen sind dort als Beweismittel angeheftet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::ApprovalNotifier</name>
    <message>
        <location filename="../ui/team/ApprovalNotifier.cpp" line="+17"/>
        <source>Approval requested</source>
        <translation>Genehmigung angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for approval of %2 (%3). Only an approver other than them can approve or reject it.</source>
        <translation>%1 bittet um Genehmigung für %2 (%3). Genehmigen oder ablehnen kann nur eine andere genehmigende Person als %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BREAK-GLASS</source>
        <translation>BREAK-GLASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A containment action of %1 was run without a second person&apos;s approval. The justification is on its timeline.</source>
        <translation>Eine Eindämmungsaktion zu %1 wurde ohne Genehmigung einer zweiten Person ausgeführt. Die Begründung steht in der Zeitachse des Vorfalls.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ic::ApprovalPanel</name>
    <message>
        <location filename="../ui/actions/ApprovalPanel.cpp" line="+18"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the requester confirmed</source>
        <translation>Was die anfordernde Person bestätigt hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note or reason</source>
        <translation>Notiz oder Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional to approve; a reason is needed to reject): goes on the timeline</source>
        <translation>Notiz (zum Genehmigen optional, zum Ablehnen ist ein Grund nötig): wird in der Zeitachse festgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break Glass…</source>
        <translation>Break-Glass …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Waiting for approval by an approver other than %1. Nothing was sent.</source>
        <translation>Wartet auf Genehmigung durch eine andere genehmigende Person als %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected by an approver: it is never sent. The reason is on the timeline.</source>
        <translation>Von einer genehmigenden Person abgelehnt: Die Aktion wird nie gesendet. Der Grund steht in der Zeitachse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BREAK-GLASS: run by %1 without a second person&apos;s approval — %2</source>
        <translation>BREAK-GLASS: von %1 ohne Genehmigung einer zweiten Person ausgeführt – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved: a commander runs it with Resume, once.</source>
        <translation>Genehmigt: Eine Einsatzleitung führt die Aktion einmal mit „Fortsetzen“ aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by an approver other than %1.</source>
        <translation>Von einer anderen genehmigenden Person als %1 genehmigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only an approver other than you can approve or reject this: you requested it.</source>
        <translation>Nur eine andere genehmigende Person als Sie kann dies genehmigen oder ablehnen: Sie haben es angefordert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>This action is not waiting for approval.</source>
        <translation>Diese Aktion wartet nicht auf Genehmigung.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Break-glass is for your own request; %1 requested this one, so an approver decides it.</source>
        <translation>Break-Glass gilt nur für eigene Anforderungen; diese hat %1 angefordert, daher entscheidet eine genehmigende Person.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve it: a commander may then run it, once</source>
        <translation>Genehmigen: Eine Einsatzleitung darf die Aktion dann einmal ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject it with the reason typed above: it is never sent</source>
        <translation>Mit dem oben eingegebenen Grund ablehnen: Die Aktion wird nie gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it now without a second person, with a justification flagged on the timeline</source>
        <translation>Jetzt ohne zweite Person ausführen, mit einer Begründung, die in der Zeitachse markiert wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say why it is rejected: the reason goes on the timeline. Nothing was changed.</source>
        <translation>Geben Sie an, warum abgelehnt wird: Der Grund wird in der Zeitachse festgehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approved: %1. A commander may now run it.</source>
        <translation>Genehmigt: %1. Eine Einsatzleitung darf die Aktion jetzt ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: %1. It is never sent.</source>
        <translation>Abgelehnt: %1. Die Aktion wird nie gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>BREAK-GLASS: %1 runs now without a second person&apos;s approval; it is flagged on the timeline.</source>
        <translation>BREAK-GLASS: %1 wird jetzt ohne Genehmigung einer zweiten Person ausgeführt und in der Zeitachse markiert.</translation>
    </message>
</context>
<context>
    <name>ic::AttachTimingDialog</name>
    <message>
        <location filename="../ui/playbooks/AttachTimingDialog.cpp" line="+57"/>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 was detected %2 ago (%3). Counted from detection, %n of the playbook&apos;s steps are overdue the moment it is attached.</source>
        <translation>
            <numerusform>%1 wurde vor %2 erkannt (%3). Ab der Erkennung gerechnet ist %n Schritt des Playbooks schon beim Anhängen überfällig.</numerusform>
            <numerusform>%1 wurde vor %2 erkannt (%3). Ab der Erkennung gerechnet sind %n Schritte des Playbooks schon beim Anhängen überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count the deadlines from now (%1): the playbook starts when it is attached</source>
        <translation>Fristen ab jetzt zählen (%1): Das Playbook beginnt mit dem Anhängen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count the deadlines from detection (%1), as the playbook is written</source>
        <translation>Fristen ab der Erkennung zählen (%1), wie im Playbook vorgesehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The choice is recorded on the incident&apos;s timeline. Steps already done can be ticked with the time they were done.</source>
        <translation>Die Wahl wird in der Zeitachse des Vorfalls festgehalten. Bereits erledigte Schritte können mit dem Zeitpunkt ihrer Erledigung abgehakt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
</context>
<context>
    <name>ic::AuditExporter</name>
    <message>
        <location filename="../models/audit/AuditExporter.cpp" line="+47"/>
        <source>Could not write %1. Nothing was exported; choose a folder you may write to.</source>
        <translation>%1 konnte nicht geschrieben werden. Es wurde nichts exportiert; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 failed (disk full?). The export was not saved.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (Datenträger voll?). Der Export wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+328"/>
        <source>The export failed. Nothing was saved.</source>
        <translation>Der Export ist fehlgeschlagen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>An export is already running. Wait for it or cancel it; nothing new was started.</source>
        <translation>Es läuft bereits ein Export. Warten Sie darauf oder brechen Sie ihn ab; es wurde nichts Neues gestartet.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>This query cannot be exported: it has an unclosed quote or comment, a semicolon, or a closing parenthesis it did not open. Nothing was exported.</source>
        <translation>Diese Abfrage kann nicht exportiert werden: Sie enthält ein nicht geschlossenes Anführungszeichen oder einen nicht geschlossenen Kommentar, ein Semikolon oder eine schließende Klammer ohne zugehörige öffnende. Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>ic::AuditFilter</name>
    <message>
        <location filename="../models/audit/AuditFilter.cpp" line="+150"/>
        <source>last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last 24 h</source>
        <translation>letzte 24 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>query contains &quot;%1&quot;</source>
        <translation>Abfrage enthält „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata has %1</source>
        <translation>Metadaten enthalten %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first %1</source>
        <translation>erste %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing was run.</source>
        <translation>Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose when the custom range starts or ends. %1</source>
        <translation>Wählen Sie, wann der eigene Zeitraum beginnt oder endet. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time range ends (%1) before it starts (%2). %3 Swap the two times.</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2). %3 Tauschen Sie die beiden Zeiten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is %1 characters long; the limit is %2. %3</source>
        <translation>Dies ist %1 Zeichen lang; die Grenze liegt bei %2. %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name the metadata key whose value should be &quot;%1&quot;. %2</source>
        <translation>Geben Sie den Metadatenschlüssel an, dessen Wert „%1“ sein soll. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No audit row has the metadata key &quot;%1&quot; (keys are case-sensitive). %2</source>
        <translation>Keine Audit-Zeile hat den Metadatenschlüssel „%1“ (Groß-/Kleinschreibung wird unterschieden). %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known keys: %1.</source>
        <translation>Bekannte Schlüssel: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The row limit cannot be negative. %1</source>
        <translation>Die Zeilengrenze darf nicht negativ sein. %1</translation>
    </message>
</context>
<context>
    <name>ic::AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+24"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From (local time, inclusive)</source>
        <translation>Von (Ortszeit, einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (local time, exclusive)</source>
        <translation>Bis (Ortszeit, ausschließlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are shown and entered in your local time zone.</source>
        <translation>Zeiten werden in Ihrer lokalen Zeitzone angezeigt und eingegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>203.0.113.7 or 203.0.113.0/24</source>
        <translation>203.0.113.7 oder 203.0.113.0/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in the query</source>
        <translation>Text in der Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value (empty: has the key)</source>
        <translation>Wert (leer: Schlüssel vorhanden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any event</source>
        <translation>beliebiges Ereignis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rder</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;nant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IP or network</source>
        <translation>&amp;IP oder Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query contains</source>
        <translation>&amp;Abfrage enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Metadata</source>
        <translation>Me&amp;tadaten</translation>
    </message>
</context>
<context>
    <name>ic::AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="+36"/>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogJobs.cpp" line="+37"/>
        <source>This database has no audit log (no audit_logs table), and the workspace names no other audit source. Nothing was queried. Connect to the team workspace again and name the database that holds the platform&apos;s audit logs.</source>
        <translation>Diese Datenbank hat kein Audit-Protokoll (keine Tabelle audit_logs), und der Arbeitsbereich nennt keine andere Audit-Quelle. Es wurde nichts abgefragt. Verbinden Sie sich erneut mit dem Team-Arbeitsbereich und geben Sie die Datenbank an, die die Audit-Protokolle der Plattform enthält.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="+347"/>
        <source>%1 local, %2 UTC</source>
        <translation>%1 Ortszeit, %2 UTC</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ic::AuditPartitions</name>
    <message>
        <location filename="../models/audit/AuditPartitions.cpp" line="+52"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>a table partitioned by time (%n partition(s))</source>
        <translation>
            <numerusform>eine nach Zeit partitionierte Tabelle (%n Partition)</numerusform>
            <numerusform>eine nach Zeit partitionierte Tabelle (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>a partitioned table (%n partition(s))</source>
        <translation>
            <numerusform>eine partitionierte Tabelle (%n Partition)</numerusform>
            <numerusform>eine partitionierte Tabelle (%n Partitionen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a view</source>
        <translation>eine Sicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a relation that is neither a table nor a view</source>
        <translation>eine Relation, die weder Tabelle noch Sicht ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on a hot standby</source>
        <translation>%1 auf einem Hot Standby</translation>
    </message>
</context>
<context>
    <name>ic::AuditPasswordRow</name>
    <message>
        <location filename="../ui/AuditPasswordRow.cpp" line="+23"/>
        <source>Connec&amp;t</source>
        <translation>Ver&amp;binden</translation>
    </message>
</context>
<context>
    <name>ic::AuditPins</name>
    <message>
        <location filename="../models/audit/AuditPins.cpp" line="+30"/>
        <source>The incident to pin the row to no longer exists. Nothing was pinned.</source>
        <translation>Der Vorfall, an den die Zeile angeheftet werden sollte, existiert nicht mehr. Es wurde nichts angeheftet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is closed, so no evidence can be added. Nothing was pinned; reopen the incident first.</source>
        <translation>%1 ist geschlossen, daher können keine Beweismittel hinzugefügt werden. Es wurde nichts angeheftet; öffnen Sie den Vorfall zuerst wieder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit row %1 is already pinned to %2 (by %3). Nothing was changed.</source>
        <translation>Die Audit-Zeile %1 ist bereits an %2 angeheftet (von %3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned audit row %1: %2 %3 at %4</source>
        <translation>Audit-Zeile %1 angeheftet: %2 %3 um %4</translation>
    </message>
</context>
<context>
    <name>ic::AuditQueries</name>
    <message>
        <location filename="../models/audit/AuditQueries.cpp" line="+357"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Indexing the audit result failed.</source>
        <translation>Das Indizieren des Audit-Ergebnisses ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ic::AuditReader</name>
    <message>
        <location filename="../models/team/AuditReader.cpp" line="+129"/>
        <source>%1 The audit data of this workspace is read only by its members.</source>
        <translation>%1 Die Audit-Daten dieses Arbeitsbereichs können nur seine Mitglieder lesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workspace&apos;s read-only audit reader is missing. Nothing was run. Ask your database administrator to run: incident-commander team init --pg CONNINFO</source>
        <translation>Der schreibgeschützte Audit-Leser dieses Arbeitsbereichs fehlt. Es wurde nichts ausgeführt. Bitten Sie Ihre Datenbankadministration, Folgendes auszuführen: incident-commander team init --pg CONNINFO</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not connect as this workspace&apos;s read-only audit reader (%1), which runs the SQL console, runbook queries and detection rules. Nothing was run. The server&apos;s access rules (pg_hba.conf) must let it log in with its password from this workstation.</source>
        <translation>Die Verbindung als schreibgeschützter Audit-Leser dieses Arbeitsbereichs (%1) ist fehlgeschlagen; über ihn laufen die SQL-Konsole, Runbook-Abfragen und Erkennungsregeln. Es wurde nichts ausgeführt. Die Zugriffsregeln des Servers (pg_hba.conf) müssen ihm die Anmeldung mit seinem Passwort von diesem Rechner aus erlauben.</translation>
    </message>
</context>
<context>
    <name>ic::AuditRowDetail</name>
    <message>
        <location filename="../ui/audit/AuditRowDetail.cpp" line="+30"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin to Incident</source>
        <translation>An Vorfall anheften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Around this time, everything by this:</source>
        <translation>Alles um diese Zeit von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit row %1 copied as JSON.</source>
        <translation>Audit-Zeile %1 als JSON kopiert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit row %1</source>
        <translation>Audit-Zeile %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No row selected</source>
        <translation>Keine Zeile ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 local · %2 UTC</source>
        <translation>%1 Ortszeit · %2 UTC</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Record this row as evidence on the selected incident&apos;s timeline</source>
        <translation>Diese Zeile als Beweismittel in der Zeitachse des ausgewählten Vorfalls festhalten</translation>
    </message>
</context>
<context>
    <name>ic::AuditSource</name>
    <message>
        <location filename="../models/session/AuditSource.cpp" line="+106"/>
        <source>The password you enter now is kept in memory for this session only.</source>
        <translation>Das Passwort, das Sie jetzt eingeben, bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The password that was tried was refused.</source>
        <translation>Das versuchte Passwort wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ic::AuditSql</name>
    <message>
        <location filename="../models/audit/AuditSql.cpp" line="+86"/>
        <source>The query was cancelled. Nothing was changed.</source>
        <translation>Die Abfrage wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The audit source&apos;s SQLite connection is not open. Nothing was run.</source>
        <translation>Die SQLite-Verbindung der Audit-Quelle ist nicht geöffnet. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not prepare the SQLite connection for audit queries. Nothing was run.</source>
        <translation>Die SQLite-Verbindung konnte nicht für Audit-Abfragen vorbereitet werden. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The audit source is a hot standby, and it stopped this query to apply changes from the primary (a recovery conflict). Nothing was changed; run it again. If it happens often, ask the database administrator to turn on hot_standby_feedback or raise max_standby_streaming_delay on the standby.</source>
        <translation>Die Audit-Quelle ist ein Hot Standby und hat diese Abfrage angehalten, um Änderungen vom Primärserver einzuspielen (ein Wiederherstellungskonflikt). Es wurde nichts geändert; führen Sie die Abfrage erneut aus. Wenn das häufig vorkommt, bitten Sie die Datenbankadministration, auf dem Standby hot_standby_feedback einzuschalten oder max_standby_streaming_delay zu erhöhen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the audit source was lost. Nothing was changed, and the rows already shown stay on screen. Retry to reconnect.</source>
        <translation>Die Verbindung zur Audit-Quelle ist abgebrochen. Es wurde nichts geändert; die bereits angezeigten Zeilen bleiben sichtbar. Wählen Sie „Erneut versuchen“, um die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The query ran longer than its time limit and was stopped. Nothing was changed. Narrow the filter or raise the limit.</source>
        <translation>Die Abfrage lief länger als ihr Zeitlimit und wurde angehalten. Es wurde nichts geändert. Grenzen Sie den Filter ein oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit source is a hot standby, a read-only copy of the platform&apos;s database: the server refused this change. Nothing was changed. Changes (such as containment through SQL) go to the platform&apos;s primary database.</source>
        <translation>Die Audit-Quelle ist ein Hot Standby, eine schreibgeschützte Kopie der Datenbank der Plattform: Der Server hat diese Änderung abgelehnt. Es wurde nichts geändert. Änderungen (etwa eine Eindämmung über SQL) gehen an die primäre Datenbank der Plattform.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit explorer only reads: this statement would change data, so it was refused. Nothing was changed.</source>
        <translation>Der Audit-Explorer liest nur: Diese Anweisung würde Daten ändern und wurde daher abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+108"/>
        <source>The audit query failed. Nothing was changed.</source>
        <translation>Die Audit-Abfrage ist fehlgeschlagen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+70"/>
        <source>Password of the audit source</source>
        <translation>Passwort der Audit-Quelle</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Audit source password:</source>
        <translation>Passwort der Audit-Quelle:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL Console</source>
        <translation>SQL-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditExportBar.cpp" line="+31"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting:</source>
        <translation>Export läuft:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+47"/>
        <source>Audit row %1 copied as JSON.</source>
        <translation>Audit-Zeile %1 als JSON kopiert.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Export Result as CSV…</source>
        <translation>Ergebnis als CSV exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Result as JSON Lines…</source>
        <translation>Ergebnis als JSON Lines exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin Selected Rows to Incident</source>
        <translation>Ausgewählte Zeilen an Vorfall anheften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Row Details</source>
        <translation>Zeilendetails anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus Audit Filter</source>
        <translation>Audit-Filter fokussieren</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Copy the selected audit row as JSON</source>
        <translation>Die ausgewählte Audit-Zeile als JSON kopieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+9"/>
        <source>Enter the password for the audit source %1.</source>
        <translation>Geben Sie das Passwort für die Audit-Quelle %1 ein.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SQL console</source>
        <translation>SQL-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditExportBar.cpp" line="+14"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 rows to %2 in %3 s.</source>
        <translation>%1 Zeilen in %3 s nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+33"/>
        <source>Connecting to the audit log…</source>
        <translation>Verbinde mit dem Audit-Protokoll …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows match.</source>
        <translation>Keine passenden Zeilen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>about %1 (the planner&apos;s estimate; counting…)</source>
        <translation>etwa %1 (Schätzung des Planers; wird gezählt …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · positions beyond %1% found by time until indexed</source>
        <translation> · Positionen jenseits von %1 % werden bis zur Indizierung über die Zeit ermittelt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This is a read-only profile; nothing can be pinned.</source>
        <translation>Dies ist ein Profil ohne Schreibrechte; es kann nichts angeheftet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an incident in the incident list to pin rows to it.</source>
        <translation>Wählen Sie in der Vorfallliste einen Vorfall aus, um Zeilen daran anzuheften.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is closed; reopen it to add evidence.</source>
        <translation>%1 ist geschlossen; öffnen Sie den Vorfall wieder, um Beweismittel hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Pinned %n audit row(s) to %1; they are on its timeline.</source>
        <translation>
            <numerusform>%n Audit-Zeile an %1 angeheftet; sie steht jetzt in seiner Zeitachse.</numerusform>
            <numerusform>%n Audit-Zeilen an %1 angeheftet; sie stehen jetzt in seiner Zeitachse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) were not pinned: %1</source>
        <translation>
            <numerusform>%n Zeile wurde nicht angeheftet: %1</numerusform>
            <numerusform>%n Zeilen wurden nicht angeheftet: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything by this user around this time</source>
        <translation>Alles von diesem Benutzer um diese Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything with this API key around this time</source>
        <translation>Alles mit diesem API-Schlüssel um diese Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything from this IP around this time</source>
        <translation>Alles von dieser IP um diese Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in this tenant around this time</source>
        <translation>Alles in diesem Mandanten um diese Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Row as JSON</source>
        <translation>Zeile als JSON kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin to Incident</source>
        <translation>An Vorfall anheften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The investigation&apos;s filter cannot run; see the fields. Nothing was run.</source>
        <translation>Der Filter der Untersuchung kann nicht ausgeführt werden; prüfen Sie die Felder. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../models/audit/Investigation.cpp" line="+307"/>
        <source>Saved from the SQL console.</source>
        <translation>Aus der SQL-Konsole gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+45"/>
        <source>Saved the investigation &quot;%1&quot; for the team.</source>
        <translation>Untersuchung „%1“ für das Team gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditExportBar.cpp" line="+12"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as JSON Lines</source>
        <translation>Als JSON Lines exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+69"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditView.h" line="+48"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
</context>
<context>
    <name>ic::BreakGlassDialog</name>
    <message>
        <location filename="../ui/actions/BreakGlassDialog.cpp" line="+20"/>
        <source>Break Glass: %1</source>
        <translation>Break-Glass: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waits for an approver. Breaking glass runs it now, without a second person. Your justification is recorded, and the timeline and the incident list flag it BREAK-GLASS; every member is notified.</source>
        <translation>%1 wartet auf eine genehmigende Person. Break-Glass führt die Aktion jetzt aus, ohne zweite Person. Ihre Begründung wird festgehalten, Zeitachse und Vorfallliste markieren die Aktion als BREAK-GLASS, und alle Mitglieder werden benachrichtigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Why this cannot wait for an approver (required, 10 to 2000 characters)</source>
        <translation>Warum dies nicht auf eine genehmigende Person warten kann (erforderlich, 10 bis 2000 Zeichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break Glass and Run</source>
        <translation>Mit Break-Glass ausführen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give a justification: breaking glass without one is refused. Nothing was run.</source>
        <translation>Geben Sie eine Begründung an: Break-Glass ohne Begründung wird abgelehnt. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> Nothing was run.</source>
        <translation> Es wurde nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ic::BundleFolder</name>
    <message>
        <location filename="../models/evidence/BundleFolder.cpp" line="+28"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a plain file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bundle nests folders more than %1 deep (at %2). Nothing was read from it.</source>
        <translation>Das Paket verschachtelt Ordner tiefer als %1 Ebenen (bei %2). Nichts wurde daraus gelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle&apos;s folder %1 cannot be listed: %2</source>
        <translation>Der Ordner %1 des Pakets kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle holds more than %1 entries. Nothing was read from it.</source>
        <translation>Das Paket enthält mehr als %1 Einträge. Nichts wurde daraus gelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the bundle cannot be examined: %2</source>
        <translation>%1 im Paket kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 in the bundle cannot be opened: %2</source>
        <translation>Der Ordner %1 im Paket kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in the bundle is %2; a bundle holds only plain files and folders, so it was refused without following or opening it. Nothing was read from it.</source>
        <translation>%1 im Paket ist %2; ein Paket enthält nur normale Dateien und Ordner, daher wurde es abgelehnt, ohne ihm zu folgen oder es zu öffnen. Nichts wurde daraus gelesen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, not a bundle&apos;s folder; it was not followed or opened.</source>
        <translation>%1 ist %2, kein Ordner eines Pakets; ihm wurde nicht gefolgt, es wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+53"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&quot;%1&quot; is not a path inside the bundle.</source>
        <translation>„%1“ ist kein Pfad innerhalb des Pakets.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in the bundle is %2; it was not read.</source>
        <translation>%1 im Paket ist %2; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in the bundle is %2 bytes, more than the %3 such a file can be; it was not read.</source>
        <translation>%1 im Paket ist %2 Bytes groß, mehr als die %3, die eine solche Datei haben darf; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 in the bundle changed size while it was read.</source>
        <translation>%1 im Paket hat beim Lesen seine Größe geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2 bytes; the manifest says %3.</source>
        <translation>%1 ist %2 Bytes groß; das Manifest nennt %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 changed size while it was read.</source>
        <translation>%1 hat beim Lesen seine Größe geändert.</translation>
    </message>
</context>
<context>
    <name>ic::BundleFormat</name>
    <message>
        <location filename="../models/evidence/BundleFormat.cpp" line="+31"/>
        <source>manifest.json cannot be read as an evidence manifest: %1</source>
        <translation>manifest.json kann nicht als Beweismanifest gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>it is larger than %1 bytes.</source>
        <translation>sie ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+147"/>
        <source>it is not a JSON object.</source>
        <translation>es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>its format is not one this version reads.</source>
        <translation>sein Format ist keines, das diese Version liest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;created_at&quot; is not a UTC time.</source>
        <translation>„created_at“ ist keine UTC-Zeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it names no incident.</source>
        <translation>es nennt keinen Vorfall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it names no Ed25519 signing key.</source>
        <translation>es nennt keinen Ed25519-Signaturschlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its list of files is missing or longer than %1.</source>
        <translation>seine Dateiliste fehlt oder ist länger als %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a file&apos;s path &quot;%1&quot; leaves the bundle or is not a plain relative path.</source>
        <translation>der Pfad „%1“ einer Datei verlässt das Paket oder ist kein einfacher relativer Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no SHA-256 of 64 lowercase hex digits.</source>
        <translation>%1 hat keinen SHA-256 aus 64 kleingeschriebenen Hexziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no size in bytes.</source>
        <translation>%1 hat keine Größe in Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its signing key has no 32-byte public key.</source>
        <translation>sein Signaturschlüssel hat keinen öffentlichen Schlüssel von 32 Bytes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its record names no log.</source>
        <translation>sein Protokoll nennt kein Log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its record has no tree size or event count.</source>
        <translation>sein Protokoll hat keine Baumgröße oder Ereigniszahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its record&apos;s root hash is not the base64 of 32 bytes.</source>
        <translation>der Wurzel-Hash seines Protokolls ist nicht das Base64 von 32 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its record does not name its checkpoint, events and proofs files.</source>
        <translation>sein Protokoll nennt nicht seine Checkpoint-, Ereignis- und Beweisdateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in its list of files.</source>
        <translation>%1 steht nicht in seiner Dateiliste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its list of keys is not valid (%1)</source>
        <translation>seine Schlüsselliste ist ungültig (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>events.jsonl is too large.</source>
        <translation>events.jsonl ist zu groß.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>events.jsonl does not end with a newline.</source>
        <translation>events.jsonl endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1 of events.jsonl cannot be read: %2</source>
        <translation>Zeile %1 von events.jsonl kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its fields are not exactly those of an event.</source>
        <translation>seine Felder sind nicht genau die eines Ereignisses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number is missing or not a whole number.</source>
        <translation>eine Zahl fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time is not a UTC time with milliseconds.</source>
        <translation>eine Zeit ist keine UTC-Zeit mit Millisekunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not text.</source>
        <translation>„%1“ ist kein Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>details, backdated or signature has the wrong type.</source>
        <translation>details, backdated oder signature hat den falschen Typ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature is not base64 of 64 bytes.</source>
        <translation>die Signatur ist nicht Base64 von 64 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signer and signature do not go together.</source>
        <translation>signer und signature passen nicht zusammen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1 of the inclusion proofs cannot be read: %2</source>
        <translation>Zeile %1 der Inklusionsbeweise kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inclusion proofs are too large.</source>
        <translation>Die Inklusionsbeweise sind zu groß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file does not end with a newline.</source>
        <translation>die Datei endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not &quot;%1&quot;.</source>
        <translation>es ist nicht „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a log&apos;s origin.</source>
        <translation>es ist nicht der Ursprung eines Logs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a tree size.</source>
        <translation>es ist keine Baumgröße.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not start with a leaf index.</source>
        <translation>es beginnt nicht mit einem Blattindex.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaf %1 is not in a tree of %2.</source>
        <translation>Blatt %1 liegt nicht in einem Baum von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leaf indexes are not in ascending order.</source>
        <translation>die Blattindizes sind nicht aufsteigend geordnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leaf %1 needs a proof of %2 hashes.</source>
        <translation>Blatt %1 braucht einen Beweis aus %2 Hashes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hash %1 is not the base64 of 32 bytes.</source>
        <translation>Hash %1 ist nicht das Base64 von 32 Bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header is incomplete.</source>
        <translation>der Kopf ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>ic::ChangeFeed</name>
    <message>
        <location filename="../models/store/ChangeFeed.cpp" line="+192"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
</context>
<context>
    <name>ic::ChecklistModel</name>
    <message>
        <location filename="../models/playbooks/ChecklistModel.cpp" line="+203"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next due in %1</source>
        <translation>nächste Fälligkeit in %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Done %1 (entered later by %2)</source>
        <translation>Erledigt %1 (nachträglich erfasst von %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done %1 by %2</source>
        <translation>Erledigt %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped by %1: %2</source>
        <translation>Übersprungen von %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” — no due time</source>
        <translation>„%1“ – kein Fälligkeitszeitpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE %1</source>
        <translation>ÜBERFÄLLIG %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — phase of “%2”
%3</source>
        <translation>%1 – Phase von „%2“
%3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last changed by %1 at %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left / state</source>
        <translation>Restzeit / Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>ic::ChecklistPane</name>
    <message>
        <location filename="../ui/playbooks/ChecklistPane.cpp" line="+148"/>
        <source>Playbook to attach</source>
        <translation>Anzuhängendes Playbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a playbook to attach…</source>
        <translation>Anzuhängendes Playbook wählen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attach Playbook</source>
        <translation>Playbook &amp;anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the playbook&apos;s steps to this incident as a checklist</source>
        <translation>Die Schritte des Playbooks als Checkliste zu diesem Vorfall hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checklist: Space ticks or unticks the selected step</source>
        <translation>Checkliste: Die Leertaste hakt den ausgewählten Schritt ab oder entfernt den Haken</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+196"/>
        <source>Tick (Space)</source>
        <translation>Abhaken (Leertaste)</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Done &amp;Earlier…</source>
        <translation>&amp;Früher erledigt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick a step that was done before now, with the time it was done; recorded as entered later, by you</source>
        <translation>Einen bereits früher erledigten Schritt mit dem Zeitpunkt der Erledigung abhaken; wird als von Ihnen nachträglich erfasst festgehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why is this step skipped? (required)</source>
        <translation>Warum wird dieser Schritt übersprungen? (Pflichtangabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for skipping</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a note to this step</source>
        <translation>Eine Notiz zu diesem Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note</source>
        <translation>Noti&amp;z hinzufügen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Attach &amp;Playbook to Incident</source>
        <translation>&amp;Playbook an Vorfall anhängen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an incident to see its playbook checklists.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Playbook-Checklisten zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No playbook is attached to %1 yet. Pick one above and press Attach, or start an incident from the Playbooks tab.</source>
        <translation>An %1 ist noch kein Playbook angehängt. Wählen Sie oben eines aus und klicken Sie auf „Playbook anhängen“, oder eröffnen Sie einen Vorfall über den Tab „Playbooks“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playbooks/ChecklistPanePicker.cpp" line="+29"/>
        <source>%1 — %2 (%n step(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n Schritt)</numerusform>
            <numerusform>%1 – %2 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Already attached to this incident</source>
        <translation>Bereits an diesen Vorfall angehängt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The incident&apos;s summary names “%1”; it is attached.</source>
        <translation>Die Zusammenfassung des Vorfalls nennt „%1“; das Playbook ist angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident&apos;s summary names “%1”.</source>
        <translation>Die Zusammenfassung des Vorfalls nennt „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert&apos;s detection rule suggested “%1”; it is attached.</source>
        <translation>Die Erkennungsregel des Alarms hat „%1“ vorgeschlagen; das Playbook ist angehängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alert&apos;s detection rule suggests “%1”.</source>
        <translation>Die Erkennungsregel des Alarms schlägt „%1“ vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert&apos;s detection rule suggests “%1”, which is not in the playbook library; add its folder in the Playbooks tab.</source>
        <translation>Die Erkennungsregel des Alarms schlägt „%1“ vor, das nicht in der Playbook-Bibliothek ist; fügen Sie seinen Ordner auf der Registerkarte „Playbooks“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/ChecklistPane.cpp" line="+41"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Untick (Space)</source>
        <translation>Haken entfernen (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen (Space)</source>
        <translation>Wieder öffnen (Leertaste)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>☑ Done at %1 (entered later: by %2 at %3)</source>
        <translation>☑ Erledigt am %1 (nachträglich erfasst: von %2 am %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>☑ Done by %1 at %2</source>
        <translation>☑ Erledigt von %1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⊘ Skipped by %1 at %2: %3</source>
        <translation>⊘ Übersprungen von %1 am %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>☐ Open</source>
        <translation>☐ Offen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due when the playbook was attached, %1</source>
        <translation>fällig beim Anhängen des Playbooks, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due at detection, %1</source>
        <translation>fällig bei Erkennung, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1 (%2 after the playbook was attached)</source>
        <translation>fällig %1 (%2 nach dem Anhängen des Playbooks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1 (%2 after detection)</source>
        <translation>fällig %1 (%2 nach Erkennung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deadline “%1” has no due time</source>
        <translation>Frist „%1“ hat keinen Fälligkeitszeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 › %2, line %3</source>
        <translation>%1 › %2, Zeile %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/StepCodePanel.cpp" line="+74"/>
        <source>As written in the playbook:</source>
        <translation>Im Wortlaut des Playbooks:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opens with the values of this incident</source>
        <translation>Wird mit den Werten dieses Vorfalls geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filled in yet: %1</source>
        <translation>Noch nicht ausgefüllt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/ChecklistPanePicker.cpp" line="+15"/>
        <source>That playbook is no longer in the library (its file changed or was removed). Nothing was attached; pick it again.</source>
        <translation>Dieses Playbook ist nicht mehr in der Bibliothek (seine Datei wurde geändert oder entfernt). Es wurde nichts angehängt; wählen Sie es erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/ChecklistPane.cpp" line="+16"/>
        <source>Done Earlier</source>
        <translation>Früher erledigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded as entered later, by %1, now; the timeline shows it at the time it was done.</source>
        <translation>Wird jetzt als von %1 nachträglich erfasst festgehalten; die Zeitachse zeigt den Schritt zum Zeitpunkt seiner Erledigung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say why the step is skipped first: the reason goes into the incident record.</source>
        <translation>Geben Sie zuerst an, warum der Schritt übersprungen wird: Der Grund wird im Protokoll des Vorfalls festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/ChecklistPane.h" line="+36"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>ic::ChecklistRepository</name>
    <message>
        <location filename="../models/playbooks/ChecklistChecks.cpp" line="+60"/>
        <source>that is in the future.</source>
        <translation>Dieser Zeitpunkt liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that is before the incident was detected (%1); if it began earlier, correct its detection time first.</source>
        <translation>Dieser Zeitpunkt liegt vor der Erkennung des Vorfalls (%1); falls der Vorfall früher begann, korrigieren Sie zuerst seine Erkennungszeit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the step is skipped; the reason goes into the incident record. The step was not skipped.</source>
        <translation>Geben Sie an, warum der Schritt übersprungen wird; der Grund wird im Protokoll des Vorfalls festgehalten. Der Schritt wurde nicht übersprungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is longer than %1 characters; put the details in a note. The step was not skipped.</source>
        <translation>Der Grund ist länger als %1 Zeichen; schreiben Sie die Details in eine Notiz. Der Schritt wurde nicht übersprungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason contains a NUL character (U+0000), which cannot be stored. The step was not skipped.</source>
        <translation>Der Grund enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann. Der Schritt wurde nicht übersprungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The note is empty. Nothing was added.</source>
        <translation>Die Notiz ist leer. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is longer than %1 characters. Nothing was added; shorten it or split it.</source>
        <translation>Die Notiz ist länger als %1 Zeichen. Es wurde nichts hinzugefügt; kürzen oder teilen Sie sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note contains a NUL character (U+0000), which cannot be stored. Nothing was added.</source>
        <translation>Die Notiz enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../models/playbooks/ChecklistRepository.cpp" line="+203"/>
        <source>The incident no longer exists in this workspace.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The playbook “%1” has no steps, so there is nothing to check off. Nothing was attached.</source>
        <translation>Das Playbook „%1“ hat keine Schritte, es gibt also nichts abzuhaken. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The playbook has no name or contains a NUL character (U+0000). Nothing was attached; fix the Markdown file.</source>
        <translation>Das Playbook hat keinen Namen oder enthält ein NUL-Zeichen (U+0000). Es wurde nichts angehängt; korrigieren Sie die Markdown-Datei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The incident no longer exists in this workspace. Nothing was attached.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deadlines cannot count from %1: %2 Nothing was attached.</source>
        <translation>Die Fristen können nicht ab %1 zählen: %2 Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is already attached to %2 (by %3). Nothing was changed.</source>
        <translation>„%1“ ist bereits an %2 angehängt (von %3). Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Attached the playbook “%1” (%n step(s))</source>
        <translation>
            <numerusform>Playbook „%1“ angehängt (%n Schritt)</numerusform>
            <numerusform>Playbook „%1“ angehängt (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its deadlines count from %1, not from detection.</source>
        <translation>Seine Fristen zählen ab %1, nicht ab der Erkennung.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This checklist step no longer exists in the workspace. Nothing was changed.</source>
        <translation>Dieser Checklistenschritt existiert im Arbeitsbereich nicht mehr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only ticking a step can be given an earlier time. Nothing was changed.</source>
        <translation>Nur beim Abhaken eines Schritts kann ein früherer Zeitpunkt angegeben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The step cannot be marked done at %1: %2 The step was not ticked.</source>
        <translation>Der Schritt kann nicht als am %1 erledigt markiert werden: %2 Der Schritt wurde nicht abgehakt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ticked “%1” (%2): done at %3, recorded later</source>
        <translation>„%1“ abgehakt (%2): erledigt am %3, nachträglich erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticked “%1” (%2)</source>
        <translation>„%1“ abgehakt (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skipped “%1” (%2): %3</source>
        <translation>„%1“ übersprungen (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unticked “%1” (%2)</source>
        <translation>Haken bei „%1“ entfernt (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened the skipped step “%1” (%2)</source>
        <translation>Übersprungenen Schritt „%1“ wieder geöffnet (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note on “%1”: %2</source>
        <translation>Notiz zu „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ic::ChecklistStore</name>
    <message>
        <location filename="../models/playbooks/ChecklistStore.cpp" line="+34"/>
        <source>This is a read-only reviewer profile; %1 Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This is a read-only reviewer profile; playbooks cannot be attached. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; Playbooks können nicht angehängt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>checklist steps cannot be ticked or skipped.</source>
        <translation>Checklistenschritte können nicht abgehakt oder übersprungen werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” was already ticked by %2 at %3.</source>
        <translation>„%1“ wurde bereits von %2 am %3 abgehakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was already skipped by %2 at %3: %4</source>
        <translation>„%1“ wurde bereits von %2 am %3 übersprungen: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is open.</source>
        <translation>„%1“ ist offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was already reopened by %2 at %3.</source>
        <translation>„%1“ wurde bereits von %2 am %3 wieder geöffnet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a read-only reviewer profile; notes cannot be added. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; Notizen können nicht hinzugefügt werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::CheckpointStore</name>
    <message>
        <location filename="../models/record/CheckpointStore.cpp" line="+45"/>
        <source>&quot;%1&quot; is not a workspace id.</source>
        <translation>„%1“ ist keine Arbeitsbereichs-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored checkpoint %1 is not a plain file; it was not used. Remove it only if you know why it changed.</source>
        <translation>Der gespeicherte Checkpoint %1 ist keine normale Datei; er wurde nicht verwendet. Entfernen Sie ihn nur, wenn Sie wissen, warum er sich geändert hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored checkpoint %1 cannot be read: %2</source>
        <translation>Der gespeicherte Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored checkpoint %1 was damaged or edited; it was not used.</source>
        <translation>Der gespeicherte Checkpoint %1 wurde beschädigt oder bearbeitet; er wurde nicht verwendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The checkpoint is for the log %1, but this workspace&apos;s log is %2. The stored checkpoint was kept.</source>
        <translation>Der Checkpoint gilt für das Log %1, das Log dieses Arbeitsbereichs ist aber %2. Der gespeicherte Checkpoint wurde behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The checkpoint covers %1 events, fewer than the %2 this workstation already saw. The stored checkpoint was kept.</source>
        <translation>Der Checkpoint umfasst %1 Ereignisse, weniger als die %2, die dieser Arbeitsplatz schon gesehen hat. Der gespeicherte Checkpoint wurde behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create %1; the checkpoint was not stored.</source>
        <translation>%1 konnte nicht angelegt werden; der Checkpoint wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not store the checkpoint in %1: %2. The previous one is unchanged.</source>
        <translation>Der Checkpoint konnte nicht in %1 gespeichert werden: %2. Der vorherige ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ic::Checkpoints</name>
    <message>
        <location filename="../models/record/Checkpoint.cpp" line="+24"/>
        <source>The checkpoint cannot be read: %1</source>
        <translation>Der Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>it is larger than %1 bytes.</source>
        <translation>er ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty.</source>
        <translation>er ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a control character.</source>
        <translation>er enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid UTF-8.</source>
        <translation>er ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not end with a newline.</source>
        <translation>er endet nicht mit einem Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no blank line before its signatures.</source>
        <translation>er hat keine Leerzeile vor seinen Signaturen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no signature.</source>
        <translation>er hat keine Signatur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has more than %1 signatures.</source>
        <translation>er hat mehr als %1 Signaturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature line %1 does not start with &quot;— &quot;.</source>
        <translation>Signaturzeile %1 beginnt nicht mit „— “.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signature line %1 is not &quot;— NAME SIGNATURE&quot;.</source>
        <translation>Signaturzeile %1 ist nicht „— NAME SIGNATUR“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signature line %1 has a key name with a space or &quot;+&quot;.</source>
        <translation>Signaturzeile %1 hat einen Schlüsselnamen mit Leerzeichen oder „+“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signature line %1 is not canonical base64 of a key id and a signature.</source>
        <translation>Signaturzeile %1 ist kein kanonisches Base64 aus Schlüssel-ID und Signatur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it needs an origin, a tree size and a root hash.</source>
        <translation>er braucht einen Ursprung, eine Baumgröße und einen Wurzel-Hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has more than %1 extension lines.</source>
        <translation>er hat mehr als %1 Erweiterungszeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has an empty line in its text.</source>
        <translation>er hat eine leere Zeile in seinem Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line is longer than %1 bytes.</source>
        <translation>eine Zeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its origin contains a space or &quot;+&quot;.</source>
        <translation>sein Ursprung enthält ein Leerzeichen oder „+“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its tree size &quot;%1&quot; is not a plain decimal number.</source>
        <translation>seine Baumgröße „%1“ ist keine einfache Dezimalzahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its root hash is not the base64 of 32 bytes.</source>
        <translation>sein Wurzel-Hash ist nicht das Base64 von 32 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has two time lines.</source>
        <translation>er hat zwei Zeitzeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its time line is not &quot;time YYYY-MM-DDTHH:MM:SS.sssZ&quot;.</source>
        <translation>seine Zeitzeile ist nicht „time YYYY-MM-DDTHH:MM:SS.sssZ“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its lines are not in the expected order.</source>
        <translation>seine Zeilen stehen nicht in der erwarteten Reihenfolge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A checkpoint&apos;s origin cannot contain spaces or &quot;+&quot;.</source>
        <translation>Der Ursprung eines Checkpoints darf keine Leerzeichen oder „+“ enthalten.</translation>
    </message>
</context>
<context>
    <name>ic::CloseIncidentDialog</name>
    <message>
        <location filename="../ui/incidents/CloseIncidentDialog.cpp" line="+17"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close %1 “%2”? Write what resolved it; it goes on the incident&apos;s record with your name. You can undo or reopen it afterwards.</source>
        <translation>%1 „%2“ schließen? Beschreiben Sie, wodurch der Vorfall gelöst wurde; dies wird mit Ihrem Namen im Protokoll des Vorfalls festgehalten. Sie können das Schließen danach rückgängig machen oder den Vorfall wieder öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution summary: cause, what was contained, what remains</source>
        <translation>Zusammenfassung der Lösung: Ursache, was eingedämmt wurde, was offen bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution summary</source>
        <translation>Zusammenfassung der Lösung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not started: %1. It applies to this incident, but nobody set when the organisation became aware, so no deadline ran. Set it in the header first, or confirm that no notification is owed.</source>
        <translation>Nicht begonnen: %1. Die Frist gilt für diesen Vorfall, aber niemand hat den Zeitpunkt der Kenntniserlangung gesetzt, daher lief keine Frist. Setzen Sie ihn zuerst in der Kopfzeile, oder bestätigen Sie, dass keine Meldepflicht besteht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No notification is owed (recorded with the resolution)</source>
        <translation>Keine Meldepflicht (wird mit der Lösung festgehalten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close Incident</source>
        <translation>Vorfall schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No notification is owed for the clocks not started.</source>
        <translation>Für die nicht begonnenen Meldefristen besteht keine Meldepflicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a resolution summary to close the incident.</source>
        <translation>Schreiben Sie eine Zusammenfassung der Lösung, um den Vorfall zu schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary is %1 characters long; at most %2 are kept. Nothing was changed.</source>
        <translation>Die Zusammenfassung ist %1 Zeichen lang; höchstens %2 werden gespeichert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The summary contains a NUL character. Nothing was changed.</source>
        <translation>Die Zusammenfassung enthält ein NUL-Zeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A notification clock has not started: confirm no notification is owed, or set “became aware” first.</source>
        <translation>Eine Meldefrist hat nicht begonnen: Bestätigen Sie, dass keine Meldepflicht besteht, oder setzen Sie zuerst „Kenntnis erlangt“.</translation>
    </message>
</context>
<context>
    <name>ic::CodeBlock</name>
    <message>
        <location filename="../models/playbooks/CodeBlock.cpp" line="+427"/>
        <source>Admin API call</source>
        <translation>Admin-API-Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL change</source>
        <translation>SQL-Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shell command</source>
        <translation>Shell-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ic::CommandPalette</name>
    <message>
        <location filename="../ui/actions/CommandPalette.cpp" line="+55"/>
        <source>One API key</source>
        <translation>Ein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A whole tenant — every user in it</source>
        <translation>Ein ganzer Mandant – alle seine Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network — everyone behind it</source>
        <translation>Ein Netzwerk – alle dahinter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every API key and session of %1 stops working; they can sign in again.</source>
        <translation>Alle API-Schlüssel und Sitzungen von %1 werden ungültig; die Person kann sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is signed out everywhere; their API keys keep working.</source>
        <translation>%1 wird überall abgemeldet; die API-Schlüssel bleiben gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can no longer sign in until un-suspended; keys and sessions are not revoked by this.</source>
        <translation>%1 kann sich bis zur Entsperrung nicht mehr anmelden; Schlüssel und Sitzungen werden dadurch nicht widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is suspended and every API key and session of theirs stops working.</source>
        <translation>%1 wird gesperrt, und alle API-Schlüssel und Sitzungen werden ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in tenant %1 is locked out until the tenant is restored.</source>
        <translation>Alle im Mandanten %1 sind ausgesperrt, bis der Mandant wiederhergestellt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every API key and session in tenant %1 stops working, for all its users.</source>
        <translation>Alle API-Schlüssel und Sitzungen im Mandanten %1 werden ungültig, für alle seine Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant %1 is active again: its users can sign in.</source>
        <translation>Mandant %1 ist wieder aktiv: seine Benutzer können sich anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key %1 stops working; nothing else changes.</source>
        <translation>API-Schlüssel %1 wird ungültig; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests from %1 are refused, whoever sends them.</source>
        <translation>Anfragen von %1 werden abgewiesen, egal wer sie sendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contain — %1</source>
        <translation>Eindämmen – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type to filter, or an IP or network to block…</source>
        <translation>Zum Filtern tippen oder eine zu sperrende IP bzw. ein Netzwerk eingeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter actions</source>
        <translation>Aktionen filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions on the incident&apos;s subjects</source>
        <translation>Aktionen für die Subjekte des Vorfalls</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required), then Enter to run — Esc to go back</source>
        <translation>Grund (Pflichtangabe), dann Eingabe zum Ausführen – Esc für zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact &amp;SQL or HTTP request</source>
        <translation>Genaue &amp;SQL- oder HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exact request</source>
        <translation>Genaue Anfrage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>On %1 — %2</source>
        <translation>Zu %1 – %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The incident names no users, tenants or API keys: type an IP or network to block, or use the Actions tab.</source>
        <translation>Der Vorfall nennt keine Benutzer, Mandanten oder API-Schlüssel: Geben Sie eine zu sperrende IP oder ein Netzwerk ein, oder verwenden Sie den Tab „Aktionen“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>already done (%1 by %2)</source>
        <translation>bereits erledigt (%1 von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already requested: %1 (%2 by %3)</source>
        <translation>bereits angefordert: %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — preview</source>
        <translation>%1 – Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading what this would change…</source>
        <translation>Ermittle, was sich dadurch ändern würde …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The preview is not there yet: nothing was sent. Press Enter again once it shows.</source>
        <translation>Die Vorschau liegt noch nicht vor: Es wurde nichts gesendet. Drücken Sie erneut die Eingabetaste, sobald sie angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>ic::ConnectDialog</name>
    <message>
        <location filename="../ui/store/ConnectDialog.cpp" line="+35"/>
        <source>automatic (verify-full for another machine)</source>
        <translation>automatisch (verify-full für einen anderen Rechner)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored in your keychain; leave empty to use the stored one</source>
        <translation>Wird im Schlüsselbund gespeichert; leer lassen, um das gespeicherte zu verwenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connect to a Team Workspace</source>
        <translation>Mit einem Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Production incident store</source>
        <translation>z. B. Vorfallspeicher Produktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode</source>
        <translation>&amp;SSL-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform&apos;s audit logs are in another database</source>
        <translation>Die Audit-Protokolle der Plattform liegen in einer anderen Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Audit source</source>
        <translation>Audit-Quelle</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reviewer (read-only): open incidents without changing them</source>
        <translation>Prüfer (nur lesen): Vorfälle öffnen, ohne sie zu ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up the incident store if this database has none yet</source>
        <translation>Vorfallspeicher einrichten, falls diese Datenbank noch keinen hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+83"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1: the host is empty.</source>
        <translation>%1: Der Host ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the database name is empty.</source>
        <translation>%1: Der Datenbankname ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the user name is empty.</source>
        <translation>%1: Der Benutzername ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the host must not contain spaces.</source>
        <translation>%1: Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident store</source>
        <translation>Vorfallspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>ic::Db</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+41"/>
        <source>The PostgreSQL server at %1 refused the password for user &quot;%2&quot;. Nothing was changed. Check the user name and password; the password is kept in your keychain.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort für den Benutzer „%2“ abgelehnt. Es wurde nichts geändert. Prüfen Sie Benutzername und Passwort; das Passwort liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL server at %1 did not prove who it is over TLS (SSL mode %2), so the connection was closed before your password was sent. Nothing was changed. If the server is yours, give it a certificate for this host name and put its CA in ~/.postgresql/root.crt; lowering the SSL mode in the connection dialog lets anyone on the network pose as it.</source>
        <translation>Der PostgreSQL-Server unter %1 hat über TLS nicht nachgewiesen, wer er ist (SSL-Modus %2), daher wurde die Verbindung geschlossen, bevor Ihr Passwort gesendet wurde. Es wurde nichts geändert. Wenn es Ihr Server ist, geben Sie ihm ein Zertifikat für diesen Hostnamen und legen Sie seine CA in ~/.postgresql/root.crt ab; wenn Sie den SSL-Modus im Verbindungsdialog herabsetzen, kann sich jeder im Netzwerk als dieser Server ausgeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL server at %1 has no database or user by that name. Nothing was changed. Check the database and user names.</source>
        <translation>Der PostgreSQL-Server unter %1 kennt keine Datenbank oder keinen Benutzer mit diesem Namen. Es wurde nichts geändert. Prüfen Sie Datenbank- und Benutzernamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the PostgreSQL server at %1. Nothing was changed. Check that the server is running, the host and port are right, and your network or VPN is up.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar. Es wurde nichts geändert. Prüfen Sie, ob der Server läuft, Host und Port stimmen und Ihr Netzwerk oder VPN verbunden ist.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Could not open the workspace file %1. Nothing was changed.</source>
        <translation>Die Arbeitsbereichsdatei %1 konnte nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SSL mode &quot;%1&quot; for %2 is not one of disable, allow, prefer, require, verify-ca, verify-full. Nothing was sent; choose one in the connection dialog.</source>
        <translation>Der SSL-Modus „%1“ für %2 ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full. Es wurde nichts gesendet; wählen Sie einen davon im Verbindungsdialog.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+8"/>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A database statement could not be prepared.</source>
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not start a nested transaction; nothing was changed.</source>
        <translation>Eine verschachtelte Transaktion konnte nicht gestartet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not finish a nested transaction.</source>
        <translation>Eine verschachtelte Transaktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not start a database transaction; nothing was changed.</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database did not confirm the change, so it was rolled back. Nothing was changed; try again.</source>
        <translation>Die Datenbank hat die Änderung nicht bestätigt, daher wurde sie zurückgenommen. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database refused the change: your login does not hold the role it needs in this workspace (any more). Nothing was changed. An admin of the workspace can grant the role.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: Ihre Anmeldung hat die dafür nötige Rolle in diesem Arbeitsbereich (nicht mehr). Es wurde nichts geändert. Ein Admin des Arbeitsbereichs kann die Rolle vergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the action settings</source>
        <translation>die Aktionseinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the approval policy</source>
        <translation>die Freigaberegeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the escalation policies</source>
        <translation>die Eskalationsrichtlinien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation&apos;s notification details</source>
        <translation>die Meldeangaben der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clock rules</source>
        <translation>die Fristenregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the severity levels</source>
        <translation>die Schweregrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace settings</source>
        <translation>die Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database refused a change to %1: that needs the admin role of this workspace, which your login does not hold (any more). Nothing was changed. An admin of the workspace can grant it.</source>
        <translation>Die Datenbank hat eine Änderung an %1 abgelehnt: Dafür ist die Admin-Rolle dieses Arbeitsbereichs nötig, die Ihre Anmeldung (nicht mehr) hat. Es wurde nichts geändert. Ein Admin des Arbeitsbereichs kann sie vergeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused a direct change to %1: no role may change it except through the workspace&apos;s own functions (the app&apos;s way of recording it). Nothing was changed.</source>
        <translation>Die Datenbank hat eine direkte Änderung an %1 abgelehnt: Keine Rolle darf sie anders ändern als über die Funktionen des Arbeitsbereichs (den Weg, auf dem die App sie aufzeichnet). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused a change to %1: that needs the responder role of this workspace (commander for severity, status and containment), which your login does not hold (any more). Nothing was changed. An admin of the workspace can grant it.</source>
        <translation>Die Datenbank hat eine Änderung an %1 abgelehnt: Dafür ist die Rolle „Responder“ dieses Arbeitsbereichs nötig (für Schweregrad, Status und Eindämmung „Commander“), die Ihre Anmeldung (nicht mehr) hat. Es wurde nichts geändert. Ein Admin des Arbeitsbereichs kann sie vergeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database waited more than %1 s for a lock another session holds and gave up. Nothing was changed; try again, and if it keeps happening ask who holds the lock.</source>
        <translation>Die Datenbank hat mehr als %1 s auf eine Sperre gewartet, die eine andere Sitzung hält, und dann aufgegeben. Es wurde nichts geändert; versuchen Sie es erneut, und wenn das weiterhin vorkommt, klären Sie, wer die Sperre hält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database stopped the statement at its time limit. Nothing was changed; try again.</source>
        <translation>Die Datenbank hat die Anweisung bei Erreichen ihres Zeitlimits angehalten. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to the database was lost. Nothing was changed; the app will reconnect when you retry.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Es wurde nichts geändert; beim erneuten Versuch verbindet sich die Anwendung neu.</translation>
    </message>
</context>
<context>
    <name>ic::Deadline</name>
    <message>
        <location filename="../models/playbooks/Deadline.cpp" line="+532"/>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>ic::DemoData</name>
    <message>
        <location filename="../models/demo/DemoIncidents.cpp" line="+56"/>
        <source>Tenant Initech pulled over 1 MB of queries in under an hour</source>
        <translation>Mandant Initech hat in weniger als einer Stunde über 1 MB an Abfragen abgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detection rule &apos;large query volume per tenant&apos; fired: 280 wide SELECTs on settlements from one Initech user since %1. Possible database exfiltration (platform playbook, scenario 2).</source>
        <translation>Erkennungsregel „großes Abfragevolumen je Mandant“ ausgelöst: 280 breite SELECTs auf settlements von einem Initech-Benutzer seit %1. Mögliche Datenbank-Exfiltration (Plattform-Playbook, Szenario 2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session token reused after logout from a Tor exit node</source>
        <translation>Sitzungstoken nach der Abmeldung von einem Tor-Exit-Node wiederverwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Northwind Traders user&apos;s session was used 20 minutes after logout from %1, an address never seen for this user.</source>
        <translation>Die Sitzung eines Benutzers von Northwind Traders wurde 20 Minuten nach der Abmeldung von %1 aus verwendet, einer für diesen Benutzer nie gesehenen Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All tokens of the user revoked through the admin API; sessions logged out.</source>
        <translation>Alle Tokens des Benutzers über die Admin-API widerrufen; Sitzungen abgemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Burst of failed token validations against one Globex user</source>
        <translation>Häufung fehlgeschlagener Token-Prüfungen gegen einen Globex-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 signature mismatches in four minutes from 45.155.205.0/24.</source>
        <translation>60 ungültige Signaturen in vier Minuten aus 45.155.205.0/24.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key used from 40 different IPs in six hours</source>
        <translation>API-Schlüssel in sechs Stunden von 40 verschiedenen IPs verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backend key of a Globex-era integration is in use from 193.32.162.0/24. Suspected API key leak (platform playbook, scenario 1).</source>
        <translation>Ein Backend-Schlüssel einer Integration aus der Globex-Zeit wird aus 193.32.162.0/24 verwendet. Verdacht auf geleakten API-Schlüssel (Plattform-Playbook, Szenario 1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Umbrella Health admin escalated own role and exported 600,000 records</source>
        <translation>Admin von Umbrella Health hat die eigene Rolle erhöht und 600.000 Datensätze exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-granted superadmin, three denied privilege escalations, then 120 CSV exports of patient records (insider threat playbook).</source>
        <translation>Sich selbst Superadmin-Rechte erteilt, drei abgewiesene Rechteausweitungen, danach 120 CSV-Exporte von Patientendaten (Playbook Innentäter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User suspended; legal informed. Evidence preservation started.</source>
        <translation>Benutzer gesperrt; Rechtsabteilung informiert. Beweissicherung begonnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traffic spike from six IPs hitting /v1/settlements</source>
        <translation>Lastspitze von sechs IPs auf /v1/settlements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limits triggered; 91.240.118.30-35 blocked at the edge.</source>
        <translation>Ratenbegrenzung ausgelöst; 91.240.118.30-35 am Netzrand gesperrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outdated OpenSSL in the billing worker image</source>
        <translation>Veraltetes OpenSSL im Image des Abrechnungs-Workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependency scan finding; image rebuilt and redeployed.</source>
        <translation>Befund des Abhängigkeits-Scans; Image neu gebaut und neu ausgerollt.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="+158"/>
        <source>The demo data needs at least %1 audit rows to hold every planted attack; %2 was asked for. Nothing was written.</source>
        <translation>Die Demodaten brauchen mindestens %1 Audit-Zeilen, um jeden eingebauten Angriff aufzunehmen; angefordert wurden %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database has no platform tables (audit_logs). Nothing was written.</source>
        <translation>Diese Datenbank hat keine Plattform-Tabellen (audit_logs). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audit_logs table already holds data; demo data is only written into an empty database. Nothing was written.</source>
        <translation>Die Tabelle audit_logs enthält bereits Daten; Demodaten werden nur in eine leere Datenbank geschrieben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bulk writer for this database.</source>
        <translation>Für diese Datenbank gibt es kein Massenschreibverfahren.</translation>
    </message>
</context>
<context>
    <name>ic::Detection</name>
    <message>
        <location filename="../models/detection/Alert.cpp" line="+49"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being promoted</source>
        <translation>Wird hochgestuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P0 Critical</source>
        <translation>P0 Kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P1 High</source>
        <translation>P1 Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P2 Medium</source>
        <translation>P2 Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P3 Low</source>
        <translation>P3 Niedrig</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n matching row(s)</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a total of %1 within %2 (threshold %3)</source>
        <translation>insgesamt %1 innerhalb von %2 (Schwellenwert %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 distinct values within %2 (threshold %3)</source>
        <translation>%1 verschiedene Werte innerhalb von %2 (Schwellenwert %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matching rows within %2 (threshold %3)</source>
        <translation>%1 passende Zeilen innerhalb von %2 (Schwellenwert %3)</translation>
    </message>
    <message>
        <location filename="../models/detection/AlertPromotion.cpp" line="+122"/>
        <source>Detection rule &quot;%1&quot; (%2) found %3, from %4 to %5.</source>
        <translation>Die Erkennungsregel „%1“ (%2) hat %3 gefunden, von %4 bis %5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It fired %1 times for this subject; the detections were grouped into alert %2.</source>
        <translation>Sie hat für dieses Subjekt %1-mal ausgelöst; die Erkennungen wurden in Alarm %2 zusammengefasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n matched audit row(s) are pinned as the evidence extract &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n passende Audit-Zeile ist als Beweismittelauszug „%1“ angeheftet.</numerusform>
            <numerusform>%n passende Audit-Zeilen sind als Beweismittelauszug „%1“ angeheftet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Suggested playbook: %1.</source>
        <translation>Vorgeschlagenes Playbook: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1: %2 und %n weiterer</numerusform>
            <numerusform>%1: %2 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Detection rule &quot;%1&quot; (%2) raised %n alert(s), one per subject:</source>
        <translation>
            <numerusform>Die Erkennungsregel „%1“ (%2) hat %n Alarm ausgelöst, einen je Ziel:</numerusform>
            <numerusform>Die Erkennungsregel „%1“ (%2) hat %n Alarme ausgelöst, einen je Ziel:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- alert %1, %2: %3, from %4 to %5</source>
        <translation>- Alarm %1, %2: %3, von %4 bis %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The matched audit rows of each are pinned as evidence extracts (&quot;alert-N-rows&quot;).</source>
        <translation>Die passenden Audit-Zeilen jedes Alarms sind als Beweismittel-Auszüge angeheftet („alert-N-rows“).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Promoted from alert %1: %2, %3 (%4)</source>
        <translation>Aus Alarm %1 hochgestuft: %2, %3 (%4)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The incident %1 no longer exists. Nothing was changed.</source>
        <translation>Der Vorfall %1 existiert nicht mehr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was closed meanwhile; alerts cannot be linked to a closed incident. Nothing was changed.</source>
        <translation>%1 wurde inzwischen geschlossen; Alarme können nicht mit einem geschlossenen Vorfall verknüpft werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Someone else promoted or dismissed these alerts a moment ago. Nothing was changed; the alert list shows what they did.</source>
        <translation>Jemand anderes hat diese Alarme gerade hochgestuft oder verworfen. Es wurde nichts geändert; die Alarmliste zeigt, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linked alert %1: %2, %3 (%4)</source>
        <translation>Alarm %1 verknüpft: %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Linked %n alert(s) of &quot;%1&quot;: %2</source>
        <translation>
            <numerusform>%n Alarm von „%1“ verknüpft: %2</numerusform>
            <numerusform>%n Alarme von „%1“ verknüpft: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/detection/AlertRepository.cpp" line="+99"/>
        <source>Someone else promoted or dismissed alert %1 a moment ago. Nothing was changed; the alert list shows what they did.</source>
        <translation>Jemand anderes hat Alarm %1 gerade hochgestuft oder verworfen. Es wurde nichts geändert; die Alarmliste zeigt, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The detection rule %1 is not known in this workspace.</source>
        <translation>Die Erkennungsregel %1 ist in diesem Arbeitsbereich nicht bekannt.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>A new alert got no number.</source>
        <translation>Ein neuer Alarm hat keine Nummer erhalten.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Alert %1 does not exist in this workspace.</source>
        <translation>Alarm %1 existiert in diesem Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Say why the alert is dismissed (for example &quot;known bulk export by the billing job&quot;). The alert was not dismissed.</source>
        <translation>Geben Sie an, warum der Alarm verworfen wird (zum Beispiel „bekannter Massenexport durch den Abrechnungsjob“). Der Alarm wurde nicht verworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason is longer than 500 characters; keep it to a sentence or two. The alert was not dismissed.</source>
        <translation>Der Grund ist länger als 500 Zeichen; beschränken Sie sich auf ein oder zwei Sätze. Der Alarm wurde nicht verworfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason contains a control character that cannot be stored; remove it. The alert was not dismissed.</source>
        <translation>Der Grund enthält ein Steuerzeichen, das nicht gespeichert werden kann; entfernen Sie es. Der Alarm wurde nicht verworfen.</translation>
    </message>
    <message>
        <location filename="../models/detection/Rule.cpp" line="+52"/>
        <source>the file is larger than %1 KiB; a rule is a few lines</source>
        <translation>die Datei ist größer als %1 KiB; eine Regel umfasst nur wenige Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a NUL byte; a rule file is UTF-8 text</source>
        <translation>sie enthält ein NUL-Byte; eine Regeldatei ist UTF-8-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>sie ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has carriage returns that do not end a line</source>
        <translation>sie enthält Wagenrückläufe, die keine Zeile beenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>[%1] is not a section; the sections are [sqlite] and [postgres]</source>
        <translation>[%1] ist kein Abschnitt; die Abschnitte sind [sqlite] und [postgres]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the [%1] section appears twice</source>
        <translation>der Abschnitt [%1] kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an indented line continues the value above it, but there is no value above it</source>
        <translation>eine eingerückte Zeile setzt den Wert darüber fort, aber darüber steht kein Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;key: value&quot;, a # comment, or a [sqlite] or [postgres] section</source>
        <translation>erwartet wurde „Schlüssel: Wert“, ein #-Kommentar oder ein Abschnitt [sqlite] oder [postgres]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a rule key; the keys are %2 and param.NAME</source>
        <translation>„%1“ ist kein Regelschlüssel; die Schlüssel sind %2 und param.NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is given twice (first on line %2)</source>
        <translation>„%1“ ist doppelt angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no [%1] section with the query for %2</source>
        <translation>es gibt keinen Abschnitt [%1] mit der Abfrage für %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>param.%1 is declared but neither query uses :%1</source>
        <translation>param.%1 ist deklariert, aber keine der Abfragen verwendet :%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The detection rule %1 cannot be used: %2. The rule was not loaded; the other rules still run. Correct the file (see docs/detection-rules.md).</source>
        <translation>Die Erkennungsregel %1 kann nicht verwendet werden: %2. Die Regel wurde nicht geladen; die anderen Regeln laufen weiter. Korrigieren Sie die Datei (siehe docs/detection-rules.md).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1:&quot; is missing or empty</source>
        <translation>„%1:“ fehlt oder ist leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; contains a control character</source>
        <translation>„%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1: %2&quot; is not a duration; write a whole number and s, m, h or d, like 90s, 5m, 1h or 7d</source>
        <translation>„%1: %2“ ist keine Dauer; schreiben Sie eine ganze Zahl und s, m, h oder d, etwa 90s, 5m, 1h oder 7d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be between %2 and %3</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;severity: %1&quot; is not one of P0, P1, P2, P3</source>
        <translation>„severity: %1“ ist keiner der Werte P0, P1, P2, P3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;subject: %1&quot; is not one of user, tenant, api_key, ip, session</source>
        <translation>„subject: %1“ ist keiner der Werte user, tenant, api_key, ip, session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;schedule:&quot; is missing; say how often the rule runs, like 5m</source>
        <translation>„schedule:“ fehlt; geben Sie an, wie oft die Regel läuft, etwa 5m</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;threshold&quot; and &quot;aggregate&quot; need a &quot;window&quot;; without one every row the query returns is a match</source>
        <translation>„threshold“ und „aggregate“ benötigen ein „window“; ohne dieses ist jede Zeile, die die Abfrage liefert, ein Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rule with a window needs a &quot;threshold:&quot;, like &gt;= 20</source>
        <translation>eine Regel mit Zeitfenster benötigt „threshold:“, etwa &gt;= 20</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;threshold: %1&quot; is not a comparison; write &gt; or &gt;= and a number, like &gt;= 20</source>
        <translation>„threshold: %1“ ist kein Vergleich; schreiben Sie &gt; oder &gt;= und eine Zahl, etwa &gt;= 20</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;aggregate: %1&quot; is not one of count, sum, distinct</source>
        <translation>„aggregate: %1“ ist keiner der Werte count, sum, distinct</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a parameter name; use lower-case letters, digits and _</source>
        <translation>„%1“ ist kein Parametername; verwenden Sie Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parameter name &quot;%1&quot; is reserved</source>
        <translation>der Parametername „%1“ ist reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rule has at most %1 parameters</source>
        <translation>eine Regel hat höchstens %1 Parameter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the [%1] query %2</source>
        <translation>die [%1]-Abfrage %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the [%1] section has no query</source>
        <translation>der Abschnitt [%1] enthält keine Abfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the [%1] query must be one SELECT (or WITH … SELECT)</source>
        <translation>die [%1]-Abfrage muss genau ein SELECT sein (oder WITH … SELECT)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the [%1] query uses :%2, which is not a parameter; declare it in the header as &quot;param.%2: value&quot;</source>
        <translation>die [%1]-Abfrage verwendet :%2, das kein Parameter ist; deklarieren Sie ihn im Kopf als „param.%2: Wert“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the [%1] query of a windowed rule must not use :after_id or :upto_id; the runner limits it to new rows itself</source>
        <translation>die [%1]-Abfrage einer Regel mit Zeitfenster darf :after_id und :upto_id nicht verwenden; die Regelausführung beschränkt sie selbst auf neue Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the [%1] query must read only new rows: use both :after_id and :upto_id, as in &quot;id &gt; :after_id AND id &lt;= :upto_id&quot;</source>
        <translation>die [%1]-Abfrage darf nur neue Zeilen lesen: Verwenden Sie sowohl :after_id als auch :upto_id, wie in „id &gt; :after_id AND id &lt;= :upto_id“</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file name %1 is not a rule id: name rule files with lower-case letters, digits and -, ending in .rule (like many-failed-logins.rule). The file was not loaded; the other rules still run.</source>
        <translation>Der Dateiname %1 ist keine Regel-ID: Benennen Sie Regeldateien mit Kleinbuchstaben, Ziffern und -, mit der Endung .rule (etwa many-failed-logins.rule). Die Datei wurde nicht geladen; die anderen Regeln laufen weiter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the detection rule %1: %2. The rule was not loaded; the other rules still run.</source>
        <translation>Die Erkennungsregel %1 konnte nicht gelesen werden: %2. Die Regel wurde nicht geladen; die anderen Regeln laufen weiter.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/detection/RuleLibrary.cpp" line="+29"/>
        <source>The detection rule %1 has the id &quot;%2&quot; of the rule already loaded from %3. It was not loaded; the other rules still run. Rename the file.</source>
        <translation>Die Erkennungsregel %1 hat die ID „%2“ der bereits aus %3 geladenen Regel. Sie wurde nicht geladen; die anderen Regeln laufen weiter. Benennen Sie die Datei um.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The rule folder %1 does not exist or cannot be read. Its rules were not loaded; the other rules still run. Check the folder, or remove it from the list.</source>
        <translation>Der Regelordner %1 existiert nicht oder kann nicht gelesen werden. Seine Regeln wurden nicht geladen; die anderen Regeln laufen weiter. Prüfen Sie den Ordner oder entfernen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rule folder %1 holds more than %2 rule files; only the first %2 (by name) were loaded.</source>
        <translation>Der Regelordner %1 enthält mehr als %2 Regeldateien; nur die ersten %2 (nach Name) wurden geladen.</translation>
    </message>
    <message>
        <location filename="../models/detection/RuleRunner.cpp" line="+139"/>
        <source>The run of &quot;%1&quot; was stopped because the workspace is closing. Its watermark was not moved; it runs again next time.</source>
        <translation>Der Lauf von „%1“ wurde angehalten, weil der Arbeitsbereich geschlossen wird. Die Lesemarke wurde nicht verschoben; die Regel läuft beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ran longer than its limit of %2 and was stopped. Its watermark was not moved, so the same rows are read again next time; the other rules still run. Make the query cheaper or raise &quot;timeout:&quot; in %3.</source>
        <translation>„%1“ lief länger als das Limit von %2 und wurde angehalten. Die Lesemarke wurde nicht verschoben, daher werden beim nächsten Mal dieselben Zeilen erneut gelesen; die anderen Regeln laufen weiter. Vereinfachen Sie die Abfrage oder erhöhen Sie „timeout:“ in %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The query of &quot;%1&quot; failed on %2. Its watermark was not moved and it raised no alerts; the other rules still run. Correct the [%3] section of %4.</source>
        <translation>Die Abfrage von „%1“ ist auf %2 fehlgeschlagen. Die Lesemarke wurde nicht verschoben, und es wurden keine Alarme ausgelöst; die anderen Regeln laufen weiter. Korrigieren Sie den Abschnitt [%3] in %4.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not start reading the audit log; nothing was changed.</source>
        <translation>Das Lesen des Audit-Protokolls konnte nicht gestartet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The query of &quot;%1&quot; does not return the columns the runner reads: subject, id and timestamp%2. It raised no alerts; the other rules still run. Correct %3.</source>
        <translation>Die Abfrage von „%1“ liefert nicht die Spalten, die die Regelausführung liest: subject, id und timestamp%2. Sie hat keine Alarme ausgelöst; die anderen Regeln laufen weiter. Korrigieren Sie %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, and value</source>
        <translation>, außerdem value</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>the workspace is closing</source>
        <translation>der Arbeitsbereich wird geschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another workstation is running this rule</source>
        <translation>ein anderer Arbeitsplatz führt diese Regel gerade aus</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>another workstation ran this rule meanwhile</source>
        <translation>ein anderer Arbeitsplatz hat diese Regel inzwischen ausgeführt</translation>
    </message>
    <message>
        <location filename="../models/detection/RuleSql.cpp" line="+54"/>
        <source>has a %1 that is never closed</source>
        <translation>hat ein %1, das nie geschlossen wird</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>has a /* comment that is never closed</source>
        <translation>hat einen /*-Kommentar, der nie geschlossen wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses a $1-style parameter; use named parameters like :after_id</source>
        <translation>verwendet einen Parameter im Stil $1; verwenden Sie benannte Parameter wie :after_id</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has a %1 string that is never closed</source>
        <translation>hat eine %1-Zeichenkette, die nie geschlossen wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>uses ?, which QtSql takes for a parameter; use named parameters like :after_id (and jsonb_exists() for PostgreSQL&apos;s ? operator)</source>
        <translation>verwendet ?, was QtSql als Parameter auffasst; verwenden Sie benannte Parameter wie :after_id (und jsonb_exists() für den ?-Operator von PostgreSQL)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>has more than one statement; a rule is one SELECT</source>
        <translation>enthält mehr als eine Anweisung; eine Regel ist ein einzelnes SELECT</translation>
    </message>
</context>
<context>
    <name>ic::Detector</name>
    <message>
        <location filename="../models/detection/Detector.cpp" line="+37"/>
        <source>Could not connect to the audit database %1, so the rule read nothing. Nothing was changed: its watermark was not moved and it raised no alerts. It tries again at its next run.</source>
        <translation>Keine Verbindung zur Audit-Datenbank %1, daher hat die Regel nichts gelesen. Es wurde nichts geändert: Die Lesemarke wurde nicht verschoben, und es wurden keine Alarme ausgelöst. Die Regel versucht es bei ihrem nächsten Lauf erneut.</translation>
    </message>
</context>
<context>
    <name>ic::DraftEditor</name>
    <message>
        <location filename="../ui/notify/DraftEditor.cpp" line="+44"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refill from Facts</source>
        <translation>Aus Fakten neu befüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the template in again from today&apos;s facts (as unsaved changes)</source>
        <translation>Die Vorlage erneut mit den heutigen Fakten befüllen (als ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name@example.org, Name &lt;other@example.org&gt;</source>
        <translation>name@example.org, Name &lt;other@example.org&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notification text (Markdown)</source>
        <translation>Benachrichtigungstext (Markdown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing elements</source>
        <translation>Fehlende Angaben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why it goes out after the deadline (recorded with it)</source>
        <translation>Warum sie nach Fristablauf versendet wird (wird mit ihr festgehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mail Message (.eml)…</source>
        <translation>E-Mail-Nachricht (.eml) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown…</source>
        <translation>Markdown …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain Text…</source>
        <translation>Nur-Text …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject and text as plain text (and Markdown)</source>
        <translation>Betreff und Text als Nur-Text (und Markdown) kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Mail</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Version %1 — %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restored your unsaved changes from %1. Save them as a version, or pick a saved version to discard them.</source>
        <translation>Ihre ungespeicherten Änderungen von %1 wurden wiederhergestellt. Speichern Sie sie als Version, oder wählen Sie eine gespeicherte Version, um sie zu verwerfen.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The deadline (%1, due %2) has passed: marking it sent asks for the reasons for the delay.</source>
        <translation>Die Frist (%1, fällig %2) ist abgelaufen: Beim Markieren als gesendet werden die Gründe für die Verzögerung abgefragt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You wrote version %1 of this draft: someone else reviews it.</source>
        <translation>Sie haben Version %1 dieses Entwurfs verfasst: Eine andere Person prüft sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that you reviewed this version (someone who did not write it)</source>
        <translation>Festhalten, dass Sie diese Version geprüft haben (als Person, die sie nicht verfasst hat)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes (kept in the workspace until you save a version)</source>
        <translation>Ungespeicherte Änderungen (bleiben im Arbeitsbereich erhalten, bis Sie eine Version speichern)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not ready: %n required element(s) missing. Fill them in, then save a version.</source>
        <translation>
            <numerusform>Nicht bereit: %n Pflichtangabe fehlt. Ergänzen Sie sie und speichern Sie dann eine Version.</numerusform>
            <numerusform>Nicht bereit: %n Pflichtangaben fehlen. Ergänzen Sie sie und speichern Sie dann eine Version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready for review.</source>
        <translation>Bereit zur Prüfung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for review by someone who did not write it.</source>
        <translation>Bereit zur Prüfung durch eine Person, die sie nicht verfasst hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft, version %1 of %2</source>
        <translation>Entwurf, Version %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by %1, %2 (version %3)</source>
        <translation>Geprüft von %1, %2 (Version %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent by %1, %2 (version %3); frozen.</source>
        <translation>Gesendet von %1, %2 (Version %3); festgeschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the deadline; reasons: %1</source>
        <translation>Nach Fristablauf; Gründe: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved as version %1. Someone else saved version %2 while you were editing version %3: compare them.</source>
        <translation>Als Version %1 gespeichert. Eine andere Person hat Version %2 gespeichert, während Sie Version %3 bearbeitet haben: Vergleichen Sie die Versionen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as version %1. It changed after the review, so it needs a new review.</source>
        <translation>Als Version %1 gespeichert. Sie wurde nach der Prüfung geändert und muss daher erneut geprüft werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Recorded “%1” as sent. It is frozen now; a correction or follow-up is a new draft.</source>
        <translation>„%1“ als gesendet festgehalten. Die Benachrichtigung ist jetzt festgeschrieben; eine Korrektur oder Folgemeldung ist ein neuer Entwurf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filled in again from the facts. Save it as a version when it reads right.</source>
        <translation>Erneut aus den Fakten befüllt. Speichern Sie den Text als Version, wenn er stimmt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Filled in again from the facts; %n element(s) still missing.</source>
        <translation>
            <numerusform>Erneut aus den Fakten befüllt; %n Angabe fehlt noch.</numerusform>
            <numerusform>Erneut aus den Fakten befüllt; %n Angaben fehlen noch.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export Notification</source>
        <translation>Benachrichtigung exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied the notification as plain text.</source>
        <translation>Benachrichtigung als Nur-Text kopiert.</translation>
    </message>
</context>
<context>
    <name>ic::EscalationGraphView</name>
    <message>
        <location filename="../ui/escalation/EscalationGraphView.cpp" line="+34"/>
        <source>Escalation graph</source>
        <translation>Eskalationsgraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves through the nodes, Enter opens the current node&apos;s contacts and actions, Ctrl+wheel zooms.</source>
        <translation>Tab wechselt zwischen den Knoten, Eingabe öffnet Kontakte und Aktionen des aktuellen Knotens, Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+204"/>
        <source>⚠ OVERDUE — due %1</source>
        <translation>⚠ ÜBERFÄLLIG – fällig %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+210"/>
        <source>✔ Acknowledged %1</source>
        <translation>✔ Bestätigt %1</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+206"/>
        <source>✉ Notified %1</source>
        <translation>✉ Benachrichtigt %1</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+188"/>
        <source>Detected %1</source>
        <translation>Erkannt %1</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Laying out the escalation graph…</source>
        <translation>Eskalationsgraph wird angeordnet …</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>? Decision needed</source>
        <translation>? Entscheidung nötig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To notify</source>
        <translation>Zu benachrichtigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · %1/%2 notified</source>
        <translation> · %1/%2 benachrichtigt</translation>
    </message>
    <message>
        <location filename="../ui/escalation/EscalationGraphExport.cpp" line="+16"/>
        <location line="+31"/>
        <source>The graph is not drawn yet; nothing was exported.</source>
        <translation>Der Graph ist noch nicht gezeichnet; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Escalation policy %1, drawn by Incident Commander</source>
        <translation>Eskalationsrichtlinie %1, gezeichnet von Incident Commander</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+24"/>
        <source>%1 could not be written; nothing was exported. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden; es wurde nichts exportiert. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ic::EscalationModel</name>
    <message>
        <location filename="../models/escalation/EscalationModel.cpp" line="+96"/>
        <source>Not required (%1)</source>
        <translation>Nicht erforderlich (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depends: %1</source>
        <translation>Abhängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (notified %2 late)</source>
        <translation>%1 (%2 zu spät benachrichtigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (met)</source>
        <translation>%1 (eingehalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE by %1 (due %2)</source>
        <translation>ÜBERFÄLLIG um %1 (fällig %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1, in %2</source>
        <translation>Fällig %1, in %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — escalation time: %2</source>
        <translation>%1 – Eskalationszeit: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Detected %1</source>
        <translation>Erkannt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no contact listed)</source>
        <translation>(kein Kontakt angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, incident acknowledged</source>
        <translation>%1, Vorfall bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, incident taken by %2</source>
        <translation>%1, Vorfall übernommen von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who / answer</source>
        <translation>Wer / Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1 — no deadline</source>
        <translation>Als Nächstes: %1 – keine Frist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 within %2</source>
        <translation>%1 binnen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within %1</source>
        <translation>binnen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1 — %2 (%3)</source>
        <translation>Als Nächstes: %1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ic::EscalationNodePanel</name>
    <message>
        <location filename="../ui/escalation/EscalationNodePanel.cpp" line="+38"/>
        <location line="+106"/>
        <source>Select a node in the graph (Tab moves through them, Enter opens one).</source>
        <translation>Wählen Sie einen Knoten im Graphen aus (Tab wechselt zwischen den Knoten, Eingabe öffnet einen).</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Select an incident to see who must be reached.</source>
        <translation>Wählen Sie einen Vorfall aus, um zu sehen, wer erreicht werden muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — due %1</source>
        <translation> – fällig %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation time: %1</source>
        <translation>Eskalationszeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified %1 by %2</source>
        <translation>Benachrichtigt %1 durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not notified yet</source>
        <translation>Noch nicht benachrichtigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged %1: the incident was acknowledged</source>
        <translation>Bestätigt %1: Der Vorfall wurde bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged %1: %2 took the incident</source>
        <translation>Bestätigt %1: %2 hat den Vorfall übernommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged %1 by %2</source>
        <translation>Bestätigt %1 durch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not acknowledged yet</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nobody to reach here: this is where the escalation starts.</source>
        <translation>Hier ist niemand zu erreichen: An dieser Stelle beginnt die Eskalation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no contact listed)</source>
        <translation>(kein Kontakt angegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to reach %1</source>
        <translation>So erreichen Sie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the contact of %1</source>
        <translation>Kontakt von %1 kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark notified</source>
        <translation>Als benachrichtigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that %1 was notified now, by you</source>
        <translation>Festhalten, dass %1 jetzt von Ihnen benachrichtigt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that %1 was notified</source>
        <translation>Festhalten, dass %1 benachrichtigt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark acknowledged</source>
        <translation>Als bestätigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that %1 acknowledged now</source>
        <translation>Festhalten, dass %1 jetzt bestätigt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that %1 acknowledged</source>
        <translation>Festhalten, dass %1 bestätigt hat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered by the incident&apos;s severity: %1. Branches: %2.</source>
        <translation>Beantwortet durch den Schweregrad des Vorfalls: %1. Zweige: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered by the incident&apos;s severity. Branches: %1.</source>
        <translation>Beantwortet durch den Schweregrad des Vorfalls. Zweige: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is this incident a data breach? %1 Branches: %2.</source>
        <translation>Ist dieser Vorfall eine Datenpanne? %1 Zweige: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not decided yet.</source>
        <translation>Noch nicht entschieden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered: yes.</source>
        <translation>Beantwortet: ja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered: no.</source>
        <translation>Beantwortet: nein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, a data breach</source>
        <translation>Ja, eine Datenpanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breach</source>
        <translation>Keine Datenpanne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decided: %1. Branches: %2.</source>
        <translation>Entschieden: %1. Zweige: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commander decides. Branches: %1.</source>
        <translation>Die Leitung entscheidet. Zweige: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose “%1”</source>
        <translation>„%1“ wählen</translation>
    </message>
</context>
<context>
    <name>ic::EscalationPane</name>
    <message>
        <location filename="../ui/escalation/EscalationPane.cpp" line="+59"/>
        <source>Recorded: %1 notified at %2.</source>
        <translation>Festgehalten: %1 wurde %2 benachrichtigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: %1 acknowledged at %2.</source>
        <translation>Festgehalten: %1 hat %2 bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported the escalation policy “%1” into this workspace; it is now the workspace&apos;s policy.</source>
        <translation>Die Eskalationsrichtlinie „%1“ wurde in diesen Arbeitsbereich importiert; sie ist jetzt die Richtlinie des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The escalation graph of “%1” is now flowchart %2 of the document (line %3).</source>
        <translation>Der Eskalationsgraph von „%1“ ist jetzt Flussdiagramm %2 des Dokuments (Zeile %3).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace&apos;s escalation policy (shared by everyone in it)</source>
        <translation>Die Eskalationsrichtlinie des Arbeitsbereichs (gilt für alle darin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Policy…</source>
        <translation>Richtlinie &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Add the team&apos;s own policy file (Markdown with a mermaid graph and a contact table) to this workspace</source>
        <translation>Die eigene Richtliniendatei des Teams (Markdown mit einem Mermaid-Graphen und einer Kontakttabelle) zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Flowchart:</source>
        <translation>&amp;Flussdiagramm:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data &amp;breach:</source>
        <translation>&amp;Datenpanne:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole Graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/escalation/EscalationLadder.cpp" line="+58"/>
        <source>Escalation path of this incident</source>
        <translation>Eskalationspfad dieses Vorfalls</translation>
    </message>
    <message>
        <location filename="../ui/escalation/EscalationPane.cpp" line="+91"/>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — has errors</source>
        <translation>%1 – fehlerhaft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The escalation policy “%1” has errors, so it cannot be drawn. Choose another policy or import a corrected file.</source>
        <translation>Die Eskalationsrichtlinie „%1“ enthält Fehler und kann daher nicht gezeichnet werden. Wählen Sie eine andere Richtlinie, oder importieren Sie eine korrigierte Datei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>untitled, line %1</source>
        <translation>ohne Titel, Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 (nodes: %3)</source>
        <translation>%1. %2 (Knoten: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flowchart %1 of the document, at line %2</source>
        <translation>Flussdiagramm %1 des Dokuments, in Zeile %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document has %1 flowcharts; choose the one that is the escalation path</source>
        <translation>Das Dokument hat %1 Flussdiagramme; wählen Sie das, das den Eskalationspfad darstellt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select an incident to see its escalation path.</source>
        <translation>Wählen Sie einen Vorfall aus, um seinen Eskalationspfad zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the escalation record…</source>
        <translation>Eskalationsprotokoll wird gelesen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone on this incident&apos;s path has been notified.</source>
        <translation>Alle auf dem Pfad dieses Vorfalls wurden benachrichtigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n escalation(s) overdue. </source>
        <translation>
            <numerusform>⚠ %n Eskalation überfällig. </numerusform>
            <numerusform>⚠ %n Eskalationen überfällig. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Import Escalation Policy</source>
        <translation>Eskalationsrichtlinie importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markdown policies (*.md *.markdown *.txt)</source>
        <translation>Markdown-Richtlinien (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported the graph to %1.</source>
        <translation>Graph nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/escalation/EscalationPane.h" line="+38"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>ic::EscalationPath</name>
    <message>
        <location filename="../models/escalation/EscalationPath.cpp" line="+85"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not on this incident&apos;s path</source>
        <translation>Nicht auf dem Pfad dieses Vorfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision needed</source>
        <translation>Entscheidung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To notify</source>
        <translation>Zu benachrichtigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 — no further escalation</source>
        <translation>%1 – keine weitere Eskalation</translation>
    </message>
</context>
<context>
    <name>ic::EscalationPolicies</name>
    <message>
        <location filename="../models/escalation/EscalationPolicyContacts.cpp" line="+170"/>
        <source>Line %1 (%2): %3 It is shown as written, with no deadline tracked.</source>
        <translation>Zeile %1 (%2): %3 Sie wird wie geschrieben angezeigt, ohne überwachte Frist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 (%2): the condition %3 is neither a severity (e.g. P0/P1) nor “Data breach”; its deadline is shown but not tracked.</source>
        <translation>Zeile %1 (%2): Die Bedingung %3 ist weder ein Schweregrad (z. B. P0/P1) noch „Data breach“; ihre Frist wird angezeigt, aber nicht überwacht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1: a contact row has no role, so it was left out; write who it is (e.g. “Security Team”).</source>
        <translation>Zeile %1: Eine Kontaktzeile hat keine Rolle und wurde weggelassen; schreiben Sie, wer es ist (z. B. „Security Team“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the role %2 is listed twice (also on line %3); the first row is used.</source>
        <translation>Zeile %1: Die Rolle %2 ist doppelt aufgeführt (auch in Zeile %3); die erste Zeile gilt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1: no node of the graph is called %2, so this contact is never reached; name a node like the role.</source>
        <translation>Zeile %1: Kein Knoten des Graphen heißt %2, daher wird dieser Kontakt nie erreicht; benennen Sie einen Knoten wie die Rolle.</translation>
    </message>
    <message>
        <location filename="../models/escalation/EscalationPolicyDeadlines.cpp" line="+134"/>
        <source>the escalation time %1 is not understood; write e.g. “Immediate”, “&lt;15 min”, “P0/P1: &lt;15 min” or “Data breach: &lt;1 hour”.</source>
        <translation>die Eskalationszeit %1 ist unverständlich; schreiben Sie z. B. „Immediate“, „&lt;15 min“, „P0/P1: &lt;15 min“ oder „Data breach: &lt;1 hour“.</translation>
    </message>
    <message>
        <location filename="../models/escalation/EscalationPolicy.cpp" line="+176"/>
        <location line="+219"/>
        <source>The file is larger than %1 KiB; an escalation policy is a short document. It was not read.</source>
        <translation>Die Datei ist größer als %1 KiB; eine Eskalationsrichtlinie ist ein kurzes Dokument. Sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No mermaid flowchart was found (```mermaid, &lt;div class=&quot;mermaid&quot;&gt; or ::: mermaid); an escalation policy needs one (“graph TD”, then e.g. “OnCall[On-Call Engineer] --&gt; Lead[Engineering Lead]”).</source>
        <translation>Kein Mermaid-Flussdiagramm gefunden (```mermaid, &lt;div class=&quot;mermaid&quot;&gt; oder ::: mermaid); eine Eskalationsrichtlinie braucht eines („graph TD“, dann z. B. „OnCall[On-Call Engineer] --&gt; Lead[Engineering Lead]“).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The document has %n flowchart(s); there is no flowchart number %1. Nothing was chosen.</source>
        <translation>
            <numerusform>Das Dokument hat %n Flussdiagramm; es gibt kein Flussdiagramm Nummer %1. Nichts wurde gewählt.</numerusform>
            <numerusform>Das Dokument hat %n Flussdiagramme; es gibt kein Flussdiagramm Nummer %1. Nichts wurde gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Line %1: the flowchart there (not the one shown) has %n problem(s); the first: %2</source>
        <translation>
            <numerusform>Zeile %1: Das Flussdiagramm dort (nicht das angezeigte) hat %n Problem; das erste: %2</numerusform>
            <numerusform>Zeile %1: Das Flussdiagramm dort (nicht das angezeigte) hat %n Probleme; das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 contains NUL bytes; it is not a Markdown document. Nothing was read.</source>
        <translation>%1 enthält NUL-Bytes; es ist kein Markdown-Dokument. Nichts wurde gelesen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a policy file.</source>
        <translation>%1 ist ein Ordner, keine Richtliniendatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 could not be read: %2.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>ic::EscalationRepository</name>
    <message>
        <location filename="../models/escalation/EscalationRepository.cpp" line="+42"/>
        <source>The %1 is empty. %2</source>
        <translation>Die Angabe „%1“ ist leer. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contains a NUL character (U+0000), which cannot be stored. %2</source>
        <translation>Die Angabe „%1“ enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 is longer than %2 characters. %3</source>
        <translation>Die Angabe „%1“ ist länger als %2 Zeichen. %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The incident no longer exists in this workspace. %1</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select another incident.</source>
        <translation>Wählen Sie einen anderen Vorfall aus.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <location line="+46"/>
        <location line="+81"/>
        <source>policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+98"/>
        <source>node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>node name</source>
        <translation>Knotenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+55"/>
        <source>name of who recorded it</source>
        <translation>Name der festhaltenden Person</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified %1</source>
        <translation>%1 benachrichtigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 acknowledged</source>
        <translation>%1 hat bestätigt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The data-breach answer was not changed.</source>
        <translation>Die Antwort zur Datenpanne wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Data breach: not decided</source>
        <translation>Datenpanne: nicht entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breach: yes</source>
        <translation>Datenpanne: ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data breach: no</source>
        <translation>Datenpanne: nein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The decision was not recorded.</source>
        <translation>Die Entscheidung wurde nicht festgehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chosen branch</source>
        <translation>Gewählter Zweig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision reopened: %1</source>
        <translation>Entscheidung wieder geöffnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided %1 %2</source>
        <translation>Entschieden: %1 %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The policy was not imported; nothing was changed.</source>
        <translation>Die Richtlinie wurde nicht importiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of who imported it</source>
        <translation>Name der importierenden Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is the name of a built-in policy. Rename the file and import it again. %2</source>
        <translation>„%1“ ist der Name einer integrierten Richtlinie. Benennen Sie die Datei um und importieren Sie sie erneut. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file contains NUL bytes; it is not a Markdown document. %1</source>
        <translation>Die Datei enthält NUL-Bytes; sie ist kein Markdown-Dokument. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no flowchart number %1. %2</source>
        <translation>Es gibt kein Flussdiagramm Nummer %1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>…and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy “%1” has errors and was not imported; nothing was changed. Fix the file (incident-commander escalation check FILE lists every problem) and import it again.</source>
        <translation>Die Richtlinie „%1“ enthält Fehler und wurde nicht importiert; es wurde nichts geändert. Korrigieren Sie die Datei (incident-commander escalation check DATEI listet alle Probleme auf) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The policy&apos;s graph was not changed.</source>
        <translation>Der Graph der Richtlinie wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a built-in policy with one flowchart. %2</source>
        <translation>„%1“ ist eine integrierte Richtlinie mit nur einem Flussdiagramm. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No imported policy is named “%1”. %2</source>
        <translation>Keine importierte Richtlinie heißt „%1“. %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace keeps its escalation policy.</source>
        <translation>Der Arbeitsbereich behält seine Eskalationsrichtlinie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no escalation policy called “%1” in this workspace. %2</source>
        <translation>In diesem Arbeitsbereich gibt es keine Eskalationsrichtlinie namens „%1“. %2</translation>
    </message>
</context>
<context>
    <name>ic::EscalationStore</name>
    <message>
        <location filename="../models/escalation/EscalationStore.cpp" line="+37"/>
        <source>This is a read-only reviewer profile; %1 was not recorded. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; %1 wurde nicht festgehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the notification</source>
        <translation>die Benachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the acknowledgement</source>
        <translation>die Bestätigung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the data-breach answer</source>
        <translation>die Antwort zur Datenpanne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the decision</source>
        <translation>die Entscheidung</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+36"/>
        <source>the policy</source>
        <translation>die Richtlinie</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 is larger than %2 KiB; an escalation policy is a short document. Nothing was imported.</source>
        <translation>%1 ist größer als %2 KiB; eine Eskalationsrichtlinie ist ein kurzes Dokument. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be read (%2). Nothing was imported.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the choice of policy</source>
        <translation>die Wahl der Richtlinie</translation>
    </message>
</context>
<context>
    <name>ic::EventEncoding</name>
    <message>
        <location filename="../models/record/RecordEvent.cpp" line="+51"/>
        <source>A recorded event cannot be read: %1</source>
        <translation>Ein aufgezeichnetes Ereignis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>it is larger than %1 bytes.</source>
        <translation>es ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with the event magic.</source>
        <translation>es beginnt nicht mit der Ereigniskennung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its encoding version %1 is unknown.</source>
        <translation>seine Kodierungsversion %1 ist unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it ends inside a field.</source>
        <translation>es endet innerhalb eines Feldes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a field is longer than the data.</source>
        <translation>ein Feld ist länger als die Daten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there are bytes after the last field.</source>
        <translation>nach dem letzten Feld folgen noch Bytes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its details are not a JSON object.</source>
        <translation>seine Details sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its backdated flag is not 0 or 1.</source>
        <translation>sein Rückdatierungs-Kennzeichen ist nicht 0 oder 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a text field is not valid UTF-8.</source>
        <translation>ein Textfeld ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number field is not 8 bytes.</source>
        <translation>ein Zahlenfeld ist nicht 8 Bytes lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its leaf index is negative.</source>
        <translation>sein Blattindex ist negativ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not in canonical form.</source>
        <translation>es ist nicht in kanonischer Form.</translation>
    </message>
</context>
<context>
    <name>ic::EventLog</name>
    <message>
        <location filename="../models/timeline/EventLog.cpp" line="+77"/>
        <location line="+111"/>
        <source>The incident no longer exists in this workspace; nothing was recorded.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr; es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Nothing was recorded: every event is signed by the person who records it, and this workstation has no signing key of yours registered in this workspace (the keychain could not give one, or the workspace refused to register it). Check that the keychain is unlocked and open the workspace again.</source>
        <translation>Es wurde nichts aufgezeichnet: Jedes Ereignis wird von der Person signiert, die es aufzeichnet, und diese Arbeitsstation hat keinen in diesem Arbeitsbereich registrierten Signaturschlüssel von Ihnen (der Schlüsselbund konnte keinen liefern, oder der Arbeitsbereich hat die Registrierung abgelehnt). Prüfen Sie, ob der Schlüsselbund entsperrt ist, und öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The workspace&apos;s record has no log head (it was deleted or the workspace is damaged); nothing was recorded.</source>
        <translation>Das Protokoll des Arbeitsbereichs hat keinen Log-Kopf (er wurde gelöscht, oder der Arbeitsbereich ist beschädigt); es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace&apos;s record says it holds %1 events but its tree holds %2: it was damaged or edited. Nothing was recorded.</source>
        <translation>Das Protokoll des Arbeitsbereichs gibt %1 Ereignisse an, sein Baum enthält aber %2: Es wurde beschädigt oder bearbeitet. Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No incident with this id exists in the workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Vorfall mit dieser ID.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event %1 is missing: the record jumps from event %2 to %3 (a row was deleted).</source>
        <translation>Ereignis %1 fehlt: Die Aufzeichnung springt von Ereignis %2 zu %3 (eine Zeile wurde gelöscht).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event %1 appears twice or out of order (a row was inserted or renumbered).</source>
        <translation>Ereignis %1 kommt doppelt oder an falscher Stelle vor (eine Zeile wurde eingefügt oder umnummeriert).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event %1 does not follow event %2: its link to the previous event is wrong (rows were reordered or inserted).</source>
        <translation>Ereignis %1 folgt nicht auf Ereignis %2: Die Verknüpfung zum vorherigen Ereignis stimmt nicht (Zeilen wurden umsortiert oder eingefügt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event %1 (%2, %3) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Ereignis %1 (%2, %3) wurde nach der Aufzeichnung verändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record ends at event %1 but %2 were written: the last events were deleted.</source>
        <translation>Die Aufzeichnung endet bei Ereignis %1, geschrieben wurden aber %2: Die letzten Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record does not end where the incident says it does (events were added or the head was changed).</source>
        <translation>Die Aufzeichnung endet nicht dort, wo der Vorfall es angibt (Ereignisse wurden hinzugefügt oder das Ende wurde verändert).</translation>
    </message>
</context>
<context>
    <name>ic::EvidenceBundle</name>
    <message>
        <location filename="../models/evidence/EvidenceBundle.cpp" line="+136"/>
        <source>An extract&apos;s name becomes a file name: use 1–64 letters, digits, - or _ (&quot;%1&quot; is not). Nothing was added.</source>
        <translation>Der Name eines Auszugs wird zum Dateinamen: Verwenden Sie 1–64 Buchstaben, Ziffern, - oder _ („%1“ ist ungültig). Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An extract is one read-only SELECT (no semicolons). Nothing was added.</source>
        <translation>Ein Auszug ist ein einzelnes, nur lesendes SELECT (ohne Semikolon). Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This incident already has an extract named &quot;%1&quot;. Nothing was added.</source>
        <translation>Dieser Vorfall hat bereits einen Auszug namens „%1“. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the evidence extract &quot;%1&quot;</source>
        <translation>Beweismittelauszug „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not empty; a bundle goes into a new or empty folder so nothing else ends up in it. Nothing was written.</source>
        <translation>%1 ist nicht leer; ein Paket kommt in einen neuen oder leeren Ordner, damit nichts anderes hineingerät. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The stored extract &quot;%1&quot; was changed outside Incident Commander and is not valid any more, so no bundle was written and nothing was run. Remove it or add it again.</source>
        <translation>Der gespeicherte Auszug „%1“ wurde außerhalb von Incident Commander geändert und ist nicht mehr gültig; daher wurde kein Paket geschrieben und nichts ausgeführt. Entfernen Sie ihn oder fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create the folder %1. Nothing was written.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the timeline</source>
        <translation>Zeitachse wird geschrieben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The extract name &quot;%1&quot; would leave the bundle folder. Nothing was written.</source>
        <translation>Der Auszugsname „%1“ würde aus dem Paketordner hinausführen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The extract &quot;%1&quot; failed: %2 Nothing was written.</source>
        <translation>Der Auszug „%1“ ist fehlgeschlagen: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Exported an evidence bundle (%n file(s))</source>
        <translation>
            <numerusform>Beweismittelpaket exportiert (%n Datei)</numerusform>
            <numerusform>Beweismittelpaket exportiert (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/evidence/EvidenceBundleVerify.cpp" line="+56"/>
        <source>(and more)</source>
        <translation>(und weitere)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not the file the manifest lists; the record was not checked further.</source>
        <translation>%1 ist nicht die Datei, die das Manifest nennt; das Protokoll wurde nicht weiter geprüft.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The checkpoint is not the one the manifest names (log, size or root hash differ).</source>
        <translation>Der Checkpoint ist nicht der, den das Manifest nennt (Log, Größe oder Wurzel-Hash weichen ab).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checkpoint&apos;s signature by %1 does not hold.</source>
        <translation>Die Signatur des Checkpoints durch %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the checkpoint (by no key the bundle names)</source>
        <translation>der Checkpoint (durch keinen Schlüssel, den das Paket nennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the checkpoint (by %1)</source>
        <translation>der Checkpoint (durch %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The inclusion proofs are for another log or tree size.</source>
        <translation>Die Inklusionsbeweise gelten für ein anderes Log oder eine andere Baumgröße.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest lists %1 events; events.jsonl holds %2.</source>
        <translation>Das Manifest nennt %1 Ereignisse; events.jsonl enthält %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event %1 (leaf %2)</source>
        <translation>Ereignis %1 (Blatt %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another incident.</source>
        <translation>%1 gehört zu einem anderen Vorfall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of order: events were removed, added or reordered.</source>
        <translation>%1 steht nicht in der Reihenfolge: Ereignisse wurden entfernt, hinzugefügt oder umgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no inclusion proof.</source>
        <translation>%1 hat keinen Inklusionsbeweis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in the signed record: its inclusion proof fails (the event was changed after it was recorded).</source>
        <translation>%1 ist nicht im signierten Protokoll: sein Inklusionsbeweis schlägt fehl (das Ereignis wurde nach der Aufzeichnung geändert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the author&apos;s signature by %2 does not hold.</source>
        <translation>%1: Die Signatur des Verfassers durch %2 ist ungültig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>events signed by %1</source>
        <translation>Ereignisse, signiert von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not an evidence bundle: manifest.json, manifest.json.sig or public_key.pem is missing.</source>
        <translation>%1 ist kein Beweismittelpaket: manifest.json, manifest.json.sig oder public_key.pem fehlt.</translation>
    </message>
</context>
<context>
    <name>ic::EvidencePane</name>
    <message>
        <location filename="../ui/evidence/EvidencePane.cpp" line="+42"/>
        <source>A bundle holds the incident&apos;s timeline with its hash chain, the latest review and every extract below, with a manifest of SHA-256 hashes signed by your evidence key. Anyone can verify it later.</source>
        <translation>Ein Paket enthält die Zeitachse des Vorfalls mit ihrer Hash-Kette, die neueste Nachbetrachtung und alle unten aufgeführten Auszüge, dazu ein mit Ihrem Beweismittelschlüssel signiertes Manifest der SHA-256-Hashes. Jeder kann es später überprüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extract</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extracts in the bundle</source>
        <translation>Auszüge im Paket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Extract…</source>
        <translation>Auszug hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Bundle…</source>
        <translation>Paket exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a Bundle…</source>
        <translation>Paket überprüfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate Signing Key Pair…</source>
        <translation>Signaturschlüsselpaar erzeugen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Token Compromise playbook&apos;s step: a new key pair for signing tokens (RSA-2048, EC P-256 or Ed25519)</source>
        <translation>Schritt aus dem Playbook zur Token-Kompromittierung: ein neues Schlüsselpaar zum Signieren von Tokens (RSA-2048, EC P-256 oder Ed25519)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A reviewer profile can verify bundles only</source>
        <translation>Ein Prüferprofil kann Pakete nur überprüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your evidence signing key lives in your keychain; its fingerprint is shown after the first export.</source>
        <translation>Ihr Signaturschlüssel für Beweismittel liegt in Ihrem Schlüsselbund; sein Fingerabdruck wird nach dem ersten Export angezeigt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add an Extract</source>
        <translation>Auszug hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. victim-activity (becomes the file name)</source>
        <translation>z. B. victim-activity (wird zum Dateinamen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELECT * FROM audit_logs WHERE user_id = ? ORDER BY timestamp</source>
        <translation>SELECT * FROM audit_logs WHERE user_id = ? ORDER BY timestamp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One value per line, for each ? in order</source>
        <translation>Ein Wert pro Zeile, für jedes ? der Reihe nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose Where to Put the Bundle</source>
        <translation>Speicherort für das Paket wählen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+214"/>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>The extracts are read from the audit database %1, and its password is neither in this session nor in the keychain. Connect to it once in the Audit view (it asks for the password), then export again. Nothing was exported.</source>
        <translation>Die Auszüge werden aus der Audit-Datenbank %1 gelesen, und ihr Passwort ist weder in dieser Sitzung noch im Schlüsselbund. Verbinden Sie sich einmal in der Audit-Ansicht mit ihr (sie fragt nach dem Passwort) und exportieren Sie dann erneut. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../models/evidence/EvidenceStore.cpp" line="+88"/>
        <source>Could not connect to the audit database %1 that holds the extracts. Nothing was exported.</source>
        <translation>Keine Verbindung zur Audit-Datenbank %1, die die Auszüge enthält. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidencePane.cpp" line="+19"/>
        <source>Your evidence signing key: %1</source>
        <translation>Ihr Signaturschlüssel für Beweismittel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported and signed %n file(s) to %1. Its fingerprint: %2</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert und signiert. Fingerabdruck des Schlüssels: %2</numerusform>
            <numerusform>%n Dateien nach %1 exportiert und signiert. Fingerabdruck des Schlüssels: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Bundle&apos;s Folder</source>
        <translation>Ordner eines Pakets wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifying…</source>
        <translation>Wird überprüft …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The bundle for %1 is intact: every file matches, every event is in its signed checkpoint, and the signature by %2 holds.</source>
        <translation>Das Paket zu %1 ist unversehrt: jede Datei stimmt, jedes Ereignis steht in seinem signierten Checkpoint, und die Signatur durch %2 ist gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle for %1 is intact: every file matches, and the signature by %2 holds.</source>
        <translation>Das Paket für %1 ist unverändert: Alle Dateien stimmen überein, und die Signatur von %2 ist gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether that key is trusted is not checked here: compare its fingerprint with the workspace&apos;s trusted keys.</source>
        <translation>Ob dieser Schlüssel vertrauenswürdig ist, wird hier nicht geprüft: Vergleichen Sie seinen Fingerabdruck mit den vertrauenswürdigen Schlüsseln des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature does not hold (key %1).</source>
        <translation>Die Signatur ist ungültig (Schlüssel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle in %1 was changed after it was signed.
%2</source>
        <translation>Das Paket in %1 wurde nach dem Signieren geändert.
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Generate a Signing Key Pair</source>
        <translation>Signaturschlüsselpaar erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RSA-2048 (the playbook&apos;s choice)</source>
        <translation>RSA-2048 (Vorgabe des Playbooks)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: encrypts the private key</source>
        <translation>Optional: verschlüsselt den privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Algorithm</source>
        <translation>&amp;Algorithmus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes NAME.pem (private, mode 0600) and NAME.pub.pem</source>
        <translation>Schreibt NAME.pem (privat, Modus 0600) und NAME.pub.pem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrases differ. No key was written.</source>
        <translation>Die Passphrasen stimmen nicht überein. Es wurde kein Schlüssel geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generated a %1 key pair: %2 (private, readable only by you) and %3. Public key fingerprint %4.</source>
        <translation>%1-Schlüsselpaar erzeugt: %2 (privat, nur für Sie lesbar) und %3. Fingerabdruck des öffentlichen Schlüssels: %4.</translation>
    </message>
    <message>
        <location filename="../models/evidence/EvidenceStore.cpp" line="+33"/>
        <source>Generated a new %1 signing key pair (%2)</source>
        <translation>Neues %1-Signaturschlüsselpaar erzeugt (%2)</translation>
    </message>
    <message>
        <location filename="../ui/evidence/EvidencePane.h" line="+31"/>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
</context>
<context>
    <name>ic::Extract</name>
    <message>
        <location filename="../models/evidence/Extract.cpp" line="+82"/>
        <source>Could not create %1 (%2).</source>
        <translation>%1 konnte nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>Writing %1 failed (%2).</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The SQLite connection is not open.</source>
        <translation>Die SQLite-Verbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>The extract&apos;s query could not be prepared. Nothing was exported.</source>
        <translation>Die Abfrage des Auszugs konnte nicht vorbereitet werden. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>An extract may only read: this query would change data (or is more than one statement), so it was refused. Nothing was exported and nothing was changed.</source>
        <translation>Ein Auszug darf nur lesen: Diese Abfrage würde Daten ändern (oder besteht aus mehr als einer Anweisung) und wurde daher abgelehnt. Es wurde nichts exportiert und nichts geändert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+168"/>
        <source>The extract&apos;s query failed. Nothing was exported.</source>
        <translation>Die Abfrage des Auszugs ist fehlgeschlagen. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+170"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The extract could not start a read-only transaction. Nothing was exported.</source>
        <translation>Für den Auszug konnte keine schreibgeschützte Transaktion gestartet werden. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Reading the extract failed. Nothing was exported.</source>
        <translation>Das Lesen des Auszugs ist fehlgeschlagen. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No PostgreSQL connection.</source>
        <translation>Keine PostgreSQL-Verbindung.</translation>
    </message>
</context>
<context>
    <name>ic::GraphLayouter</name>
    <message>
        <location filename="../models/escalation/GraphLayout.cpp" line="+97"/>
        <source>The graph could not be laid out: sizes are missing for some nodes or arrows.</source>
        <translation>Der Graph konnte nicht angeordnet werden: Für einige Knoten oder Pfeile fehlen Größenangaben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Graphviz could not start, so the graph cannot be drawn. Check that the graphviz libraries are installed.</source>
        <translation>Graphviz konnte nicht gestartet werden, daher kann der Graph nicht gezeichnet werden. Prüfen Sie, ob die Graphviz-Bibliotheken installiert sind.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Graphviz could not lay out the graph, so it is shown as a list only. Nothing was changed.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen, daher wird er nur als Liste angezeigt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::IncidentClocks</name>
    <message>
        <location filename="../models/session/IncidentClocks.cpp" line="+107"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulatory</source>
        <translation>Meldefrist</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>acknowledgement</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>ic::IncidentDetailPane</name>
    <message>
        <location filename="../ui/incidents/IncidentDetailPane.cpp" line="+60"/>
        <source>Select an incident, or press Ctrl+N to open a new one.</source>
        <translation>Wählen Sie einen Vorfall aus oder drücken Sie Strg+N, um einen neuen zu eröffnen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take command</source>
        <translation>Leitung übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make yourself the commander and acknowledge (Ctrl+T)</source>
        <translation>Selbst die Leitung übernehmen und den Vorfall bestätigen (Strg+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened, what is affected, what is being done.</source>
        <translation>Was ist passiert, was ist betroffen, was wird unternommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User IDs, separated by commas</source>
        <translation>Benutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant IDs, separated by commas</source>
        <translation>Mandanten-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key IDs, separated by commas</source>
        <translation>API-Schlüssel-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation became aware now: regulatory clocks start</source>
        <translation>Die Organisation hat jetzt Kenntnis erlangt: Die gesetzlichen Meldefristen beginnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity / &amp;status</source>
        <translation>Schweregrad / &amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commander</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected &amp;users</source>
        <translation>Betroffene &amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected te&amp;nants</source>
        <translation>Betroffene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected API &amp;keys</source>
        <translation>Betroffene &amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detected at</source>
        <translation>&amp;Erkannt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became &amp;aware at</source>
        <translation>&amp;Kenntnis erlangt am</translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentActivity.cpp" line="+31"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note to the record (Ctrl+Shift+N), Enter to add</source>
        <translation>Eine Notiz zum Protokoll hinzufügen (Strg+Umschalt+N), mit Eingabe übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Activity&lt;/b&gt; — every change, with who and when</source>
        <translation>&lt;b&gt;Aktivität&lt;/b&gt; – jede Änderung, mit Person und Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentDetailPane.cpp" line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Response target for %1: %2 — due %3 — &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Reaktionsziel für %1: %2 – fällig %3 – &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (acknowledged %1)</source>
        <translation> (bestätigt %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · closed %1</source>
        <translation> · geschlossen %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved on this workstation — sent when back online</source>
        <translation>Auf diesem Rechner gespeichert – wird übertragen, sobald wieder online</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — theirs: “%2”, yours: “%3”</source>
        <translation>%1 – dort: „%2“, Ihre: „%3“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affected users</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected tenants</source>
        <translation>Betroffene Mandanten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affected API keys</source>
        <translation>Betroffene API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed this incident while you were editing (%2). Your change was not saved yet.
%3</source>
        <translation>%1 hat diesen Vorfall geändert, während Sie ihn bearbeitet haben (%2). Ihre Änderung ist noch nicht gespeichert.
%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
</context>
<context>
    <name>ic::IncidentHeader</name>
    <message>
        <location filename="../ui/shell/IncidentHeader.cpp" line="+84"/>
        <source>Selected incident</source>
        <translation>Ausgewählter Vorfall</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incident selected</source>
        <translation>Kein Vorfall ausgewählt</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: not started — set “became aware”</source>
        <translation>%1: nicht begonnen – „Kenntnis erlangt“ setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 OVERDUE (by %3)</source>
        <translation>%1: %2 ÜBERFÄLLIG (um %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: OVERDUE by %2</source>
        <translation>%1: um %2 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: due in %2</source>
        <translation>%1: fällig in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledge the incident (take command) before the response target.</source>
        <translation>Bestätigen Sie den Vorfall (Leitung übernehmen), bevor das Reaktionsziel abläuft.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next to notify: %1. %n contact(s) still to reach.</source>
        <translation>
            <numerusform>Als Nächstes benachrichtigen: %1. Noch %n Kontakt zu erreichen.</numerusform>
            <numerusform>Als Nächstes benachrichtigen: %1. Noch %n Kontakte zu erreichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next step: “%1”. %n step(s) still open with a deadline.</source>
        <translation>
            <numerusform>Nächster Schritt: „%1“. %n Schritt mit Frist ist noch offen.</numerusform>
            <numerusform>Nächster Schritt: „%1“. %n Schritte mit Frist sind noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 applies but has not started: say when the organisation became aware.</source>
        <translation>%1 gilt, hat aber nicht begonnen: Geben Sie an, wann die Organisation Kenntnis erlangt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nearest notification deadline: %1.</source>
        <translation>Nächste Meldefrist: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due %1.</source>
        <translation>Fällig %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to go there.</source>
        <translation>Klicken, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No commander</source>
        <translation>Keine Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander: %1</source>
        <translation>Leitung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected %1 ago</source>
        <translation>Erkannt vor %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>When the organisation became aware starts every notification clock; it is recorded with your name.</source>
        <translation>Mit dem Zeitpunkt der Kenntniserlangung beginnen alle Meldefristen; er wird mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Became aware at acknowledgement (%1)</source>
        <translation>Kenntnis erlangt bei der Bestätigung (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Became aware now</source>
        <translation>Kenntnis jetzt erlangt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Became aware at a time…</source>
        <translation>Kenntnis erlangt zu einem Zeitpunkt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Became Aware</source>
        <translation>Kenntnis erlangt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When did the organisation become aware of the incident?</source>
        <translation>Wann hat die Organisation von dem Vorfall Kenntnis erlangt?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not applicable — say why…</source>
        <translation>Nicht zutreffend – Begründung angeben…</translation>
    </message>
</context>
<context>
    <name>ic::IncidentListModel</name>
    <message>
        <location filename="../models/incidents/IncidentListModel.cpp" line="+93"/>
        <source>%1 response target: %2 (due %3)</source>
        <translation>Reaktionsziel %1: %2 (fällig %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No regulatory clock runs for this incident</source>
        <translation>Für diesen Vorfall läuft keine Meldefrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due %2</source>
        <translation>%1 fällig %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: set the time the organisation became aware to start it</source>
        <translation>%1: Setzen Sie den Zeitpunkt der Kenntnisnahme, um die Frist zu starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due only if it turns out to apply (undecided).</source>
        <translation>Nur fällig, falls sie sich als zutreffend erweist (nicht entschieden).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clock(s) running; this one is due first.</source>
        <translation>
            <numerusform>%n Meldefrist läuft; diese ist zuerst fällig.</numerusform>
            <numerusform>%n Meldefristen laufen; diese ist zuerst fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BREAK-GLASS: a containment action of this incident ran without a second person&apos;s approval (see its timeline).</source>
        <translation>BREAK-GLASS: Eine Eindämmungsaktion dieses Vorfalls wurde ohne Genehmigung einer zweiten Person ausgeführt (siehe Zeitachse).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[BREAK-GLASS] %1</source>
        <translation>[BREAK-GLASS] %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/incidents/IncidentListPane.cpp" line="+305"/>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulatory</source>
        <translation>Meldefristen</translation>
    </message>
</context>
<context>
    <name>ic::IncidentListPane</name>
    <message>
        <location filename="../ui/incidents/IncidentListPane.cpp" line="-243"/>
        <source>Active incidents</source>
        <translation>Aktive Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed incidents</source>
        <translation>Geschlossene Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P%1 only</source>
        <translation>Nur P%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search ID, title, people, tenants, keys (Ctrl+F)</source>
        <translation>ID, Titel, Personen, Mandanten, Schlüssel suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message numerus="yes">
        <location line="+287"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ic::IncidentRepository</name>
    <message>
        <location filename="../models/incidents/IncidentRepository.cpp" line="+84"/>
        <source>The %1 contains a NUL character (U+0000), which cannot be stored; remove it and try again. %2</source>
        <translation>Das Feld „%1“ enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann; entfernen Sie es und versuchen Sie es erneut. %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The incident no longer exists in this workspace.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An incident needs a title. Nothing was created.</source>
        <translation>Ein Vorfall braucht einen Titel. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title is longer than 300 characters; keep the details for the summary. Nothing was created.</source>
        <translation>Der Titel ist länger als 300 Zeichen; Einzelheiten gehören in die Zusammenfassung. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The became-aware time is more than a year before detection; check the date. Nothing was created.</source>
        <translation>Der Zeitpunkt der Kenntnisnahme liegt mehr als ein Jahr vor der Erkennung; prüfen Sie das Datum. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list of affected users</source>
        <translation>Liste der betroffenen Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list of affected tenants</source>
        <translation>Liste der betroffenen Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list of affected API keys</source>
        <translation>Liste der betroffenen API-Schlüssel</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Could not number the new incident.</source>
        <translation>Der neue Vorfall konnte nicht nummeriert werden.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Opened %1 %2: %3</source>
        <translation>%1 %2 eröffnet: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was changed by %2 at %3 while you were editing. Your change was not saved; compare both values and choose.</source>
        <translation>%1 wurde um %3 von %2 geändert, während Sie bearbeitet haben. Ihre Änderung wurde nicht gespeichert; vergleichen Sie beide Werte und wählen Sie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+37"/>
        <location line="+14"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>An incident needs a title. The title was not changed.</source>
        <translation>Ein Vorfall braucht einen Titel. Der Titel wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed the incident</source>
        <translation>Vorfall geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened the incident (%1)</source>
        <translation>Vorfall wieder geöffnet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Affected users</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected tenants</source>
        <translation>Betroffene Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affected API keys</source>
        <translation>Betroffene API-Schlüssel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detected at</source>
        <translation>Erkannt am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The detection time cannot be empty. Nothing was changed.</source>
        <translation>Der Erkennungszeitpunkt darf nicht leer sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Became aware at</source>
        <translation>Kenntnis erlangt am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was changed by someone else while you were editing. Your change was not saved.</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie bearbeitet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The note is empty. Nothing was added.</source>
        <translation>Die Notiz ist leer. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This workspace has no severity policy yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Schweregrad-Richtlinie.</translation>
    </message>
</context>
<context>
    <name>ic::IncidentStore</name>
    <message>
        <location filename="../models/incidents/IncidentStore.cpp" line="+65"/>
        <source>This is a read-only reviewer profile; incidents cannot be created. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; Vorfälle können nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(offline)</source>
        <translation>(offline)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This is a read-only reviewer profile; the incident was not changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; der Vorfall wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved on this workstation: the team database cannot be reached. It is sent when the database is back.</source>
        <translation>Auf diesem Rechner gespeichert: Die Team-Datenbank ist nicht erreichbar. Die Änderung wird übertragen, sobald die Datenbank wieder verfügbar ist.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This is a read-only reviewer profile; the note was not added.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; die Notiz wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The note is saved on this workstation and added to the record when the team database is back.</source>
        <translation>Die Notiz ist auf diesem Rechner gespeichert und wird zum Protokoll hinzugefügt, sobald die Team-Datenbank wieder verfügbar ist.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This is a read-only reviewer profile; the severity policy was not changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; die Schweregrad-Richtlinie wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../models/incidents/IncidentStoreJournal.cpp" line="+314"/>
        <source>An edit kept on this workstation was not accepted by the team database: %1 It stays in the journal until you decide what to do with it.</source>
        <translation>Eine auf diesem Rechner gespeicherte Änderung wurde von der Team-Datenbank nicht angenommen: %1 Sie bleibt im Journal, bis Sie entscheiden, was damit geschehen soll.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No journal is open.</source>
        <translation>Es ist kein Journal geöffnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This kept edit is no longer in the journal.</source>
        <translation>Diese gespeicherte Änderung ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a change to an incident can be applied over the current version.</source>
        <translation>Nur eine Änderung an einem Vorfall kann auf die aktuelle Version angewendet werden.</translation>
    </message>
</context>
<context>
    <name>ic::Investigations</name>
    <message>
        <location filename="../models/audit/Investigation.cpp" line="-252"/>
        <source>A user&apos;s activity in the last 24 hours</source>
        <translation>Aktivität eines Benutzers in den letzten 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token compromise, step 2: every audit row of the user in the last 24 hours, newest first.</source>
        <translation>Token-Kompromittierung, Schritt 2: alle Audit-Zeilen des Benutzers aus den letzten 24 Stunden, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An API key&apos;s last 100 uses</source>
        <translation>Die letzten 100 Verwendungen eines API-Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected API key leak, triage: the key&apos;s 100 most recent audit rows.</source>
        <translation>Verdacht auf geleakten API-Schlüssel, Triage: die 100 neuesten Audit-Zeilen des Schlüssels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Distinct IPs of an API key in the last 24 hours</source>
        <translation>Verschiedene IPs eines API-Schlüssels in den letzten 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected API key leak, triage: every IP address the key was used from in the last 24 hours.</source>
        <translation>Verdacht auf geleakten API-Schlüssel, Triage: alle IP-Adressen, von denen aus der Schlüssel in den letzten 24 Stunden verwendet wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tenants whose queries exceeded 1,000,000 bytes in the last hour</source>
        <translation>Mandanten, deren Abfragen in der letzten Stunde 1.000.000 Bytes überschritten haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected database exfiltration, triage: tenants by the total size of their queries in the last hour.</source>
        <translation>Verdacht auf Datenbank-Exfiltration, Triage: Mandanten nach Gesamtgröße ihrer Abfragen in der letzten Stunde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More than (bytes)</source>
        <translation>Mehr als (Bytes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RLS bypass attempts</source>
        <translation>RLS-Umgehungsversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected database exfiltration, triage: rows whose metadata records an attempt to bypass row-level security.</source>
        <translation>Verdacht auf Datenbank-Exfiltration, Triage: Zeilen, deren Metadaten einen Versuch verzeichnen, die Sicherheit auf Zeilenebene (RLS) zu umgehen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The saved time for %1 is not a valid time. Nothing was run.</source>
        <translation>Die gespeicherte Zeit für %1 ist keine gültige Zeit. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a whole number. Nothing was run.</source>
        <translation>%1 muss eine ganze Zahl sein. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; needs a value for %2, and the selected incident names none. Enter one. Nothing was run.</source>
        <translation>„%1“ braucht einen Wert für %2, und der ausgewählte Vorfall nennt keinen. Geben Sie einen ein. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Give the investigation a name. Nothing was saved.</source>
        <translation>Geben Sie der Untersuchung einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than 200 characters. Nothing was saved.</source>
        <translation>Der Name ist länger als 200 Zeichen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no SQL to save. Nothing was saved.</source>
        <translation>Es gibt kein SQL zum Speichern. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the name of a built-in investigation. Choose another name. Nothing was saved.</source>
        <translation>„%1“ ist der Name einer integrierten Untersuchung. Wählen Sie einen anderen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An investigation named &quot;%1&quot; already exists (saved by %2). Choose another name. Nothing was saved.</source>
        <translation>Eine Untersuchung namens „%1“ existiert bereits (gespeichert von %2). Wählen Sie einen anderen Namen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ic::InvestigationsPanel</name>
    <message>
        <location filename="../ui/audit/InvestigationsPanel.cpp" line="+26"/>
        <source>Investigations</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name for the current query</source>
        <translation>Name für die aktuelle Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the explorer&apos;s filter (or the console&apos;s SQL, when the console is shown) for the whole team</source>
        <translation>Den Filter des Explorers (oder das SQL der Konsole, wenn die Konsole angezeigt wird) für das ganze Team speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL that ran</source>
        <translation>Ausgeführtes SQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy SQL and Values</source>
        <translation>SQL und Werte kopieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SQL and its values were copied.</source>
        <translation>Das SQL und seine Werte wurden kopiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (saved by %2)</source>
        <translation>%1 (gespeichert von %2)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>SQL that ran: %1</source>
        <translation>Ausgeführtes SQL: %1</translation>
    </message>
</context>
<context>
    <name>ic::IpNetwork</name>
    <message>
        <location filename="../models/audit/IpNetwork.cpp" line="+79"/>
        <source>Enter an IP address (203.0.113.7) or a network in CIDR form (203.0.113.0/24).</source>
        <translation>Geben Sie eine IP-Adresse (203.0.113.7) oder ein Netz in CIDR-Schreibweise (203.0.113.0/24) ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too long to be an IP address or network.</source>
        <translation>Das ist zu lang für eine IP-Adresse oder ein Netz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an IP address. Use dotted IPv4 (203.0.113.7, no leading zeros) or IPv6 (2001:db8::1), optionally with /prefix.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie IPv4 in Punktschreibweise (203.0.113.7, ohne führende Nullen) oder IPv6 (2001:db8::1), optional mit /Präfix.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network prefix &quot;/%1&quot; is not valid; it must be a number from 0 to %2.</source>
        <translation>Das Netzpräfix „/%1“ ist ungültig; es muss eine Zahl von 0 bis %2 sein.</translation>
    </message>
</context>
<context>
    <name>ic::JournalDialog</name>
    <message>
        <location filename="../ui/incidents/JournalDialog.cpp" line="+22"/>
        <source>title “%1”</source>
        <translation>Titel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commander %1</source>
        <translation>Leitung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>affected subjects</source>
        <translation>betroffene Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times</source>
        <translation>Zeitpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an incident</source>
        <translation>einem Vorfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New incident “%1”</source>
        <translation>Neuer Vorfall „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change to %1: %2</source>
        <translation>Änderung an %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note on %1: %2</source>
        <translation>Notiz zu %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An edit of a kind this version does not know</source>
        <translation>Eine Änderung einer Art, die diese Version nicht kennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting to be sent</source>
        <translation>wartet auf Übertragung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: needs your decision</source>
        <translation>Konflikt: erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not accepted: needs your decision</source>
        <translation>nicht angenommen: erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edits Kept on This Workstation</source>
        <translation>Auf diesem Rechner gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These edits were made while the team database could not be reached. Those waiting are sent when it is back. Those it did not accept stay here until you decide; nothing is dropped without you.</source>
        <translation>Diese Änderungen wurden vorgenommen, während die Team-Datenbank nicht erreichbar war. Wartende Änderungen werden übertragen, sobald sie wieder verfügbar ist. Nicht angenommene Änderungen bleiben hier, bis Sie entscheiden; ohne Ihre Zustimmung wird nichts verworfen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply Over Current Version</source>
        <translation>Auf aktuelle Version anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed the incident after this edit was made. Apply this edit on top of their version (their other changes stay).</source>
        <translation>Jemand hat den Vorfall geändert, nachdem diese Änderung vorgenommen wurde. Diese Änderung auf dessen Version anwenden (die übrigen Änderungen dieser Person bleiben erhalten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Discard This Edit?</source>
        <translation>Diese Änderung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team database keeps what it has; this edit is removed from this workstation and cannot be sent later.</source>
        <translation>Die Team-Datenbank behält ihren Stand; diese Änderung wird von diesem Rechner entfernt und kann später nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No edits are kept on this workstation.</source>
        <translation>Auf diesem Rechner sind keine Änderungen gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not accepted at %1: %2</source>
        <translation>Nicht angenommen am %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting: it is sent when the team database is back.</source>
        <translation>Wartet: Die Änderung wird übertragen, sobald die Team-Datenbank wieder verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>ic::JournalIndicator</name>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n kept edit(s) need your decision</source>
        <translation>
            <numerusform>%n gespeicherte Änderung erfordert Ihre Entscheidung</numerusform>
            <numerusform>%n gespeicherte Änderungen erfordern Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf Übertragung</numerusform>
            <numerusform>%n Änderungen warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edits made while the team database could not be reached. Click to see them and decide about those it did not accept.</source>
        <translation>Änderungen, die vorgenommen wurden, während die Team-Datenbank nicht erreichbar war. Klicken Sie, um sie anzuzeigen und über nicht angenommene Änderungen zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>ic::KeyPairFiles</name>
    <message>
        <location filename="../models/evidence/KeyPairFiles.cpp" line="+79"/>
        <source>Could not create %1 (%2). No key was written.</source>
        <translation>%1 konnte nicht angelegt werden (%2). Es wurde kein Schlüssel geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1. No key was written.</source>
        <translation>%1 konnte nicht geschrieben werden. Es wurde kein Schlüssel geschrieben.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 already exists; keys are never overwritten. Choose another name. Nothing was written.</source>
        <translation>%1 existiert bereits; Schlüssel werden nie überschrieben. Wählen Sie einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation>Der Ordner %1 existiert nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenSSL could not generate the %1 key. Nothing was written.</source>
        <translation>OpenSSL konnte den %1-Schlüssel nicht erzeugen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not encode the private key.</source>
        <translation>Der private Schlüssel konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>ic::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+51"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+315"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentCommands.cpp" line="+37"/>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take Command</source>
        <translation>&amp;Leitung übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+98"/>
        <source>&amp;Close Incident</source>
        <translation>Vorfall &amp;schließen</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Note</source>
        <translation>Noti&amp;z hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit Title</source>
        <translation>&amp;Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mute Notifications for This Incident</source>
        <translation>Benachrichtigungen für diesen Vorfall stu&amp;mmschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity &amp;Policy…</source>
        <translation>Schwere&amp;grad-Richtlinie …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find Incident</source>
        <translation>Vorfall s&amp;uchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to Incident &amp;List</source>
        <translation>Zur &amp;Vorfallliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Resolution: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 closed; the resolution is on its record.</source>
        <translation>%1 geschlossen; die Lösung steht im Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reopened (%2).</source>
        <translation>%1 wieder geöffnet (%2).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/store/WorkspaceChooser.cpp" line="+43"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded with everything you do:</source>
        <translation>Der Name, der bei allem, was Sie tun, protokolliert wird:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;About Incident Commander</source>
        <translation>Ü&amp;ber Incident Commander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident Commander %1 — a desktop console for security incidents: live incidents, response countdowns, playbooks, containment and notifications.</source>
        <translation>Incident Commander %1 – eine Desktop-Konsole für Sicherheitsvorfälle: Vorfälle live, Reaktions-Countdowns, Playbooks, Eindämmung und Meldungen.</translation>
    </message>
    <message>
        <location filename="../ui/incidents/IncidentCommands.cpp" line="-112"/>
        <source>Re&amp;open Incident</source>
        <translation>Vorfall &amp;wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+115"/>
        <source>Workspace: %1 (SQLite)</source>
        <translation>Arbeitsbereich: %1 (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: %1 (PostgreSQL)</source>
        <translation>Arbeitsbereich: %1 (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — read-only reviewer</source>
        <translation> – Prüfer ohne Schreibrechte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/OverdueLabel.cpp" line="+44"/>
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n überfällig</numerusform>
            <numerusform>⚠ %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+4"/>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stored yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your change to %1, made while offline, was not applied: %2 changed it meanwhile. Open the incident to compare, or keep yours.</source>
        <translation>Ihre Offline-Änderung an %1 wurde nicht übernommen: %2 hat den Wert inzwischen geändert. Öffnen Sie den Vorfall zum Vergleichen, oder behalten Sie Ihre Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../models/session/IncidentNotices.cpp" line="+28"/>
        <location line="+18"/>
        <source>New incident %1</source>
        <translation>Neuer Vorfall %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>%1 %2, opened by %3</source>
        <translation>%1 %2, eröffnet von %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is overdue</source>
        <translation>%1 ist überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one has taken command of %1 %2 within its %3 response target.</source>
        <translation>Niemand hat innerhalb des Reaktionsziels von %3 die Leitung von %1 %2 übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-97"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ </source>
        <translation>○ </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> – %n Änderung wartet auf das Senden</numerusform>
            <numerusform> – %n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Creating demo data %p%</source>
        <translation>Demodaten werden erzeugt: %p %</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Set Up Incident Store Here</source>
        <translation>Vorfallspeicher hier einrichten</translation>
    </message>
    <message>
        <location filename="../models/session/IncidentNotices.cpp" line="-24"/>
        <source>%1 assigned to you</source>
        <translation>%1 wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made you the commander of %2 %3: %4</source>
        <translation>%1 hat Ihnen die Leitung von %2 %3 übertragen: %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+115"/>
        <source>%1 — Incident Commander</source>
        <translation>%1 – Incident Commander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created the demo workspace: 200,000 audit-log rows with one instance of every attack the playbooks describe, and a handful of incidents to work on.</source>
        <translation>Demo-Arbeitsbereich angelegt: 200.000 Zeilen im Audit-Protokoll mit je einem Fall jedes Angriffs, den die Playbooks beschreiben, und einige Vorfälle zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/store/WorkspaceChooser.cpp" line="+29"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident Commander workspaces (*.icw)</source>
        <translation>Arbeitsbereiche von Incident Commander (*.icw)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../models/session/SessionOpener.cpp" line="+103"/>
        <source>The password could not be stored in your keychain, so it is kept in memory for this session only; you will be asked again next time. It was not written anywhere else.</source>
        <translation>Das Passwort konnte nicht in Ihrem Schlüsselbund gespeichert werden; es bleibt daher nur für diese Sitzung im Arbeitsspeicher, und Sie werden beim nächsten Mal erneut gefragt. Es wurde nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+32"/>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password you enter now is kept in memory for this session only.</source>
        <translation>Das Passwort, das Sie jetzt eingeben, bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/store/WorkspaceChooser.cpp" line="+59"/>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+83"/>
        <source>Saving before closing…</source>
        <translation>Vor dem Schließen wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ic::MemberKeys</name>
    <message>
        <location filename="../models/record/MemberKeys.cpp" line="+52"/>
        <source>The registered key %1 of %2 is not the key its fingerprint names (the row was edited).</source>
        <translation>Der registrierte Schlüssel %1 von %2 ist nicht der Schlüssel, den sein Fingerabdruck benennt (die Zeile wurde bearbeitet).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A signing key is 32 bytes; nothing was registered.</source>
        <translation>Ein Signaturschlüssel ist 32 Bytes lang; es wurde nichts registriert.</translation>
    </message>
</context>
<context>
    <name>ic::MemberService</name>
    <message>
        <location filename="../models/team/MemberService.cpp" line="+19"/>
        <source>No workspace is open. Nothing was changed.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::MembersDialog</name>
    <message>
        <location filename="../ui/team/MembersDialog.cpp" line="+41"/>
        <source>Members &amp; Roles</source>
        <translation>Mitglieder &amp; Rollen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+24"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members of this workspace</source>
        <translation>Mitglieder dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Give Role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Role Away</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected member:</source>
        <translation>Ausgewähltes Mitglied:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an existing login</source>
        <translation>Vorhandenes Login hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL login name</source>
        <translation>PostgreSQL-Login-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a login</source>
        <translation>Login anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New login</source>
        <translation>Neues Login</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>At least 12 characters; hand it over yourself, it is kept nowhere</source>
        <translation>Mindestens 12 Zeichen; geben Sie es selbst weiter, es wird nirgends gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (superuser)</source>
        <translation>%1 (Superuser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your login may not create logins (that needs CREATEROLE). Ask your database administrator to create one, then add it here.</source>
        <translation>Ihr Login darf keine Logins anlegen (dafür ist CREATEROLE nötig). Bitten Sie Ihre Datenbankadministration, eines anzulegen, und fügen Sie es dann hier hinzu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 now holds %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 no longer holds %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No role is left: %1 is no longer a member.</source>
        <translation>Keine Rolle mehr übrig: %1 ist kein Mitglied mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles: %1.</source>
        <translation>Rollen: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is a member now, with %2.</source>
        <translation>%1 ist jetzt Mitglied (Rollen: %2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Created the login %1, with %2. Hand the password over yourself: it is kept nowhere.</source>
        <translation>Login %1 angelegt (Rollen: %2). Geben Sie das Passwort selbst weiter: Es wird nirgends gespeichert.</translation>
    </message>
</context>
<context>
    <name>ic::Merkle</name>
    <message>
        <location filename="../models/record/MerkleTree.cpp" line="+89"/>
        <source>The record&apos;s tree store answered with the wrong number of hashes.</source>
        <translation>Der Baumspeicher des Protokolls lieferte die falsche Anzahl an Hashes.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Leaf %1 is not in a tree of %2 leaves.</source>
        <translation>Blatt %1 liegt nicht in einem Baum mit %2 Blättern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No consistency proof exists from a tree of %1 leaves to one of %2.</source>
        <translation>Es gibt keinen Konsistenzbeweis von einem Baum mit %1 Blättern zu einem mit %2.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>The record&apos;s tree has no complete subtree at level %1, index %2.</source>
        <translation>Der Baum des Protokolls hat keinen vollständigen Teilbaum auf Ebene %1, Index %2.</translation>
    </message>
</context>
<context>
    <name>ic::MermaidReader</name>
    <message>
        <location filename="../models/escalation/MermaidStatements.cpp" line="+67"/>
        <source>Line %1: the diagram is longer than %2 KiB; it was not read.</source>
        <translation>Zeile %1: Das Diagramm ist länger als %2 KiB; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line %1 is longer than %2 characters; it was not read.</source>
        <translation>Zeile %1 ist länger als %2 Zeichen; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the mermaid block is empty; it must start with “graph TD” or “flowchart TD”.</source>
        <translation>Zeile %1: Der Mermaid-Block ist leer; er muss mit „graph TD“ oder „flowchart TD“ beginnen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line %1: the subgraph %2 is never closed; add “end” after its nodes.</source>
        <translation>Zeile %1: Der Subgraph %2 wird nie geschlossen; fügen Sie „end“ nach seinen Knoten ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: the graph has no nodes. Add some, e.g. “OnCall[On-Call Engineer] --&gt; Lead[Engineering Lead]”.</source>
        <translation>Zeile %1: Der Graph hat keine Knoten. Fügen Sie welche hinzu, z. B. „OnCall[On-Call Engineer] --&gt; Lead[Engineering Lead]“.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidLexer.cpp" line="+31"/>
        <source>Line %1: too many problems; reading stopped here.</source>
        <translation>Zeile %1: Zu viele Probleme; das Lesen wurde hier abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidStatements.cpp" line="+19"/>
        <source>Line %1: this is a mermaid “%2” diagram; an escalation policy must be a flowchart (“graph TD” or “flowchart TD”).</source>
        <translation>Zeile %1: Dies ist ein Mermaid-Diagramm vom Typ „%2“; eine Eskalationsrichtlinie muss ein Flussdiagramm sein („graph TD“ oder „flowchart TD“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: a flowchart starts with “graph TD” or “flowchart TD”; found %2.</source>
        <translation>Zeile %1: Ein Flussdiagramm beginnt mit „graph TD“ oder „flowchart TD“; gefunden: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Line %1: unexpected %2 after “%3 %4”; put statements on their own lines or after a “;”.</source>
        <translation>Zeile %1: unerwartetes %2 nach „%3 %4“; schreiben Sie Anweisungen in eigene Zeilen oder nach ein „;“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“end” without a subgraph to close.</source>
        <translation>„end“ ohne einen Subgraph, der zu schließen wäre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction %1; use TD, TB, BT, LR or RL.</source>
        <translation>unbekannte Richtung %1; verwenden Sie TD, TB, BT, LR oder RL.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the description “accDescr {” is never closed with “}”.</source>
        <translation>die Beschreibung „accDescr {“ wird nie mit „}“ geschlossen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected %1; a statement ends at the end of the line or at “;”.</source>
        <translation>unerwartetes %1; eine Anweisung endet am Zeilenende oder bei „;“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“class” names the nodes and then the class, e.g. “class A,B urgent”.</source>
        <translation>„class“ nennt zuerst die Knoten, dann die Klasse, z. B. „class A,B urgent“.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidSubgraphs.cpp" line="+29"/>
        <source>more than %1 subgraphs; split the diagram.</source>
        <translation>mehr als %1 Subgraphen; teilen Sie das Diagramm auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subgraphs nested deeper than %1 levels.</source>
        <translation>Subgraphen tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected “]” after the subgraph title.</source>
        <translation>„]“ nach dem Titel des Subgraphen erwartet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the subgraph title has no closing “]”.</source>
        <translation>der Titel des Subgraphen hat kein schließendes „]“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the subgraph title is longer than %1 characters.</source>
        <translation>der Titel des Subgraphen ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second subgraph is called %1; it is kept apart as %1 (%2).</source>
        <translation>ein zweiter Subgraph heißt %1; er wird getrennt als %1 (%2) geführt.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidLinks.cpp" line="+39"/>
        <location line="+13"/>
        <source>the link from %1 points at nothing; name the node it leads to.</source>
        <translation>die Verbindung von %1 zeigt ins Leere; nennen Sie den Knoten, zu dem sie führt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../models/escalation/MermaidNodes.cpp" line="+78"/>
        <source>a link needs a node before it.</source>
        <translation>eine Verbindung braucht einen Knoten davor.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidNodes.cpp" line="-36"/>
        <source>“&amp;” must be followed by another node.</source>
        <translation>auf „&amp;“ muss ein weiterer Knoten folgen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“&amp;” needs a node on each side.</source>
        <translation>„&amp;“ braucht auf jeder Seite einen Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a label needs a node id before it, e.g. %1.</source>
        <translation>eine Beschriftung braucht eine Knoten-ID davor, z. B. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a node id (letters, digits, _), found %1. Nodes look like %2.</source>
        <translation>Knoten-ID erwartet (Buchstaben, Ziffern, _), gefunden: %1. Knoten sehen so aus: %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shape %1 of %2 is not one mermaid knows; it is drawn as a box.</source>
        <translation>die Form %1 von %2 kennt Mermaid nicht; sie wird als Kasten gezeichnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>the label of %1 is longer than %2 characters.</source>
        <translation>die Beschriftung von %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>“:::” must be followed by a class name.</source>
        <translation>auf „:::“ muss ein Klassenname folgen.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidLexer.cpp" line="+137"/>
        <source>a quoted text has no closing quote.</source>
        <translation>ein Text in Anführungszeichen hat kein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidNodes.cpp" line="+57"/>
        <source>the label of %1 has no closing “|”.</source>
        <translation>die Beschriftung von %1 hat kein schließendes „|“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected %1 after the quoted label of %2; text and quotes cannot be mixed in one label.</source>
        <translation>%1 nach der Beschriftung in Anführungszeichen von %2 erwartet; Text und Anführungszeichen lassen sich in einer Beschriftung nicht mischen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the label of %1 has a quote inside; put the whole label in quotes, e.g. %2[&quot;…&quot;].</source>
        <translation>die Beschriftung von %1 enthält ein Anführungszeichen; setzen Sie die ganze Beschriftung in Anführungszeichen, z. B. %2[&quot;…&quot;].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the label of %1 has no closing %2.</source>
        <translation>die Beschriftung von %1 hat kein schließendes %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the node %1 has an empty label; it is shown by its id.</source>
        <translation>der Knoten %1 hat eine leere Beschriftung; er wird mit seiner ID angezeigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the shape data “@{” has no closing “}”.</source>
        <translation>die Formdaten „@{“ haben kein schließendes „}“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the shape data %1 is not “key: value”.</source>
        <translation>die Formdaten %1 sind nicht „Schlüssel: Wert“.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidLinks.cpp" line="+64"/>
        <source>%1 is not a mermaid link; links look like %2.</source>
        <translation>%1 ist keine Mermaid-Verbindung; Verbindungen sehen so aus: %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a single dash</source>
        <translation>ein einzelner Bindestrich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected %1; expected a link (%2) or the end of the statement.</source>
        <translation>unerwartetes %1; eine Verbindung (%2) oder das Ende der Anweisung erwartet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>the link label has no closing “|”.</source>
        <translation>die Verbindungsbeschriftung hat kein schließendes „|“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link label between “|” and “|” is empty.</source>
        <translation>die Verbindungsbeschriftung zwischen „|“ und „|“ ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>the link label is longer than %1 characters.</source>
        <translation>die Verbindungsbeschriftung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the link label after %1 never reaches the link&apos;s end (e.g. “-- label --&gt;”).</source>
        <translation>die Verbindungsbeschriftung nach %1 erreicht nie das Ende der Verbindung (z. B. „-- Beschriftung --&gt;“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text after the quoted link label; quote all of it.</source>
        <translation>Text nach der Verbindungsbeschriftung in Anführungszeichen; setzen Sie alles in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidNodes.cpp" line="+25"/>
        <source>a node id longer than %1 characters.</source>
        <translation>eine Knoten-ID länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the node %1 was labelled %2 on line %3 and %4 here; the later label is used, as mermaid does.</source>
        <translation>der Knoten %1 war in Zeile %3 mit %2 beschriftet und hier mit %4; wie in Mermaid gilt die spätere Beschriftung.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidLinks.cpp" line="+31"/>
        <source>more than %1 links; a policy this large cannot be drawn legibly. Split it.</source>
        <translation>mehr als %1 Verbindungen; eine so große Richtlinie lässt sich nicht lesbar zeichnen. Teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidSubgraphs.cpp" line="+106"/>
        <source>Line %1: the link between %2 and %3 leads to an empty subgraph; it was left out.</source>
        <translation>Zeile %1: Die Verbindung zwischen %2 und %3 führt zu einem leeren Subgraph; sie wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: links to subgraphs make more than %2 links; split the diagram.</source>
        <translation>Zeile %1: Verbindungen zu Subgraphen ergeben mehr als %2 Verbindungen; teilen Sie das Diagramm auf.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidStatements.cpp" line="-123"/>
        <source>Line %1: unknown direction %2; use TD, TB, BT, LR or RL.</source>
        <translation>Zeile %1: Unbekannte Richtung %2; verwenden Sie TD, TB, BT, LR oder RL.</translation>
    </message>
    <message>
        <location filename="../models/escalation/MermaidNodes.cpp" line="-314"/>
        <source>a node id is missing.</source>
        <translation>eine Knoten-ID fehlt.</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>more than %1 nodes; a policy this large cannot be drawn legibly. Split it.</source>
        <translation>mehr als %1 Knoten; eine so große Richtlinie lässt sich nicht lesbar darstellen. Teilen Sie sie auf.</translation>
    </message>
</context>
<context>
    <name>ic::MessageBanner</name>
    <message>
        <location filename="../ui/MessageBanner.cpp" line="+33"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this message (Esc)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>ic::Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+161"/>
        <source>This workspace needs a schema update that only a member of its owner role (%1) can apply: %2, or a superuser. Nothing was changed. Ask one of them to open the workspace once, or to run: incident-commander team init --pg CONNINFO</source>
        <translation>Dieser Arbeitsbereich benötigt ein Schema-Update, das nur ein Mitglied seiner Eigentümerrolle (%1) einspielen kann: %2, oder ein Superuser. Es wurde nichts geändert. Bitten Sie eine dieser Personen, den Arbeitsbereich einmal zu öffnen oder Folgendes auszuführen: incident-commander team init --pg CONNINFO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no login holds it</source>
        <translation>kein Login hat diese Rolle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This workspace was written by a newer version of Incident Commander (schema %1 %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren Version von Incident Commander geschrieben (Schema %1 %2; diese Version kennt bis %3). Er wurde nicht geändert. Aktualisieren Sie Incident Commander, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Updating the workspace schema failed at step %1 (%2); the update was rolled back and nothing was changed.</source>
        <translation>Die Aktualisierung des Arbeitsbereichsschemas ist bei Schritt %1 (%2) fehlgeschlagen; sie wurde zurückgenommen, und es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::NewIncidentDialog</name>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="+23"/>
        <source>New Incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is happening, in one line</source>
        <translation>Was passiert gerade, in einer Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 — respond %3</source>
        <translation>%1 – %2 – Reaktion %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I take command (%1)</source>
        <translation>Ich übernehme die Leitung (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optional, separated by commas</source>
        <translation>Optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Detected at</source>
        <translation>&amp;Erkannt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected &amp;users</source>
        <translation>Betroffene &amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected te&amp;nants</source>
        <translation>Betroffene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected API &amp;keys</source>
        <translation>Betroffene &amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Open Incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Wird eröffnet …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>ic::NotApplicableDialog</name>
    <message>
        <location filename="../ui/shell/NotApplicableDialog.cpp" line="+31"/>
        <source>Notification Clocks Not Applicable</source>
        <translation>Meldefristen nicht zutreffend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the notification clocks…</source>
        <translation>Meldefristen werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No &amp;personal data is involved</source>
        <translation>Keine &amp;personenbezogenen Daten betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protected &amp;health information is involved</source>
        <translation>Keine geschützten &amp;Gesundheitsdaten betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer data was &amp;accessed or taken</source>
        <translation>Keine Kundendaten wurden &amp;abgerufen oder entwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (required): what shows it, who confirmed it</source>
        <translation>Warum (Pflichtangabe): was es belegt, wer es bestätigt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the &amp;Facts Instead…</source>
        <translation>Stattdessen &amp;Meldungsangaben beantworten…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No notification clock of this incident is waiting for “became aware”: nothing to record.</source>
        <translation>Keine Meldefrist dieses Vorfalls wartet auf „Kenntnis erlangt“: nichts zu erfassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 depends only on where the people affected are: answer the jurisdictions in the notification facts.</source>
        <translation>%1 hängt nur davon ab, wo die Betroffenen sind: beantworten Sie die Rechtsräume in den Meldungsangaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not started. Say why it does not apply: the notification facts are answered and the reason is noted on the incident&apos;s record, with your name.</source>
        <translation>%1 läuft noch nicht. Geben Sie an, warum sie nicht zutrifft: die Meldungsangaben werden beantwortet und der Grund mit Ihrem Namen im Protokoll des Vorfalls vermerkt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no personal data is involved</source>
        <translation>keine personenbezogenen Daten betroffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no protected health information is involved</source>
        <translation>keine geschützten Gesundheitsdaten betroffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no customer data was accessed or taken</source>
        <translation>keine Kundendaten abgerufen oder entwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification clocks not applicable (%1): %2. Reason: %3</source>
        <translation>Meldefristen nicht zutreffend (%1): %2. Grund: %3</translation>
    </message>
</context>
<context>
    <name>ic::NotificationFactsForm</name>
    <message>
        <location filename="../ui/notify/NotificationFactsForm.cpp" line="+56"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Country codes, comma separated: DE, FR, US-CA, EU</source>
        <translation>Ländercodes, durch Kommas getrennt: DE, FR, US-CA, EU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approximate number, e.g. about 1,200</source>
        <translation>Ungefähre Anzahl, z. B. etwa 1.200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate number of records</source>
        <translation>Ungefähre Anzahl der Datensätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line: customers&apos; end users, employees…</source>
        <translation>Ein Eintrag pro Zeile: Endbenutzer der Kunden, Beschäftigte …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line: names, email addresses, diagnoses…</source>
        <translation>Ein Eintrag pro Zeile: Namen, E-Mail-Adressen, Diagnosen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>One per line</source>
        <translation>Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>When it happened, as far as known</source>
        <translation>Wann es passiert ist, soweit bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could happen to the people affected</source>
        <translation>Was den betroffenen Personen passieren könnte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In words; actions on the timeline are listed as well</source>
        <translation>In Worten; Maßnahmen auf der Zeitachse werden ebenfalls aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be done</source>
        <translation>Was unternommen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How harm to the people affected is limited</source>
        <translation>Wie der Schaden für die betroffenen Personen begrenzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the people affected should do</source>
        <translation>Was die betroffenen Personen tun sollten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only if a notification goes out after its deadline</source>
        <translation>Nur wenn eine Meldung nach Ablauf ihrer Frist erfolgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data involved?</source>
        <translation>Personenbezogene Daten betroffen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected health information (HIPAA)?</source>
        <translation>Geschützte Gesundheitsinformationen (HIPAA)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer data breach (SOC 2)?</source>
        <translation>Datenpanne bei Kundendaten (SOC 2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions:</source>
        <translation>Rechtsräume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People affected:</source>
        <translation>Betroffene Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records affected:</source>
        <translation>Betroffene Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of people:</source>
        <translation>Kategorien von Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories:</source>
        <translation>Datenkategorien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected systems:</source>
        <translation>Betroffene Systeme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened:</source>
        <translation>Wann es passiert ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely consequences:</source>
        <translation>Wahrscheinliche Folgen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken:</source>
        <translation>Ergriffene Maßnahmen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures proposed:</source>
        <translation>Vorgeschlagene Maßnahmen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation:</source>
        <translation>Schadensminderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people should do:</source>
        <translation>Was Personen tun sollten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for delay:</source>
        <translation>Gründe für die Verzögerung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Facts</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved by %1 (version %2)</source>
        <translation>Gespeichert von %1 (Version %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answered yet: clocks that depend on these facts show as undetermined.</source>
        <translation>Noch nichts beantwortet: Fristen, die von diesen Angaben abhängen, werden als unbestimmt angezeigt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>ic::NotificationsPane</name>
    <message>
        <location filename="../ui/notify/NotificationsPane.cpp" line="+46"/>
        <source>Regulatory clocks</source>
        <translation>Meldefristen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation, Rules, Templates…</source>
        <translation>Organisation, Regeln, Vorlagen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clock this notification answers</source>
        <translation>Frist, die diese Meldung erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers:</source>
        <translation>Erfüllt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (team template)</source>
        <translation>%1 (Team-Vorlage)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Clocks run from when the organisation became aware: %1.</source>
        <translation>Die Fristen laufen ab dem Zeitpunkt, zu dem die Organisation Kenntnis erlangt hat: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The became-aware time is not set, so no regulatory clock has started. Set it on the Details tab (it can differ from the detection time).</source>
        <translation>Der Zeitpunkt der Kenntniserlangung ist nicht gesetzt, daher hat keine Meldefrist begonnen. Legen Sie ihn auf dem Tab „Details“ fest (er kann vom Erkennungszeitpunkt abweichen).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no clock)</source>
        <translation>(keine Frist)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — %2, v%3</source>
        <translation>%1 – %2, v%3</translation>
    </message>
    <message>
        <location filename="../ui/notify/NotificationsPane.h" line="+39"/>
        <source>Notifications</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>ic::Notify</name>
    <message>
        <location filename="../models/notify/ClockRepository.cpp" line="+74"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The incident no longer exists in this workspace; nothing was saved.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 changed the notification facts at %2, while you were editing. Your values were not saved; they are still in the form. Compare them with the saved ones, then save again.</source>
        <translation>%1 hat die Meldungsangaben geändert (%2), während Sie sie bearbeitet haben. Ihre Werte wurden nicht gespeichert; sie stehen noch im Formular. Vergleichen Sie sie mit den gespeicherten und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Notification facts: %1</source>
        <translation>Meldungsangaben: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 changed the organisation profile while you were editing. Your values were not saved; they are still in the form. Compare, then save again.</source>
        <translation>%1 hat das Organisationsprofil geändert, während Sie es bearbeitet haben. Ihre Werte wurden nicht gespeichert; sie stehen noch im Formular. Vergleichen Sie und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&quot;%1&quot; is a built-in rule and stays. Nothing was changed.</source>
        <translation>„%1“ ist eine integrierte Regel und bleibt bestehen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clock rule no longer exists. Nothing was changed.</source>
        <translation>Die Fristregel existiert nicht mehr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The incident no longer exists in this workspace.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <location filename="../models/notify/DraftRepository.cpp" line="+61"/>
        <source>“%1” was sent %2 by %3 and is frozen. Nothing was changed; to correct or follow up, start a new draft.</source>
        <translation>„%1“ wurde von %3 gesendet (%2) und ist eingefroren. Es wurde nichts geändert; für Korrekturen oder Nachträge beginnen Sie einen neuen Entwurf.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft contains a NUL character (U+0000), which cannot be stored; remove it.</source>
        <translation>Der Entwurf enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann; entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject must be one line.</source>
        <translation>Der Betreff muss einzeilig sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient list is longer than %1 characters.</source>
        <translation>Die Empfängerliste ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/notify/NotificationExport.cpp" line="+38"/>
        <location line="+27"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The notification draft no longer exists. Nothing was changed.</source>
        <translation>Der Meldungsentwurf existiert nicht mehr. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The template “%1” could not be filled in (%2). Nothing was saved; fix the template file and reload the templates.</source>
        <translation>Die Vorlage „%1“ konnte nicht ausgefüllt werden (%2). Es wurde nichts gespeichert; korrigieren Sie die Vorlagendatei und laden Sie die Vorlagen neu.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drafted “%1” (version 1)</source>
        <translation>Entwurf „%1“ erstellt (Version 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted “%1” (version 1); still missing: %2</source>
        <translation>Entwurf „%1“ erstellt (Version 1); es fehlt noch: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That version of the draft does not exist.</source>
        <translation>Diese Version des Entwurfs existiert nicht.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved “%1” version %2</source>
        <translation>„%1“ Version %2 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the review of version %1 no longer applies)</source>
        <translation> (die Prüfung von Version %1 gilt nicht mehr)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 already reviewed version %2. Nothing was changed.</source>
        <translation>%1 hat Version %2 bereits geprüft. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 was saved after the version %2 you reviewed. Nothing was changed; review the latest version.</source>
        <translation>Version %1 wurde nach der von Ihnen geprüften Version %2 gespeichert. Es wurde nichts geändert; prüfen Sie die neueste Version.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You (%1) wrote version %2 of this draft, so you cannot be its reviewer: someone who did not write it must review it. Nothing was changed.</source>
        <translation>Sie (%1) haben Version %2 dieses Entwurfs geschrieben und können ihn daher nicht prüfen: Jemand, der ihn nicht geschrieben hat, muss ihn prüfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The draft is not ready: it still lacks %1. Fill these in and save a version. Nothing was changed.</source>
        <translation>Der Entwurf ist nicht fertig: Es fehlt noch %1. Füllen Sie diese Angaben aus und speichern Sie eine Version. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviewed “%1” version %2 (written by %3)</source>
        <translation>„%1“ Version %2 geprüft (verfasst von %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reasons for the delay are too long or contain a NUL character. Nothing was recorded.</source>
        <translation>Die Gründe für die Verzögerung sind zu lang oder enthalten ein NUL-Zeichen. Es wurde nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1 of “%2” has not been reviewed. Nothing was recorded; someone who did not write it reviews it first.</source>
        <translation>Version %1 von „%2“ wurde nicht geprüft. Es wurde nichts protokolliert; zuerst muss jemand, der sie nicht geschrieben hat, sie prüfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” goes out %2 after its deadline (%3, due %4). Give the reasons for the delay; they are recorded with it. Nothing was recorded.</source>
        <translation>„%1“ geht %2 nach Ablauf der Frist hinaus (%3, fällig %4). Geben Sie die Gründe für die Verzögerung an; sie werden mit der Meldung protokolliert. Es wurde nichts protokolliert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no recipient recorded)</source>
        <translation>(kein Empfänger protokolliert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent “%1” version %2 to %3, LATE; reasons: %4</source>
        <translation>„%1“ Version %2 an %3 gesendet, VERSPÄTET; Gründe: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent “%1” version %2 to %3</source>
        <translation>„%1“ Version %2 an %3 gesendet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The draft contains a NUL character or is too long; your typing was not kept.</source>
        <translation>Der Entwurf enthält ein NUL-Zeichen oder ist zu lang; Ihre Eingabe wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../models/notify/MailMessage.cpp" line="+171"/>
        <source>&quot;%1&quot; is not an email address (write name@example.org or Name &lt;name@example.org&gt;, separated by commas).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (schreiben Sie name@example.org oder Name &lt;name@example.org&gt;, durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name before &lt;%1&gt; is too long or contains a NUL character.</source>
        <translation>Der Name vor &lt;%1&gt; ist zu lang oder enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The sender &quot;%1&quot; is not an email address. Set the security email in the organisation profile. Nothing was exported.</source>
        <translation>Der Absender „%1“ ist keine E-Mail-Adresse. Legen Sie die Sicherheits-E-Mail im Organisationsprofil fest. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notification has no recipient. Fill in &quot;To&quot;. Nothing was exported.</source>
        <translation>Die Meldung hat keinen Empfänger. Füllen Sie „An“ aus. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an email address. Nothing was exported.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message has no date. Nothing was exported.</source>
        <translation>Die Nachricht hat kein Datum. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid Message-ID. Nothing was exported.</source>
        <translation>„%1“ ist keine gültige Message-ID. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not an email address. Nothing was opened.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notification is too long for a mail link (%1 characters; mail programs reliably take %2). Nothing was opened: export it as .eml or copy it into your mail program instead.</source>
        <translation>Die Meldung ist zu lang für einen Mail-Link (%1 Zeichen; Mailprogramme verarbeiten zuverlässig %2). Es wurde nichts geöffnet: Exportieren Sie sie stattdessen als .eml oder kopieren Sie sie in Ihr Mailprogramm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not build a mail link (%1). Nothing was opened.</source>
        <translation>Es konnte kein Mail-Link erstellt werden (%1). Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location filename="../models/notify/NotificationDraft.cpp" line="+40"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../models/notify/NotificationFacts.cpp" line="+29"/>
        <source>%1: %2 Nothing was saved; correct it and save again.</source>
        <translation>%1: %2 Es wurde nichts gespeichert; korrigieren Sie die Angabe und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contains a NUL character (U+0000), which cannot be stored.</source>
        <translation>enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is longer than %1 characters.</source>
        <translation>ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has more than %1 entries.</source>
        <translation>hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data involved</source>
        <translation>Personenbezogene Daten betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected health information involved</source>
        <translation>Geschützte Gesundheitsinformationen betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer data breach</source>
        <translation>Datenpanne bei Kundendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions</source>
        <translation>Rechtsräume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People affected</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records affected</source>
        <translation>Betroffene Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories of people affected</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected systems</source>
        <translation>Betroffene Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the breach happened</source>
        <translation>Zeitpunkt der Datenpanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely consequences</source>
        <translation>Wahrscheinliche Folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures proposed</source>
        <translation>Vorgeschlagene Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation of adverse effects</source>
        <translation>Abmilderung nachteiliger Auswirkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What affected people should do</source>
        <translation>Was betroffene Personen tun sollten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for delay</source>
        <translation>Gründe für die Verzögerung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a jurisdiction code. Use country codes such as DE or US, subdivisions such as US-CA, or EU / EEA.</source>
        <translation>„%1“ ist kein Code für einen Rechtsraum. Verwenden Sie Ländercodes wie DE oder US, Untergliederungen wie US-CA oder EU / EEA.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact point</source>
        <translation>Anlaufstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact role</source>
        <translation>Rolle der Anlaufstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Security email</source>
        <translation>Sicherheits-E-Mail</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Toll-free number</source>
        <translation>Gebührenfreie Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident channel</source>
        <translation>Vorfallkanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/notify/RegulatoryClock.cpp" line="+98"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Authority email</source>
        <translation>E-Mail der Behörde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as Europe/Berlin or America/New_York, or UTC.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York oder UTC.</translation>
    </message>
    <message>
        <location filename="../models/notify/NotificationTemplate.cpp" line="+75"/>
        <source>a tag &quot;{{&quot; is never closed with &quot;}}&quot;.</source>
        <translation>ein Tag „{{“ wird nie mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changing the tag delimiters ({{=…=}}) is not supported in notification templates.</source>
        <translation>das Ändern der Tag-Trennzeichen ({{=…=}}) wird in Meldungsvorlagen nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sections are nested more than %1 deep.</source>
        <translation>Abschnitte sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the template is malformed (%2).</source>
        <translation>%1: Die Vorlage ist fehlerhaft (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: partials ({{&gt;%2}}) are not supported; a template is one file.</source>
        <translation>%1: Partials ({{&gt;%2}}) werden nicht unterstützt; eine Vorlage besteht aus einer einzigen Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;{{%2}}&quot; is not a field of a notification. Fields are named like incident.ref, facts.consequences, org.name; see the shipped templates.</source>
        <translation>%1: „{{%2}}“ ist kein Feld einer Meldung. Felder heißen z. B. incident.ref, facts.consequences, org.name; siehe die mitgelieferten Vorlagen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file is larger than %1 KiB; a notification template is a page or two.</source>
        <translation>die Datei ist größer als %1 KiB; eine Meldungsvorlage umfasst ein bis zwei Seiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file contains NUL bytes; it is not a text file.</source>
        <translation>die Datei enthält NUL-Bytes; sie ist keine Textdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid UTF-8 text; save it as UTF-8.</source>
        <translation>die Datei ist kein gültiger UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a header line &quot;Field: value&quot; (Name, Subject, Require…) or a blank line before the body, found &quot;%1&quot;.</source>
        <translation>erwartet wurde eine Kopfzeile „Feld: Wert“ (Name, Subject, Require …) oder eine Leerzeile vor dem Text, gefunden: „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a template starts with header lines (Name:, Subject:, Require:), then a blank line, then the body.</source>
        <translation>eine Vorlage beginnt mit Kopfzeilen (Name:, Subject:, Require:), dann folgen eine Leerzeile und der Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body is empty.</source>
        <translation>der Text ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown header &quot;%1&quot;; known headers are %2.</source>
        <translation>unbekannte Kopfzeile „%1“; bekannte Kopfzeilen sind %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>„%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 line is longer than 2000 characters.</source>
        <translation>die %1-Zeile ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clock: &quot;%1&quot; is not a clock rule id (such as gdpr-art33).</source>
        <translation>Clock: „%1“ ist keine ID einer Fristregel (z. B. gdpr-art33).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 Require lines.</source>
        <translation>mehr als %1 Require-Zeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write &quot;Require: field | what it is&quot;, optionally followed by &quot;| if flag&quot;.</source>
        <translation>schreiben Sie „Require: Feld | Bezeichnung“, optional gefolgt von „| if Flag“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require: &quot;%1&quot; is not a field of a notification.</source>
        <translation>Require: „%1“ ist kein Feld einer Meldung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Require condition reads &quot;if flag&quot;, e.g. &quot;if clock.late&quot;.</source>
        <translation>eine Require-Bedingung lautet „if Flag“, z. B. „if clock.late“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require: &quot;%1&quot; is not a yes/no field (such as clock.late or facts.personal_data).</source>
        <translation>Require: „%1“ ist kein Ja/Nein-Feld (wie clock.late oder facts.personal_data).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the template id &quot;%1&quot; must be 1–64 lower-case letters, digits, dots or dashes (rename the file or add a Template: line).</source>
        <translation>die Vorlagen-ID „%1“ muss aus 1–64 Kleinbuchstaben, Ziffern, Punkten oder Bindestrichen bestehen (benennen Sie die Datei um oder fügen Sie eine Template:-Zeile hinzu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Name: header is missing.</source>
        <translation>die Kopfzeile Name: fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Subject: header is missing.</source>
        <translation>die Kopfzeile Subject: fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The template %1 was not loaded: line %2: %3 The other templates are available; fix the file and reload.</source>
        <translation>Die Vorlage %1 wurde nicht geladen: Zeile %2: %3 Die anderen Vorlagen sind verfügbar; korrigieren Sie die Datei und laden Sie neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template %1 was not loaded: %2 The other templates are available; fix the file and reload.</source>
        <translation>Die Vorlage %1 wurde nicht geladen: %2 Die anderen Vorlagen sind verfügbar; korrigieren Sie die Datei und laden Sie neu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is larger than %1 KiB.</source>
        <translation>die Datei ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it cannot be read (%1).</source>
        <translation>sie kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another file in the same folder already has the id &quot;%1&quot;.</source>
        <translation>eine andere Datei im selben Ordner hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the template folder does not exist; only the shipped templates are available. Choose another folder in the Notifications tab.</source>
        <translation>der Vorlagenordner existiert nicht; nur die mitgelieferten Vorlagen sind verfügbar. Wählen Sie auf dem Tab „Meldungen“ einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notify/RegulatoryClock.cpp" line="-58"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n Kalendertag</numerusform>
            <numerusform>%n Kalendertage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 The clock rule was not saved.</source>
        <translation>%1 Die Fristregel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule id &quot;%1&quot; must be 1–64 lower-case letters, digits or dashes.</source>
        <translation>Die Regel-ID „%1“ muss aus 1–64 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule needs a name.</source>
        <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text of the rule is too long or contains a NUL character.</source>
        <translation>Ein Text der Regel ist zu lang oder enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deadline must be between 1 and %1 hours.</source>
        <translation>Die Frist muss zwischen 1 und %1 Stunden liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline must be between 1 and %1 days.</source>
        <translation>Die Frist muss zwischen 1 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a jurisdiction code (DE, US, US-CA, EU, EEA).</source>
        <translation>„%1“ ist kein Code für einen Rechtsraum (DE, US, US-CA, EU, EEA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say when the rule applies: personal data, PHI, a data breach or a jurisdiction.</source>
        <translation>Geben Sie an, wann die Regel gilt: personenbezogene Daten, PHI, eine Datenpanne oder ein Rechtsraum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GDPR Art. 33 — supervisory authority</source>
        <translation>DSGVO Art. 33 – Aufsichtsbehörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR 72 h</source>
        <translation>DSGVO 72 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GDPR Art. 33(1): without undue delay and, where feasible, not later than 72 hours after having become aware of a personal data breach; a later notification is accompanied by reasons for the delay.</source>
        <translation>DSGVO Art. 33 Abs. 1: unverzüglich und möglichst binnen 72 Stunden, nachdem die Verletzung des Schutzes personenbezogener Daten bekannt wurde; erfolgt die Meldung später, ist ihr eine Begründung für die Verzögerung beizufügen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HIPAA §164.404 — affected individuals</source>
        <translation>HIPAA §164.404 – betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIPAA 60 d</source>
        <translation>HIPAA 60 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected individuals</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>45 CFR §164.404(b): without unreasonable delay and in no case later than 60 calendar days after discovery of a breach of unsecured PHI.</source>
        <translation>45 CFR §164.404(b): ohne unangemessene Verzögerung und in keinem Fall später als 60 Kalendertage nach Entdeckung einer Verletzung ungesicherter PHI.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOC 2 — customer notice</source>
        <translation>SOC 2 – Kundenbenachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC 2 24 h</source>
        <translation>SOC 2 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected customers</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform playbook&apos;s SOC 2 commitment: customers are told within 24 hours of a data breach.</source>
        <translation>SOC-2-Zusage des Plattform-Playbooks: Kunden werden binnen 24 Stunden nach einer Datenpanne informiert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undetermined: answer %1</source>
        <translation>Unbestimmt; zu klären: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undetermined (%1 left if it applies): answer %2</source>
        <translation>Unbestimmt (noch %1, falls zutreffend); zu klären: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undetermined (overdue by %1 if it applies): answer %2</source>
        <translation>Unbestimmt (um %1 überfällig, falls zutreffend); zu klären: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started: the became-aware time is not set (Details tab)</source>
        <translation>Nicht begonnen: Der Zeitpunkt der Kenntniserlangung ist nicht gesetzt (Tab „Details“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: %1 left</source>
        <translation>Offen: noch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, OVERDUE by %1</source>
        <translation>Offen, um %1 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent on time, %1 by %2</source>
        <translation>Rechtzeitig gesendet, %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent LATE by %1, %2 by %3. Reasons: %4</source>
        <translation>Um %1 VERSPÄTET gesendet, %2 von %3. Gründe: %4</translation>
    </message>
    <message>
        <location filename="../models/incidents/IncidentDeadline.cpp" line="+28"/>
        <source>%1: not started (set became-aware time)</source>
        <translation>%1: nicht begonnen (Zeitpunkt der Kenntniserlangung festlegen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: OVERDUE by %2</source>
        <translation>%1: um %2 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location filename="../models/notify/RegulatoryClock.cpp" line="+39"/>
        <source>is personal data involved?</source>
        <translation>sind personenbezogene Daten betroffen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is protected health information involved?</source>
        <translation>sind geschützte Gesundheitsinformationen betroffen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is this a customer data breach?</source>
        <translation>handelt es sich um eine Datenpanne bei Kundendaten?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>which jurisdictions are involved (%1)?</source>
        <translation>welche Rechtsräume sind betroffen (%1)?</translation>
    </message>
    <message>
        <location filename="../ui/notify/NotificationExport.cpp" line="-40"/>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The organisation profile has no security email to send from; set it under Organisation….</source>
        <translation>Das Organisationsprofil enthält keine Sicherheits-E-Mail als Absender; legen Sie sie unter Organisation … fest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Security Team</source>
        <translation>Sicherheitsteam %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>**To:** %1</source>
        <translation>**An:** %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>**Subject:** %1</source>
        <translation>**Betreff:** %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subject: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Could not write %1 (%2). Nothing was exported.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1. Nothing was exported; check that the folder exists and you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden. Es wurde nichts exportiert; prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To: %1 Nothing was opened.</source>
        <translation>An: %1 Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft has no recipient. Fill in &quot;To&quot;. Nothing was opened.</source>
        <translation>Der Entwurf hat keinen Empfänger. Füllen Sie „An“ aus. Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no message to write.</source>
        <translation>Es gibt keine Nachricht zum Schreiben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mail program opened the link. Export the notification as .eml or copy it instead.</source>
        <translation>Kein Mailprogramm hat den Link geöffnet. Exportieren Sie die Meldung stattdessen als .eml oder kopieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>ic::NotifyStore</name>
    <message>
        <location filename="../models/notify/NotifyStore.cpp" line="+16"/>
        <source>This is a read-only reviewer profile: %1 Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>notification facts cannot be changed here.</source>
        <translation>Meldungsangaben können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the organisation profile cannot be changed here.</source>
        <translation>das Organisationsprofil kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>clock rules cannot be changed here.</source>
        <translation>Fristregeln können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>notifications cannot be drafted here.</source>
        <translation>Meldungen können hier nicht entworfen werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the draft cannot be changed here.</source>
        <translation>der Entwurf kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the review cannot be recorded here.</source>
        <translation>die Prüfung kann hier nicht protokolliert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sending cannot be recorded here.</source>
        <translation>das Senden kann hier nicht protokolliert werden.</translation>
    </message>
</context>
<context>
    <name>ic::OfflineJournal</name>
    <message>
        <location filename="../models/store/OfflineJournal.cpp" line="+113"/>
        <source>A kept edit cannot be read (its stored text is not a JSON object); it was left as it is.</source>
        <translation>Eine gespeicherte Änderung kann nicht gelesen werden (ihr gespeicherter Text ist kein JSON-Objekt); sie wurde so belassen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This kept edit is of a kind this version does not know (%1); it was left as it is.</source>
        <translation>Diese gespeicherte Änderung ist von einer Art, die diese Version nicht kennt (%1); sie wurde so belassen.</translation>
    </message>
</context>
<context>
    <name>ic::OrganisationDialog</name>
    <message>
        <location filename="../ui/notify/OrganisationDialog.cpp" line="+32"/>
        <source>Notification Settings</source>
        <translation>Meldungseinstellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPO or contact point:</source>
        <translation>DSB oder Anlaufstelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their role:</source>
        <translation>Deren Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email:</source>
        <translation>Kontakt-E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact phone:</source>
        <translation>Kontakttelefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security email (sender):</source>
        <translation>Sicherheits-E-Mail (Absender):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toll-free number (HIPAA):</source>
        <translation>Gebührenfreie Nummer (HIPAA):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident channel:</source>
        <translation>Vorfallkanal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisory authority:</source>
        <translation>Aufsichtsbehörde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority email:</source>
        <translation>E-Mail der Behörde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone (IANA):</source>
        <translation>Zeitzone (IANA):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe/Berlin; used for dates in documents and calendar-day deadlines</source>
        <translation>Europe/Berlin; gilt für Datumsangaben in Dokumenten und für Fristen in Kalendertagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Organisation</source>
        <translation>Organisation speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clock</source>
        <translation>Meldefrist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies when</source>
        <translation>Gilt, wenn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UK ICO</source>
        <translation>UK ICO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calendar days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+117"/>
        <source>data breach</source>
        <translation>Datenpanne</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Any of: UK, US-NY, EEA (empty: anywhere)</source>
        <translation>Eines von: UK, US-NY, EEA (leer: überall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who must be told:</source>
        <translation>Wer informiert werden muss:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies when:</source>
        <translation>Gilt, wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdictions:</source>
        <translation>Rechtsräume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Selected Rule</source>
        <translation>Ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the shipped templates</source>
        <translation>Nur die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Folder</source>
        <translation>Ordner verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A template file there (Markdown with Name:, Subject: and Require: header lines, then a Mustache body) replaces the shipped template with the same file name, or adds a new one. A file with a mistake is reported and skipped; the others still load.</source>
        <translation>Eine Vorlagendatei dort (Markdown mit den Kopfzeilen Name:, Subject: und Require:, danach ein Mustache-Rumpf) ersetzt die mitgelieferte Vorlage mit demselben Dateinamen oder kommt als neue hinzu. Eine fehlerhafte Datei wird gemeldet und übersprungen; die anderen werden trotzdem geladen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template Folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock Rules</source>
        <translation>Meldefrist-Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by %1</source>
        <translation>hinzugefügt von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved the organisation profile.</source>
        <translation>Organisationsprofil gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added the clock rule “%1”.</source>
        <translation>Meldefrist-Regel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Using the shipped templates only.</source>
        <translation>Es werden nur die mitgelieferten Vorlagen verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates are read from %1 as well.</source>
        <translation>Vorlagen werden zusätzlich aus %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>ic::OverdueLabel</name>
    <message>
        <location filename="../ui/shell/OverdueLabel.cpp" line="+2"/>
        <source>Every overdue response, escalation, checklist step and notification of the open incidents. Click to go to the one overdue the longest.</source>
        <translation>Alle überfälligen Reaktionen, Eskalationen, Checklistenschritte und Meldungen der offenen Vorfälle. Klicken, um zum am längsten überfälligen Eintrag zu wechseln.</translation>
    </message>
</context>
<context>
    <name>ic::PaneHost</name>
    <message>
        <location filename="../ui/PaneHost.cpp" line="+102"/>
        <source>Show the %1 tab</source>
        <translation>Reiter %1 zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the incident&apos;s %1</source>
        <translation>%1 des Vorfalls zeigen</translation>
    </message>
</context>
<context>
    <name>ic::PaneNavigation</name>
    <message>
        <location filename="../ui/shell/PaneNavigation.cpp" line="+32"/>
        <source>Incident panes</source>
        <translation>Ansichten des Vorfalls</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ic::Permissions</name>
    <message>
        <location filename="../models/store/Permissions.cpp" line="+15"/>
        <source>editing incidents, checklists and the timeline</source>
        <translation>das Bearbeiten von Vorfällen, Checklisten und der Zeitachse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adding review comments</source>
        <translation>das Hinzufügen von Prüfkommentaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running the detection rules</source>
        <translation>das Ausführen der Erkennungsregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking command, changing severity or status and closing incidents</source>
        <translation>das Übernehmen der Leitung, das Ändern von Schweregrad oder Status und das Schließen von Vorfällen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running containment actions</source>
        <translation>das Ausführen von Eindämmungsaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approving others&apos; actions and reviewing their drafts</source>
        <translation>das Freigeben der Aktionen anderer und das Prüfen ihrer Entwürfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changing action settings, rules, escalation policies and severity presets</source>
        <translation>das Ändern von Aktionseinstellungen, Regeln, Eskalationsrichtlinien und Schweregrad-Vorgaben</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This is a read-only reviewer profile: it can add review comments only.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte: Es kann nur Prüfkommentare hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This connection is read-only: nothing can be changed through it.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Über sie kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No admin is named yet: ask your database administrator.</source>
        <translation>Es ist noch keine Administration benannt: Wenden Sie sich an Ihre Datenbankadministration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an admin (%1).</source>
        <translation>Wenden Sie sich an eine Administration (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login %1 holds no role in this workspace; %2 needs %3. %4</source>
        <translation>Ihre Anmeldung %1 hat keine Rolle in diesem Arbeitsbereich; %2 erfordert %3. %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login %1 holds only %2 in this workspace; %3 needs %4. %5</source>
        <translation>Ihre Anmeldung %1 hat in diesem Arbeitsbereich nur %2; %3 erfordert %4. %5</translation>
    </message>
</context>
<context>
    <name>ic::PersonKey</name>
    <message>
        <location filename="../models/record/PersonKey.cpp" line="+41"/>
        <source>The public key cannot be encoded.</source>
        <translation>Der öffentliche Schlüssel kann nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key is not an Ed25519 key; the record uses Ed25519 only.</source>
        <translation>Der Schlüssel ist kein Ed25519-Schlüssel; das Protokoll verwendet nur Ed25519.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The public key cannot be read.</source>
        <translation>Der öffentliche Schlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The public key is not one a person can sign with (a point of small order or outside the signing group); it is refused.</source>
        <translation>Mit diesem öffentlichen Schlüssel kann niemand signieren (ein Punkt kleiner Ordnung oder außerhalb der Signaturgruppe); er wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The public key is not a readable PEM public key.</source>
        <translation>Der öffentliche Schlüssel ist kein lesbarer öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An Ed25519 public key is 32 bytes; this one is not usable.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel ist 32 Bytes lang; dieser ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The public key is not usable.</source>
        <translation>Der öffentliche Schlüssel ist nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The signing key is not an Ed25519 private key.</source>
        <translation>Der Signaturschlüssel ist kein privater Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing failed; nothing was signed.</source>
        <translation>Signieren fehlgeschlagen; nichts wurde signiert.</translation>
    </message>
</context>
<context>
    <name>ic::Playbook</name>
    <message>
        <location filename="../models/playbooks/Playbook.cpp" line="+39"/>
        <source>“%1” (not understood: no due time)</source>
        <translation>„%1“ (nicht verstanden: kein Fälligkeitszeitpunkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>  error: %1</source>
        <translation>  Fehler: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  not a procedure: the document defines severity levels; they can be used as the workspace&apos;s levels.</source>
        <translation>  kein Ablauf: Das Dokument definiert Schweregrade; sie können als Stufen des Arbeitsbereichs verwendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  not a procedure: reference text with no steps to follow.</source>
        <translation>  kein Ablauf: Referenztext ohne auszuführende Schritte.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>  %n playbook(s)</source>
        <translation>
            <numerusform>  %n Playbook</numerusform>
            <numerusform>  %n Playbooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+12"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n Frist</numerusform>
            <numerusform>%n Fristen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  metadata: %1 = %2</source>
        <translation>  Metadaten: %1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  line %1: playbook “%2”</source>
        <translation>  Zeile %1: Playbook „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    indicators: %1</source>
        <translation>    Indikatoren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    line %1: phase “%2”</source>
        <translation>    Zeile %1: Phase „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>      under “%1”:</source>
        <translation>      unter „%1“:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>      line %1: %2</source>
        <translation>      Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cadence: %1</source>
        <translation>Rhythmus: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(+%n sub-step(s))</source>
        <translation>
            <numerusform>(+%n Unterschritt)</numerusform>
            <numerusform>(+%n Unterschritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(to fill in: %1)</source>
        <translation>(auszufüllen: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>      guidance: %n note(s)</source>
        <translation>
            <numerusform>      Hinweise: %n Notiz</numerusform>
            <numerusform>      Hinweise: %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  severity levels: %1</source>
        <translation>  Schweregrade: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  line %1: warning: %2</source>
        <translation>  Zeile %1: Warnung: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  line %1: kept: %2</source>
        <translation>  Zeile %1: behalten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  line %1: ignored: %2</source>
        <translation>  Zeile %1: ignoriert: %2</translation>
    </message>
</context>
<context>
    <name>ic::PlaybookLibrary</name>
    <message>
        <location filename="../models/playbooks/PlaybookLibrary.cpp" line="+164"/>
        <source>The playbook folder %1 does not exist or is not a folder. No playbooks were read from it; check Playbooks ▸ Folders.</source>
        <translation>Der Playbook-Ordner %1 existiert nicht oder ist kein Ordner. Es wurden keine Playbooks daraus gelesen; prüfen Sie Playbooks ▸ Ordner.</translation>
    </message>
</context>
<context>
    <name>ic::PlaybookListModel</name>
    <message>
        <location filename="../models/playbooks/PlaybookListModel.cpp" line="+51"/>
        <source>%1 (bundled)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
%2, line %3</source>
        <translation>%1
%2, Zeile %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>ic::PlaybookReader</name>
    <message>
        <location filename="../models/playbooks/PlaybookReader.cpp" line="+54"/>
        <source>The file is not valid UTF-8 text; characters that could not be read were replaced.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text; nicht lesbare Zeichen wurden ersetzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists or quotes nested deeper than %1 levels were not read from here on.</source>
        <translation>Listen oder Zitate, die tiefer als %1 Ebenen verschachtelt sind, wurden ab hier nicht gelesen.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>A second playbook is called “%1”; it is listed as “%2”.</source>
        <translation>Ein zweites Playbook heißt „%1“; es wird als „%2“ aufgeführt.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The phase “%1” of “%2” has no steps.</source>
        <translation>Die Phase „%1“ von „%2“ hat keine Schritte.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” reads like a phase but is not among the phases around it; not read as one.</source>
        <translation>„%1“ sieht wie eine Phase aus, gehört aber nicht zu den umgebenden Phasen; nicht als Phase gelesen.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the top of the file</source>
        <translation>dem Bereich vor der ersten Überschrift</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderBlocks.cpp" line="+140"/>
        <source>the list under %1 in phase “%2” names tools and references, not steps.</source>
        <translation>die Liste unter %1 in der Phase „%2“ nennt Werkzeuge und Verweise, keine Schritte.</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderPhases.cpp" line="+118"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderNotes.cpp" line="+25"/>
        <location line="+5"/>
        <source>The deadline “%1” is not understood; it is kept as text, with no due time.</source>
        <translation>Die Frist „%1“ wurde nicht verstanden; sie bleibt als Text ohne Fälligkeitszeitpunkt erhalten.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+2"/>
        <source>a task list</source>
        <translation>eine Aufgabenliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderBlocks.cpp" line="+60"/>
        <location filename="../models/playbooks/PlaybookReaderNotes.cpp" line="+4"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderClassify.cpp" line="+37"/>
        <source>a list of steps</source>
        <translation>eine Liste von Schritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of tools</source>
        <translation>eine Liste von Werkzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the goal</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of signs (indicators)</source>
        <translation>eine Liste von Anzeichen (Indikatoren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of links and references</source>
        <translation>eine Liste von Links und Verweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of definitions</source>
        <translation>eine Liste von Definitionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of examples</source>
        <translation>eine Liste von Beispielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of roles</source>
        <translation>eine Liste von Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of statements, not actions</source>
        <translation>eine Liste von Aussagen, nicht von Handlungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/playbooks/PlaybookReader.cpp" line="-239"/>
        <source>front matter (lines 1–%1): %n field(s) kept as metadata</source>
        <translation>
            <numerusform>Front Matter (Zeilen 1–%1): %n Feld als Metadaten behalten</numerusform>
            <numerusform>Front Matter (Zeilen 1–%1): %n Felder als Metadaten behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a line of template tags ({% … %}); template logic is not a step.</source>
        <translation>eine Zeile mit Vorlagen-Tags ({% … %}); Vorlagenlogik ist kein Schritt.</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>“%1” reads as reference text: %n list item(s) among its prose, none asking for an action; not made a playbook.</source>
        <translation>
            <numerusform>„%1“ liest sich als Referenztext: %n Listeneintrag zwischen Fließtext, keiner verlangt eine Handlung; kein Playbook daraus gemacht.</numerusform>
            <numerusform>„%1“ liest sich als Referenztext: %n Listeneinträge zwischen Fließtext, keiner verlangt eine Handlung; kein Playbook daraus gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>No playbook was found: the document defines %n severity level(s) and no steps to follow; the levels can be used as the workspace&apos;s.</source>
        <translation>
            <numerusform>Kein Playbook gefunden: Das Dokument definiert %n Schweregrad und keine auszuführenden Schritte; der Grad kann für den Arbeitsbereich verwendet werden.</numerusform>
            <numerusform>Kein Playbook gefunden: Das Dokument definiert %n Schweregrade und keine auszuführenden Schritte; die Grade können für den Arbeitsbereich verwendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No playbook was found: the document is not a procedure (no lists, tables or headings of steps, no commands), so nothing was made a checklist.</source>
        <translation>Kein Playbook gefunden: Das Dokument ist kein Ablauf (keine Listen, Tabellen oder Überschriften mit Schritten, keine Befehle), daher wurde nichts zur Checkliste.</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderBlocks.cpp" line="-120"/>
        <location filename="../models/playbooks/PlaybookReaderPhases.cpp" line="+144"/>
        <source>“%1”: the time target of the phase “%2”.</source>
        <translation>„%1“: die Zielzeit der Phase „%2“.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 in %2, kept as guidance of the phase “%3”.</source>
        <translation>%1 in %2, als Hinweis der Phase „%3“ behalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../models/playbooks/PlaybookReaderNotes.cpp" line="+46"/>
        <source>a placeholder in %1 (“%2”), not a step.</source>
        <translation>ein Platzhalter in %1 („%2“), kein Schritt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a documentation directive in %1 (“%2”), not a step.</source>
        <translation>eine Dokumentationsanweisung in %1 („%2“), kein Schritt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+57"/>
        <source>the goal of the phase “%1”.</source>
        <translation>das Ziel der Phase „%1“.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>the deadline of the phase “%1”.</source>
        <translation>die Frist der Phase „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” in %2, kept as guidance of the phase “%3”.</source>
        <translation>„%1“ in %2, als Hinweis der Phase „%3“ behalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a paragraph in %1, kept as guidance of the phase “%2”.</source>
        <translation>ein Absatz in %1, als Hinweis der Phase „%2“ behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of signs in %1, read as the playbook&apos;s indicators.</source>
        <translation>eine Liste von Anzeichen in %1, als Indikatoren des Playbooks gelesen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a list beside the checklist</source>
        <translation>eine Liste neben der Checkliste</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a code block in %1, attached to the step on line %2 that refers to it.</source>
        <translation>ein Codeblock in %1, dem Schritt in Zeile %2 zugeordnet, der darauf verweist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../models/playbooks/PlaybookReaderNotes.cpp" line="-16"/>
        <source>HTML without text in %1 (an anchor, comment or image).</source>
        <translation>HTML ohne Text in %1 (ein Anker, Kommentar oder Bild).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderSeverities.cpp" line="+64"/>
        <source>a list of signs in %1, read as the indicators of “%2”.</source>
        <translation>eine Liste von Anzeichen in %1, als Indikatoren von „%2“ gelesen.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a table of severity levels in %1, read as severity levels.</source>
        <translation>eine Tabelle von Schweregraden in %1, als Schweregrade gelesen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the response time of %1, read as a severity level.</source>
        <translation>die Reaktionszeit von %1, als Schweregrad gelesen.</translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReaderNotes.cpp" line="-68"/>
        <source>“%1” is named like a phase but has no steps under it; not read as one.</source>
        <translation>„%1“ heißt wie eine Phase, hat aber keine Schritte darunter; nicht als Phase gelesen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a list of signs in %1, read as the indicators of the playbook “%2”.</source>
        <translation>eine Liste von Anzeichen in %1, als Indikatoren des Playbooks „%2“ gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a code block</source>
        <translation>ein Codeblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 code block</source>
        <translation>ein %1-Codeblock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a note (“%1”), kept as guidance of the file&apos;s playbooks.</source>
        <translation>eine Notiz („%1“), als Hinweis der Playbooks der Datei behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a note in %1 (“%2”), outside any phase; kept as the playbook&apos;s guidance.</source>
        <translation>eine Notiz in %1 („%2“), außerhalb jeder Phase; als Hinweis des Playbooks behalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTML in %1 (“%2”), kept as guidance.</source>
        <translation>HTML in %1 („%2“), als Hinweis behalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 in %2, not part of any phase.</source>
        <translation>%1 in %2, nicht Teil einer Phase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2, outside any playbook.</source>
        <translation>%1 in %2, außerhalb jedes Playbooks.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>lines %1–%2: %n paragraph(s) of prose in %3, read as explanation, not as steps.</source>
        <translation>
            <numerusform>Zeilen %1–%2: %n Absatz Fließtext in %3, als Erklärung gelesen, nicht als Schritte.</numerusform>
            <numerusform>Zeilen %1–%2: %n Absätze Fließtext in %3, als Erklärung gelesen, nicht als Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/playbooks/PlaybookReader.cpp" line="+58"/>
        <source>%1 is larger than %2 MB, too large to be a playbook. Nothing was read from it.</source>
        <translation>%1 ist größer als %2 MB und damit zu groß für ein Playbook. Es wurde nichts daraus gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a text file (it contains NUL bytes). Nothing was read from it; playbooks are Markdown text.</source>
        <translation>%1 ist keine Textdatei (sie enthält NUL-Bytes). Es wurde nichts daraus gelesen; Playbooks sind Markdown-Text.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not exist. Nothing was read; check the path.</source>
        <translation>%1 existiert nicht. Es wurde nichts gelesen; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file. Nothing was read; name the Markdown files in it.</source>
        <translation>%1 ist ein Ordner, keine Datei. Es wurde nichts gelesen; geben Sie die Markdown-Dateien darin an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be opened (%2). Nothing was read; check that you may read it.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Es wurde nichts gelesen; prüfen Sie, ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read (%2). Nothing was read from it.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Es wurde nichts daraus gelesen.</translation>
    </message>
</context>
<context>
    <name>ic::PlaybooksView</name>
    <message>
        <location filename="../ui/playbooks/PlaybooksView.cpp" line="+60"/>
        <source>Search playbooks by name, indicator or phase</source>
        <translation>Playbooks nach Name, Indikator oder Phase durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search playbooks</source>
        <translation>Playbooks durchsuchen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New Incident from Playbook…</source>
        <translation>&amp;Neuer Vorfall aus Playbook …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttach to Selected Incident</source>
        <translation>An ausgewählten Vorfall a&amp;nhängen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Playbook folders</source>
        <translation>Playbook-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Folder</source>
        <translation>Ordner &amp;entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your playbook &amp;folders (Markdown files, read again when they change):</source>
        <translation>Ihre Playbook-&amp;Ordner (Markdown-Dateien, werden bei Änderungen neu gelesen):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Playbook document</source>
        <translation>Playbook-Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phase / step</source>
        <translation>Phase / Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist read from the playbook</source>
        <translation>Aus dem Playbook gelesene Checkliste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New Incident from &amp;Playbook…</source>
        <translation>Neuer Vorfall aus &amp;Playbook …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload Playbooks</source>
        <translation>Playbooks neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Playbook &amp;Folder…</source>
        <translation>Playbook-&amp;Ordner hinzufügen …</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n playbook(s) from %1 file(s).</source>
        <translation>
            <numerusform>%n Playbook aus %1 Datei(en).</numerusform>
            <numerusform>%n Playbooks aus %1 Datei(en).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n file(s) could not be read: %1. The import report says why; the other playbooks are loaded.</source>
        <translation>
            <numerusform>⚠ %n Datei konnte nicht gelesen werden: %1. Der Importbericht nennt den Grund; die übrigen Playbooks sind geladen.</numerusform>
            <numerusform>⚠ %n Dateien konnten nicht gelesen werden: %1. Der Importbericht nennt die Gründe; die übrigen Playbooks sind geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” (no due time)</source>
        <translation>„%1“ (kein Fälligkeitszeitpunkt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Attach to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an incident in the Incidents tab first</source>
        <translation>Wählen Sie zuerst auf der Registerkarte „Vorfälle“ einen Vorfall aus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New Incident from “%1”</source>
        <translation>Neuer Vorfall aus „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was opened, but the playbook is no longer in the library (its file changed or was removed), so no checklist was attached. Attach it from the Checklist tab.</source>
        <translation>%1 wurde eröffnet, aber das Playbook ist nicht mehr in der Bibliothek (seine Datei wurde geändert oder entfernt), daher wurde keine Checkliste angehängt. Hängen Sie es auf der Registerkarte „Checkliste“ an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was opened, but the checklist could not be attached: %2</source>
        <translation>%1 wurde eröffnet, aber die Checkliste konnte nicht angehängt werden: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Attached “%1” to %2.</source>
        <translation>„%1“ an %2 angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Checklist</source>
        <translation>Checkliste anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add Playbook Folder</source>
        <translation>Playbook-Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/playbooks/PlaybooksView.h" line="+33"/>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
</context>
<context>
    <name>ic::RecordWatch</name>
    <message>
        <location filename="../models/record/RecordWatch.cpp" line="+31"/>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A checkpoint signed by %1 at %2 covers %3 events, but the log now holds only %4: events were deleted.</source>
        <translation>Ein von %1 signierter Checkpoint (%2) umfasst %3 Ereignisse, das Log enthält jetzt aber nur %4: Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A checkpoint signed by %1 at %2 states the first %3 events&apos; root as %4, but the log&apos;s tree now gives %5: they were rewritten.</source>
        <translation>Ein von %1 signierter Checkpoint (%2) nennt als Wurzel der ersten %3 Ereignisse %4, der Baum des Logs ergibt jetzt aber %5: Die Ereignisse wurden umgeschrieben.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The log&apos;s tree cannot be read: %1</source>
        <translation>Der Baum des Logs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This workstation kept a checkpoint of the log %1, but the workspace&apos;s log is now %2.</source>
        <translation>Dieser Arbeitsplatz hat einen Checkpoint des Logs %1 gespeichert, das Log des Arbeitsbereichs ist jetzt aber %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The record of this workspace was rewritten since this workstation last saw it at %1: %2</source>
        <translation>Das Protokoll dieses Arbeitsbereichs wurde umgeschrieben, seit dieser Arbeitsplatz es zuletzt gesehen hat (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(It could not be recorded on the incidents&apos; timelines: %1)</source>
        <translation>(Dies konnte nicht in den Zeitachsen der Vorfälle festgehalten werden: %1)</translation>
    </message>
</context>
<context>
    <name>ic::RegulatoryClockModel</name>
    <message>
        <location filename="../models/notify/RegulatoryClockModel.cpp" line="+44"/>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clock</source>
        <translation>Meldefrist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who must be told</source>
        <translation>Wer informiert werden muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due (local time)</source>
        <translation>Fällig (Ortszeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ic::ReplicationLag</name>
    <message>
        <location filename="../models/audit/ReplicationLag.cpp" line="+36"/>
        <source>audit data read from the primary</source>
        <translation>Audit-Daten vom Primärserver gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit data %1 s behind the primary; the standby is not receiving from it</source>
        <translation>Audit-Daten %1 s hinter dem Primärserver; der Standby empfängt nichts von ihm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the standby is not receiving from the primary</source>
        <translation>der Standby empfängt nichts vom Primärserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit data up to date with the primary</source>
        <translation>Audit-Daten auf dem Stand des Primärservers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit data behind the primary (by how much is not known yet)</source>
        <translation>Audit-Daten hinter dem Primärserver (um wie viel, ist noch nicht bekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit data %1 s behind the primary</source>
        <translation>Audit-Daten %1 s hinter dem Primärserver</translation>
    </message>
</context>
<context>
    <name>ic::ReplicationLagLine</name>
    <message>
        <location filename="../ui/audit/ReplicationLagLine.cpp" line="+36"/>
        <source>Audit data: checking how fresh it is…</source>
        <translation>Audit-Daten: Aktualität wird geprüft …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (replay is paused on the standby)</source>
        <translation>%1 (das Einspielen ist auf dem Standby angehalten)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Audit data: how fresh it is could not be read (%1)</source>
        <translation>Audit-Daten: Aktualität konnte nicht ermittelt werden (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ic::ReplicationMonitor</name>
    <message>
        <location filename="../models/audit/ReplicationLag.cpp" line="+155"/>
        <source>The audit data is older than the primary&apos;s: %1. Events of the last moments may be missing; the limit for this warning is %2 s.</source>
        <translation>Die Audit-Daten sind älter als die des Primärservers: %1. Ereignisse der letzten Augenblicke fehlen möglicherweise; die Schwelle für diese Warnung liegt bei %2 s.</translation>
    </message>
</context>
<context>
    <name>ic::ReviewDocument</name>
    <message>
        <location filename="../models/review/ReviewDocument.cpp" line="+91"/>
        <source>Incident Summary</source>
        <translation>Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per Phase</source>
        <translation>Zeit je Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root Cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Went Well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Could Be Improved</source>
        <translation>Was verbessert werden kann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lessons Learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-Mortem Checklist</source>
        <translation>Checkliste zur Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source># Post-Incident Review: %1</source>
        <translation># Nachbetrachtung des Vorfalls: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- **Incident ID**: %1</source>
        <translation>- **Vorfall-ID**: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- **Date**: %1</source>
        <translation>- **Datum**: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- **Severity**: %1 - %2</source>
        <translation>- **Schweregrad**: %1 - %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- **Duration**: %1%2</source>
        <translation>- **Dauer**: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still open)</source>
        <translation> (noch offen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 tenant</source>
        <translation>1 Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tenants</source>
        <translation>%1 Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 API key</source>
        <translation>1 API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 API keys</source>
        <translation>%1 API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- **Impact**: %1</source>
        <translation>- **Auswirkung**: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_to be described_</source>
        <translation>_noch zu beschreiben_</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 affected</source>
        <translation>%1 betroffen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>| Time | Event |</source>
        <translation>| Zeit | Ereignis |</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> — entered afterwards</source>
        <translation> – nachträglich erfasst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>| Milestone | When | Time from detection |</source>
        <translation>| Meilenstein | Wann | Zeit ab Erkennung |</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Detected | %1 | — |</source>
        <translation>| Erkannt | %1 | — |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Acknowledged (time to respond) | %1 | %2 |</source>
        <translation>| Bestätigt (Zeit bis zur Reaktion) | %1 | %2 |</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Contained (time to contain) | %1 | %2 |</source>
        <translation>| Eingedämmt (Zeit bis zur Eindämmung) | %1 | %2 |</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Resolved (time to resolve) | %1 | %2 |</source>
        <translation>| Behoben (Zeit bis zur Behebung) | %1 | %2 |</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- **Cause**: _to be filled in_</source>
        <translation>- **Ursache**: _noch auszufüllen_</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_to be filled in_</source>
        <translation>_noch auszufüllen_</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detection rule</source>
        <translation>Erkennungsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by %1</source>
        <translation>Gemeldet von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- **How Detected**: %1</source>
        <translation>- **Wie erkannt**: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- **Why It Happened**: _to be filled in_</source>
        <translation>- **Warum es geschah**: _noch auszufüllen_</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- [ ] _Describe an action item_ — owner: _name_</source>
        <translation>- [ ] _Maßnahme beschreiben_ – verantwortlich: _Name_</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- _to be filled in_</source>
        <translation>- _noch auszufüllen_</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- [ ] Post-mortem meeting scheduled</source>
        <translation>- [ ] Besprechung zur Nachbetrachtung angesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- [x] Timeline documented</source>
        <translation>- [x] Zeitachse dokumentiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- [ ] Root cause analysis completed</source>
        <translation>- [ ] Ursachenanalyse abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- [ ] Action items tracked</source>
        <translation>- [ ] Maßnahmen nachverfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- [ ] Runbook updated</source>
        <translation>- [ ] Runbook aktualisiert</translation>
    </message>
</context>
<context>
    <name>ic::ReviewExport</name>
    <message>
        <location filename="../ui/review/ReviewExport.cpp" line="+52"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — Post-Incident Review</source>
        <translation>%1 – Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Post-Incident Review — %2</source>
        <translation>%1 – Nachbetrachtung – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1. Nothing was exported; check that the folder exists and you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden. Es wurde nichts exportiert; prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1 (%2). Nothing was exported.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>ic::ReviewPane</name>
    <message>
        <location filename="../ui/review/ReviewPane.cpp" line="+41"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft from Record</source>
        <translation>Aus Protokoll entwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a new draft from the incident&apos;s record (summary, timeline, time per phase)</source>
        <translation>Einen neuen Entwurf aus dem Protokoll des Vorfalls erstellen (Zusammenfassung, Zeitachse, Zeit je Phase)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown…</source>
        <translation>Markdown …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review (Markdown)</source>
        <translation>Nachbetrachtung (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review yet. Press &quot;Draft from Record&quot; to start one.</source>
        <translation>Noch keine Nachbetrachtung. Klicken Sie auf „Aus Protokoll entwerfen“, um eine zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review preview</source>
        <translation>Vorschau der Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save Review Version</source>
        <translation>Version der Nachbetrachtung speichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A reviewer profile reads reviews; it adds review comments on the timeline</source>
        <translation>Ein Prüferprofil liest Nachbetrachtungen; Prüfkommentare fügt es auf der Zeitachse hinzu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the review draft of %1</source>
        <translation>Entwurf der Nachbetrachtung zu %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your review draft could not be kept in the workspace, so it exists only on this screen: %1 Save it as a version or copy it.</source>
        <translation>Ihr Entwurf der Nachbetrachtung konnte nicht im Arbeitsbereich gesichert werden und existiert daher nur auf diesem Bildschirm: %1 Speichern Sie ihn als Version, oder kopieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Version %1 — %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved version</source>
        <translation>Keine gespeicherte Version</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored your unsaved changes from %1. Save them as a version, or pick a saved version to discard them.</source>
        <translation>Ihre ungespeicherten Änderungen von %1 wurden wiederhergestellt. Speichern Sie sie als Version, oder wählen Sie eine gespeicherte Version, um sie zu verwerfen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Drafted from the record. Fill in the parts marked &quot;to be filled in&quot;, then save a version (Ctrl+S).</source>
        <translation>Aus dem Protokoll entworfen. Füllen Sie die mit „noch auszufüllen“ markierten Stellen aus und speichern Sie dann eine Version (Strg+S).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved as version %1. Someone else saved version %2 while you were editing version %3: compare them in the version list.</source>
        <translation>Als Version %1 gespeichert. Während Sie Version %3 bearbeitet haben, hat jemand anderes Version %2 gespeichert: Vergleichen Sie sie in der Versionsliste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Review as Markdown</source>
        <translation>Nachbetrachtung als Markdown exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Review as PDF</source>
        <translation>Nachbetrachtung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — Post-Incident Review — %2</source>
        <translation>%1 – Nachbetrachtung – %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Draft kept in the workspace at %1; not saved as a version yet (Ctrl+S)</source>
        <translation>Entwurf im Arbeitsbereich gesichert (%1); noch nicht als Version gespeichert (Strg+S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft NOT kept in the workspace (%1); save it as a version</source>
        <translation>Entwurf NICHT im Arbeitsbereich gesichert (%1); speichern Sie ihn als Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft: being kept in the workspace…</source>
        <translation>Entwurf: wird im Arbeitsbereich gesichert …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1, the latest</source>
        <translation>Version %1, die neueste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of %2 (an older version)</source>
        <translation>Version %1 von %2 (eine ältere Version)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPane.h" line="+30"/>
        <source>Review</source>
        <translation>Nachbetrachtung</translation>
    </message>
</context>
<context>
    <name>ic::ReviewStore</name>
    <message>
        <location filename="../models/review/ReviewRepository.cpp" line="+57"/>
        <source>The review is empty. Nothing was saved.</source>
        <translation>Die Nachbetrachtung ist leer. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review contains a NUL character, which cannot be stored. Nothing was saved.</source>
        <translation>Die Nachbetrachtung enthält ein NUL-Zeichen, das nicht gespeichert werden kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved the post-incident review (version %1)</source>
        <translation>Nachbetrachtung gespeichert (Version %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The review contains a NUL character, which cannot be stored.</source>
        <translation>Die Nachbetrachtung enthält ein NUL-Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewStore.cpp" line="+78"/>
        <source>This is a read-only reviewer profile: the review cannot be changed here. Nothing was saved.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte: Die Nachbetrachtung kann hier nicht geändert werden. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ic::RulesPanel</name>
    <message>
        <location filename="../ui/detection/RulesPanel.cpp" line="+35"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watermark</source>
        <translation>Gelesen bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detection rules</source>
        <translation>Erkennungsregeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read &amp;Everything Again</source>
        <translation>&amp;Alles erneut lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Forget the selected rule&apos;s watermark: its next run reads the whole audit log again.</source>
        <translation>Lesestand der ausgewählten Regel zurücksetzen: Beim nächsten Lauf wird das gesamte Audit-Protokoll erneut gelesen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Rule folders</source>
        <translation>Regelordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move Folder</source>
        <translation>Ordner ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your rule &amp;folders (*.rule files, read again at every run; see docs/detection-rules.md):</source>
        <translation>Ihre Regel&amp;ordner (*.rule-Dateien, werden bei jedem Lauf neu gelesen; siehe docs/detection-rules.md):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not loaded here (%1)</source>
        <translation>hier nicht geladen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>OK, %n alert(s) in the last run</source>
        <translation>
            <numerusform>OK, %n Alarm im letzten Lauf</numerusform>
            <numerusform>OK, %n Alarme im letzten Lauf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run yet</source>
        <translation>Noch nicht gelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2 (%3 ms)</source>
        <translation>%1 von %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule files that could not be used:
%1</source>
        <translation>Regeldateien, die nicht verwendet werden konnten:
%1</translation>
    </message>
</context>
<context>
    <name>ic::SecretStore</name>
    <message>
        <location filename="../models/core/SecretStore.cpp" line="+34"/>
        <source>No keychain is available on this desktop (no Secret Service on the session bus). Secrets can only be kept in memory for this session.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (kein Secret Service auf dem Sitzungsbus). Geheimnisse können nur für diese Sitzung im Arbeitsspeicher gehalten werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your keychain is locked, so the stored secret cannot be read. Unlock the keychain (for example by logging in again) and retry.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher kann das gespeicherte Geheimnis nicht gelesen werden. Entsperren Sie den Schlüsselbund (zum Beispiel durch erneutes Anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is stored in the keychain for this connection yet.</source>
        <translation>Für diese Verbindung ist im Schlüsselbund noch nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The keychain did not store the secret; nothing was saved.</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keychain could not delete the secret.</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen.</translation>
    </message>
</context>
<context>
    <name>ic::SeverityPolicy</name>
    <message>
        <location filename="../models/incidents/SeverityPolicy.cpp" line="+28"/>
        <source>%1 needs a name. The policy was not saved.</source>
        <translation>%1 braucht einen Namen. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response target of %1 must be between 0 minutes and one year. The policy was not saved.</source>
        <translation>Das Reaktionsziel von %1 muss zwischen 0 Minuten und einem Jahr liegen. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must not need a faster response than %2. The policy was not saved.</source>
        <translation>%1 darf keine schnellere Reaktion verlangen als %2. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Active breach, data loss</source>
        <translation>Aktiver Einbruch, Datenverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database breach, mass token theft</source>
        <translation>Einbruch in die Datenbank, massenhafter Token-Diebstahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Potential breach, service disruption</source>
        <translation>Möglicher Einbruch, Dienststörung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious access patterns, DDoS</source>
        <translation>Verdächtige Zugriffsmuster, DDoS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;1 hour</source>
        <translation>&lt;1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Security concern, no immediate threat</source>
        <translation>Sicherheitsbedenken, keine unmittelbare Bedrohung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed security scan, config issue</source>
        <translation>Fehlgeschlagener Sicherheitsscan, Konfigurationsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;4 hours</source>
        <translation>&lt;4 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Minor security issue</source>
        <translation>Geringfügiges Sicherheitsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated dependency</source>
        <translation>Veraltete Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;24 hours</source>
        <translation>&lt;24 Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Data breach, authentication bypass, RCE</source>
        <translation>Datenpanne, Umgehung der Authentifizierung, RCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate (&lt; 5 minutes)</source>
        <translation>Sofort (&lt; 5 Minuten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>API key leak, unauthorized access, data exposure</source>
        <translation>Geleakter API-Schlüssel, unbefugter Zugriff, offengelegte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 15 minutes</source>
        <translation>&lt; 15 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Rate limit bypass, information disclosure</source>
        <translation>Umgehung der Ratenbegrenzung, Informationspreisgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 1 hour</source>
        <translation>&lt; 1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Misconfiguration, minor vulnerabilities</source>
        <translation>Fehlkonfiguration, geringfügige Schwachstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 24 hours</source>
        <translation>&lt; 24 Stunden</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Security Team (Immediate, 1 h, 4 h, 24 h)</source>
        <translation>Sicherheitsteam (sofort, 1 h, 4 h, 24 h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform (5 min, 15 min, 1 h, 24 h)</source>
        <translation>Plattform (5 min, 15 min, 1 h, 24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE %1</source>
        <translation>ÜBERFÄLLIG %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded late</source>
        <translation>Verspätet reagiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ic::SeverityPolicyDialog</name>
    <message>
        <location filename="../ui/incidents/SeverityPolicyDialog.cpp" line="+18"/>
        <source>Severity Policy</source>
        <translation>Schweregrad-Richtlinie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Name&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Respond within (min)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reaktion binnen (min)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;As written&lt;/b&gt;</source>
        <translation>&lt;b&gt;Im Wortlaut&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschreibung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>How fast each severity must be answered. The countdown in the incident list runs from detection until someone takes command.</source>
        <translation>Wie schnell auf jeden Schweregrad reagiert werden muss. Der Countdown in der Vorfallliste läuft ab der Erkennung, bis jemand die Leitung übernimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
</context>
<context>
    <name>ic::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/ShortcutsDialog.cpp" line="+68"/>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ic::Signing</name>
    <message>
        <location filename="../models/evidence/Signing.cpp" line="+80"/>
        <source>Could not generate a signing key.</source>
        <translation>Es konnte kein Signaturschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not encode the signing key.</source>
        <translation>Der Signaturschlüssel konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored signing key cannot be read.</source>
        <translation>Der gespeicherte Signaturschlüssel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing key is not an Ed25519 private key.</source>
        <translation>Der Signaturschlüssel ist kein privater Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Signing failed.</source>
        <translation>Das Signieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>The public key is not a readable PEM public key.</source>
        <translation>Der öffentliche Schlüssel ist kein lesbarer öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The public key is not an Ed25519 key.</source>
        <translation>Der öffentliche Schlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public key cannot verify signatures.</source>
        <translation>Mit dem öffentlichen Schlüssel lassen sich keine Signaturen prüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature does not match: the manifest or the key changed after signing.</source>
        <translation>Die Signatur stimmt nicht überein: Das Manifest oder der Schlüssel wurde nach dem Signieren geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The public key cannot be encoded.</source>
        <translation>Der öffentliche Schlüssel kann nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>ic::SigningKeyVault</name>
    <message>
        <location filename="../models/evidence/SigningKeyVault.cpp" line="+23"/>
        <location line="+34"/>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The evidence signing key in your keychain cannot be read. Nothing was signed. Remove the keychain entry &quot;%1&quot; to create a new key.</source>
        <translation>Der Signaturschlüssel für Beweismittel in Ihrem Schlüsselbund kann nicht gelesen werden. Es wurde nichts signiert. Entfernen Sie den Schlüsselbundeintrag „%1“, um einen neuen Schlüssel zu erzeugen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The evidence signing key lives only in your keychain, which is not usable: %1 Nothing was signed.</source>
        <translation>Der Signaturschlüssel für Beweismittel liegt nur in Ihrem Schlüsselbund, und dieser ist nicht verwendbar: %1 Es wurde nichts signiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new evidence signing key could not be stored in your keychain, so it was not used. Nothing was signed.</source>
        <translation>Ein neuer Signaturschlüssel für Beweismittel konnte nicht in Ihrem Schlüsselbund gespeichert werden und wurde daher nicht verwendet. Es wurde nichts signiert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The keychain did not answer within a minute. Nothing was signed.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb einer Minute geantwortet. Es wurde nichts signiert.</translation>
    </message>
</context>
<context>
    <name>ic::SqlConsole</name>
    <message>
        <location filename="../models/audit/SqlConsoleModel.cpp" line="+46"/>
        <location line="+42"/>
        <source>The console runs one statement at a time. Remove the others. Nothing was run.</source>
        <translation>Die Konsole führt jeweils nur eine Anweisung aus. Entfernen Sie die anderen. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The console only reads: this statement would change data, so it was refused. Nothing was changed.</source>
        <translation>Die Konsole liest nur: Diese Anweisung würde Daten ändern und wurde daher abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>The query failed. Nothing was changed. The database said:</source>
        <translation>Die Abfrage ist fehlgeschlagen. Es wurde nichts geändert. Meldung der Datenbank:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The SQLite connection is not open.</source>
        <translation>Die SQLite-Verbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+110"/>
        <source>Enter a query to run. Nothing was run.</source>
        <translation>Geben Sie eine auszuführende Abfrage ein. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The console only runs queries that read and return rows (SELECT, WITH … SELECT, VALUES). Nothing was run.</source>
        <translation>Die Konsole führt nur Abfragen aus, die lesen und Zeilen zurückgeben (SELECT, WITH … SELECT, VALUES). Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The console only runs queries that read (SELECT, WITH … SELECT, VALUES, TABLE); &quot;%1&quot; is not one. Nothing was run.</source>
        <translation>Die Konsole führt nur lesende Abfragen aus (SELECT, WITH … SELECT, VALUES, TABLE); „%1“ gehört nicht dazu. Es wurde nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ic::SqlConsolePane</name>
    <message>
        <location filename="../ui/audit/SqlConsolePane.cpp" line="+29"/>
        <source>SELECT … FROM audit_logs WHERE … — read-only; Ctrl+Enter runs</source>
        <translation>SELECT … FROM audit_logs WHERE … – nur lesend; Strg+Eingabe führt aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run in a read-only transaction (Ctrl+Enter)</source>
        <translation>In einer Nur-Lese-Transaktion ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements running longer are stopped</source>
        <translation>Länger laufende Anweisungen werden abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run the query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled after %1 s. Rows already shown stay; nothing was changed.</source>
        <translation>Nach %1 s abgebrochen. Bereits angezeigte Zeilen bleiben erhalten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running… %1 s</source>
        <translation>Läuft … %1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s); first rows after %1 ms</source>
        <translation>
            <numerusform>%n Zeile; erste Zeilen nach %1 ms</numerusform>
            <numerusform>%n Zeilen; erste Zeilen nach %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows so far, counting…</source>
        <translation>Bisher %1 Zeilen, Zählung läuft …</translation>
    </message>
</context>
<context>
    <name>ic::SqlNodeStore</name>
    <message>
        <location filename="../models/record/SqlNodeStore.cpp" line="+62"/>
        <source>A tree node outside any possible log was asked for.</source>
        <translation>Ein Baumknoten außerhalb jedes möglichen Logs wurde angefragt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A stored tree hash is not 32 bytes: the record&apos;s tree store was damaged or edited.</source>
        <translation>Ein gespeicherter Baum-Hash ist nicht 32 Bytes lang: Der Baumspeicher des Protokolls wurde beschädigt oder bearbeitet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Could not read the record&apos;s tree.</source>
        <translation>Der Baum des Protokolls konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record&apos;s tree store has no hash for level %1, index %2: rows were deleted, or the tree is smaller than claimed.</source>
        <translation>Der Baumspeicher des Protokolls hat keinen Hash für Ebene %1, Index %2: Zeilen wurden gelöscht, oder der Baum ist kleiner als behauptet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not prepare the tree update.</source>
        <translation>Die Aktualisierung des Baums konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tree update failed; nothing was appended.</source>
        <translation>Die Aktualisierung des Baums ist fehlgeschlagen; nichts wurde angehängt.</translation>
    </message>
</context>
<context>
    <name>ic::StepActions</name>
    <message>
        <location filename="../models/playbooks/StepActions.cpp" line="+85"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend tenant</source>
        <translation>Mandanten sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block IP address</source>
        <translation>IP-Adresse blockieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record in the audit log</source>
        <translation>Im Audit-Protokoll festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containment action</source>
        <translation>Eindämmungsmaßnahme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Open containment action…</source>
        <translation>Eindämmungsmaßnahme öffnen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request that would be sent to the admin API:</source>
        <translation>Die Anfrage, die an die Admin-API gesendet würde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not filled in from the incident yet: %1 — add the affected users, tenants or API keys to the incident.</source>
        <translation>Noch nicht aus dem Vorfall übernommen: %1 – fügen Sie dem Vorfall die betroffenen Benutzer, Mandanten oder API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Open in audit log explorer</source>
        <translation>Im Audit-Protokoll-Explorer öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL changes are never run from a checklist, and no containment action does this one. Copy it to run it where you run SQL, if it still applies.</source>
        <translation>SQL-Änderungen werden nie aus einer Checkliste ausgeführt, und keine Eindämmungsaktion leistet diese. Kopieren Sie sie, um sie dort auszuführen, wo Sie SQL ausführen, falls sie noch zutrifft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open containment action: %1…</source>
        <translation>Eindämmungsmaßnahme öffnen: %1 …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SQL changes are never run from a checklist. This step maps to the containment action “%1”.</source>
        <translation>SQL-Änderungen werden nie aus einer Checkliste ausgeführt. Dieser Schritt entspricht der Eindämmungsmaßnahme „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ic::TableWriter</name>
    <message>
        <location filename="../models/demo/TableWriter.cpp" line="+58"/>
        <source>Could not prepare the demo data insert.</source>
        <translation>Das Einfügen der Demodaten konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing demo data failed.</source>
        <translation>Das Schreiben der Demodaten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PostgreSQL refused the COPY.</source>
        <translation>PostgreSQL hat das COPY abgelehnt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The COPY could not be finished.</source>
        <translation>Das COPY konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The connection to PostgreSQL failed during COPY.</source>
        <translation>Die Verbindung zu PostgreSQL ist während des COPY abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PostgreSQL rejected the demo data.</source>
        <translation>PostgreSQL hat die Demodaten abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ic::Team</name>
    <message>
        <location filename="../models/team/TeamAccess.cpp" line="+50"/>
        <source>The database refused this: your login holds no role of this workspace that may do it (%1). Nothing was changed. An admin of the workspace can grant the role it needs.</source>
        <translation>Die Datenbank hat dies abgelehnt: Ihr Login hat keine Rolle dieses Arbeitsbereichs, die das darf (%1). Es wurde nichts geändert. Ein Admin des Arbeitsbereichs kann die nötige Rolle vergeben.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>responder</source>
        <translation>responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commander</source>
        <translation>commander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approver</source>
        <translation>approver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner (schema updates)</source>
        <translation>owner (Schema-Updates)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no admin is named yet; ask your database administrator</source>
        <translation>es ist noch kein Admin benannt; wenden Sie sich an Ihre Datenbankadministration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login &quot;%1&quot; holds no role in the workspace %2 (viewer, responder, commander, approver or admin), so it may neither read nor change anything there. Nothing was changed. An admin of the workspace can grant you one (%3), in Members &amp; Roles or with: incident-commander team grant --pg CONNINFO %1 viewer</source>
        <translation>Ihr Login „%1“ hat keine Rolle im Arbeitsbereich %2 (viewer, responder, commander, approver oder admin) und darf dort daher weder etwas lesen noch ändern. Es wurde nichts geändert. Ein Admin des Arbeitsbereichs kann Ihnen eine Rolle zuweisen (%3), unter „Mitglieder &amp; Rollen“ oder mit: incident-commander team grant --pg CONNINFO %1 viewer</translation>
    </message>
    <message>
        <location filename="../models/team/TeamAdmin.cpp" line="+141"/>
        <source>This workspace has no audit reader yet. Nothing was changed.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Audit-Leser. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>The connection to the database was lost. Nothing was changed.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&quot;%1&quot; cannot be a new login: use letters, digits, _ . - @ (1 to 63 characters, starting with a letter or _, not pg_). Nothing was changed.</source>
        <translation>„%1“ kann kein neues Login sein: Verwenden Sie Buchstaben, Ziffern, _ . - @ (1 bis 63 Zeichen, beginnend mit einem Buchstaben oder _, nicht mit pg_). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password needs at least 12 characters. Nothing was changed.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen haben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team workspace (PostgreSQL) has logins. Nothing was changed.</source>
        <translation>Nur ein Team-Arbeitsbereich (PostgreSQL) hat Logins. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your login may not create logins (that needs CREATEROLE); ask your database administrator to create %1. Nothing was changed.</source>
        <translation>Ihr Login darf keine Logins anlegen (dafür ist CREATEROLE nötig); bitten Sie Ihre Datenbankadministration, %1 anzulegen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A login or role named %1 exists already: add it as an existing login. Nothing was changed.</source>
        <translation>Ein Login oder eine Rolle namens %1 existiert bereits: Fügen Sie es als vorhandenes Login hinzu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not prepare the password. Nothing was changed.</source>
        <translation>Das Passwort konnte nicht vorbereitet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not prepare the audit reader&apos;s new password. Nothing was changed.</source>
        <translation>Das neue Passwort des Audit-Lesers konnte nicht vorbereitet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The workspace was updated but has no roles. Nothing else was changed.</source>
        <translation>Der Arbeitsbereich wurde aktualisiert, hat aber keine Rollen. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an admin of this workspace, so it cannot prepare it. Nothing was changed. Its admins: %2</source>
        <translation>%1 ist kein Admin dieses Arbeitsbereichs und kann ihn daher nicht vorbereiten. Es wurde nichts geändert. Seine Admins: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The read-only audit reader may still call functions with effects (advisory locks, pg_terminate_backend, pg_notify, dblink). Only a superuser can take them from PUBLIC: have one run this command once.</source>
        <translation>Der schreibgeschützte Audit-Leser kann noch Funktionen mit Nebenwirkungen aufrufen (Advisory Locks, pg_terminate_backend, pg_notify, dblink). Nur ein Superuser kann sie PUBLIC entziehen: Lassen Sie einen Superuser diesen Befehl einmal ausführen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit reader&apos;s password was not replaced (that needs CREATEROLE).</source>
        <translation>Das Passwort des Audit-Lesers wurde nicht ersetzt (dafür ist CREATEROLE nötig).</translation>
    </message>
    <message>
        <location filename="../models/team/TeamMembers.cpp" line="+21"/>
        <source>This workspace is single-person: it has no members or roles. Nothing was changed. Team workspaces are PostgreSQL databases prepared with: incident-commander team init --pg CONNINFO</source>
        <translation>Dieser Arbeitsbereich ist für eine einzelne Person: Er hat keine Mitglieder oder Rollen. Es wurde nichts geändert. Team-Arbeitsbereiche sind PostgreSQL-Datenbanken, vorbereitet mit: incident-commander team init --pg CONNINFO</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a login name (1 to 63 characters). Nothing was changed.</source>
        <translation>„%1“ ist kein Login-Name (1 bis 63 Zeichen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;%1&quot; is not a role of a workspace; the roles are viewer, responder, commander, approver and admin. Nothing was changed.</source>
        <translation>„%1“ ist keine Rolle eines Arbeitsbereichs; die Rollen sind viewer, responder, commander, approver und admin. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name at least one role (viewer, responder, commander, approver, admin). Nothing was changed.</source>
        <translation>Nennen Sie mindestens eine Rolle (viewer, responder, commander, approver, admin). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::Team::Approvals</name>
    <message>
        <location filename="../models/team/Approvals.cpp" line="+26"/>
        <source>This workspace is single-person: its actions need no approval. Nothing was changed.</source>
        <translation>Dieser Arbeitsbereich ist für eine einzelne Person: Seine Aktionen brauchen keine Genehmigung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workspace has no approvals yet (it was made by an older version). Nothing was changed; open it once with this version as its owner.</source>
        <translation>Dieser Arbeitsbereich kennt noch keine Genehmigungen (er wurde mit einer älteren Version angelegt). Es wurde nichts geändert; öffnen Sie ihn einmal mit dieser Version als sein Eigentümer.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The decision was not recorded. Nothing was changed.</source>
        <translation>Die Entscheidung wurde nicht festgehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved: %1 (requested by %2)</source>
        <translation>Genehmigt: %1 (angefordert von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved: %1 (requested by %2) — %3</source>
        <translation>Genehmigt: %1 (angefordert von %2) – %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected: %1 (requested by %2) — %3</source>
        <translation>Abgelehnt: %1 (angefordert von %2) – %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BREAK-GLASS: %1 runs without a second person&apos;s approval — %2</source>
        <translation>BREAK-GLASS: %1 wird ohne Genehmigung einer zweiten Person ausgeführt – %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 is longer than %2 characters or contains a NUL character. Nothing was changed.</source>
        <translation>Die Angabe „%1“ ist länger als %2 Zeichen oder enthält ein NUL-Zeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the %1; it goes on the timeline. Nothing was changed.</source>
        <translation>Geben Sie „%1“ an; die Angabe wird in der Zeitachse festgehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the %1 (at least %2 characters); it goes on the timeline. Nothing was changed.</source>
        <translation>Geben Sie „%1“ an (mindestens %2 Zeichen); die Angabe wird in der Zeitachse festgehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reason for the rejection</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The action %1 is not in this workspace&apos;s outbox.</source>
        <translation>Die Aktion %1 ist nicht im Postausgang dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; is not a kind of containment action. Nothing was changed.</source>
        <translation>„%1“ ist keine Art von Eindämmungsaktion. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::TeamShell</name>
    <message>
        <location filename="../ui/team/TeamShell.cpp" line="+41"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>&amp;Waiting for My Approval…</source>
        <translation>&amp;Wartet auf meine Genehmigung …</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Members &amp;&amp; Roles…</source>
        <translation>&amp;Mitglieder &amp;&amp; Rollen …</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n waiting for your approval</source>
        <translation>
            <numerusform>%n wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests of containment actions that wait for you to approve or reject them</source>
        <translation>Angeforderte Eindämmungsaktionen, die darauf warten, dass Sie sie genehmigen oder ablehnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a team workspace (PostgreSQL, one login per person) has members and roles.</source>
        <translation>Nur ein Team-Arbeitsbereich (PostgreSQL, ein Login pro Person) hat Mitglieder und Rollen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who is a member, with which roles; give and take roles</source>
        <translation>Wer Mitglied ist, mit welchen Rollen; Rollen zuweisen und entziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team workspace (PostgreSQL, one login per person) has approvals.</source>
        <translation>Nur ein Team-Arbeitsbereich (PostgreSQL, ein Login pro Person) kennt Genehmigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests that wait for your approval</source>
        <translation>Anforderungen, die auf Ihre Genehmigung warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting for My Approval (%1)…</source>
        <translation>&amp;Wartet auf meine Genehmigung (%1) …</translation>
    </message>
</context>
<context>
    <name>ic::TimelineModel</name>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="+54"/>
        <source>Happened %1
Recorded %2 (event %3)</source>
        <translation>Geschehen %1
Erfasst %2 (Ereignis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Entered afterwards with a chosen time</source>
        <translation>
Nachträglich mit gewähltem Zeitpunkt erfasst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (entered later)</source>
        <translation> (nachträglich erfasst)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correction: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual entry</source>
        <translation>Manueller Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>ic::TimelinePane</name>
    <message>
        <location filename="../ui/timeline/TimelinePane.cpp" line="+56"/>
        <source>Lanes by actor</source>
        <translation>Spuren nach Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by kind</source>
        <translation>Spuren nach Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind filter</source>
        <translation>Filter nach Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the timeline</source>
        <translation>Zeitachse durchsuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show everything (Home)</source>
        <translation>Alles anzeigen (Pos1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to now (N)</source>
        <translation>Zum aktuellen Zeitpunkt (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Entry…</source>
        <translation>Eintrag hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record something that happened, with the time it happened</source>
        <translation>Ein Geschehen mit dem Zeitpunkt erfassen, zu dem es geschah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Comment…</source>
        <translation>Prüfkommentar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify Record</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no event was changed, deleted, reordered or added directly in the database</source>
        <translation>Prüfen, dass kein Ereignis direkt in der Datenbank geändert, gelöscht, umsortiert oder hinzugefügt wurde</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitachse</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Showing the newest %L1 events; reading the earlier ones…</source>
        <translation>Die neuesten %L1 Ereignisse werden angezeigt; die früheren werden gelesen …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step due: %1</source>
        <translation>Schritt fällig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 steps due, %3 settled</source>
        <translation>%1: %2 Schritte fällig, %3 erledigt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A reviewer can add review comments only</source>
        <translation>Prüfer können nur Prüfkommentare hinzufügen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Response target %1 (%2)</source>
        <translation>Reaktionsziel %1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Review Comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to the Record</source>
        <translation>Zum Protokoll hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole incident</source>
        <translation>den gesamten Vorfall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Happened at</source>
        <translation>Geschehen am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to Record</source>
        <translation>Zum Protokoll hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The record of %1 is intact: %n event(s), each linked to the one before by its SHA-256.</source>
        <translation>
            <numerusform>Das Protokoll von %1 ist unversehrt: %n Ereignis, über seinen SHA-256 mit dem vorherigen verknüpft.</numerusform>
            <numerusform>Das Protokoll von %1 ist unversehrt: %n Ereignisse, jedes über seinen SHA-256 mit dem vorherigen verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record of %1 was altered in the database, first at event %2: %3</source>
        <translation>Das Protokoll von %1 wurde in der Datenbank verändert, erstmals bei Ereignis %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelinePane.h" line="+33"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
</context>
<context>
    <name>ic::TimelineStore</name>
    <message>
        <location filename="../models/timeline/TimelineStore.cpp" line="+118"/>
        <source>The entry is empty. Nothing was added to the record.</source>
        <translation>Der Eintrag ist leer. Dem Protokoll wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry contains a NUL character, which cannot be stored. Nothing was added to the record.</source>
        <translation>Der Eintrag enthält ein NUL-Zeichen, das nicht gespeichert werden kann. Dem Protokoll wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry&apos;s time is in the future; the record only holds what has happened. Nothing was added.</source>
        <translation>Der Zeitpunkt des Eintrags liegt in der Zukunft; das Protokoll enthält nur bereits Geschehenes. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a read-only reviewer profile: it can add review comments, not entries. Nothing was added.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte: Es kann Prüfkommentare hinzufügen, aber keine Einträge. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This connection cannot write. Nothing was added.</source>
        <translation>Über diese Verbindung kann nicht geschrieben werden. Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ic::TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.cpp" line="+31"/>
        <source>Visual timeline</source>
        <translation>Grafische Zeitachse</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../ui/timeline/TimelineViewPaint.cpp" line="+245"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/timeline/TimelineViewPaint.cpp" line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — due %2%3</source>
        <translation>%1 – fällig %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (met)</source>
        <translation> (eingehalten)</translation>
    </message>
    <message>
        <location line="-277"/>
        <location filename="../ui/timeline/TimelineViewPaint.cpp" line="+115"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>ic::Toast</name>
    <message>
        <location filename="../ui/shell/Toast.cpp" line="+15"/>
        <source>What just happened</source>
        <translation>Was gerade geschehen ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ic::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+15"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
</context>
<context>
    <name>ic::TrustList</name>
    <message>
        <location filename="../models/record/TrustList.cpp" line="+25"/>
        <source>The trusted-keys file cannot be used: %1 Nothing is trusted from it.</source>
        <translation>Die Datei mit vertrauenswürdigen Schlüsseln ist nicht verwendbar: %1 Ihr wird nichts vertraut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>it is larger than %1 bytes.</source>
        <translation>sie ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>ihr „format“ ist nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;exported_at&quot; is not a UTC time.</source>
        <translation>„exported_at“ ist keine UTC-Zeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no &quot;keys&quot; list.</source>
        <translation>sie hat keine Liste „keys“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists more than %1 keys.</source>
        <translation>sie nennt mehr als %1 Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key %1 is not an object.</source>
        <translation>Schlüssel %1 ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 has no fingerprint of the form SHA256:&lt;64 hex digits&gt;.</source>
        <translation>Schlüssel %1 hat keinen Fingerabdruck der Form SHA256:&lt;64 Hexziffern&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 (%2) has no 32-byte base64 public key.</source>
        <translation>Schlüssel %1 (%2) hat keinen öffentlichen Base64-Schlüssel von 32 Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key %1 (%2) is not a usable Ed25519 key.</source>
        <translation>Schlüssel %1 (%2) ist kein verwendbarer Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key %1: its public key&apos;s fingerprint is %2, not %3.</source>
        <translation>Schlüssel %1: Der Fingerabdruck seines öffentlichen Schlüssels ist %2, nicht %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>key %1 (%2) names no person.</source>
        <translation>Schlüssel %1 (%2) nennt keine Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>key %1 (%2) has a validity that is not null or a UTC time like 2026-11-22T10:00:00.000Z.</source>
        <translation>Schlüssel %1 (%2) hat eine Gültigkeit, die weder null noch eine UTC-Zeit wie 2026-11-22T10:00:00.000Z ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>key %1 (%2) ends before it starts.</source>
        <translation>Schlüssel %1 (%2) endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>ic::VersionDiffDialog</name>
    <message>
        <location filename="../ui/notify/VersionDiffDialog.cpp" line="+21"/>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind identisch.</translation>
    </message>
</context>
<context>
    <name>ic::WaitingApprovalsDialog</name>
    <message>
        <location filename="../ui/team/WaitingApprovalsDialog.cpp" line="+20"/>
        <source>Waiting for My Approval</source>
        <translation>Wartet auf meine Genehmigung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests waiting for your approval</source>
        <translation>Anforderungen, die auf Ihre Genehmigung warten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the requester confirmed</source>
        <translation>Was die anfordernde Person bestätigt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Actions</source>
        <translation>In „Aktionen“ anzeigen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing waits for your approval.</source>
        <translation>Nichts wartet auf Ihre Genehmigung.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) wait for your approval. Approve or reject each in its incident&apos;s Actions tab.</source>
        <translation>
            <numerusform>%n Anforderung wartet auf Ihre Genehmigung. Genehmigen oder lehnen Sie sie im Tab „Aktionen“ ihres Vorfalls ab.</numerusform>
            <numerusform>%n Anforderungen warten auf Ihre Genehmigung. Genehmigen oder lehnen Sie jede im Tab „Aktionen“ ihres Vorfalls ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::Workspace</name>
    <message>
        <location filename="../models/store/Workspace.cpp" line="+38"/>
        <source>%1 is not an Incident Commander workspace (%2). The file was not changed. Choose a workspace file, or create a new one.</source>
        <translation>%1 ist kein Arbeitsbereich von Incident Commander (%2). Die Datei wurde nicht geändert. Wählen Sie eine Arbeitsbereichsdatei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>it records schema steps of an unknown kind</source>
        <translation>sie verzeichnet Schemaschritte unbekannter Art</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its recorded schema steps do not fit together</source>
        <translation>ihre verzeichneten Schemaschritte passen nicht zusammen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its schema cannot be read</source>
        <translation>ihr Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 contains database objects that Incident Commander did not create, or changed (%2). A workspace file can carry code that would run when the app writes to it, so it was not opened and the file was not changed. Open it only after whoever made it removes them.</source>
        <translation>%1 enthält Datenbankobjekte, die Incident Commander nicht angelegt hat oder die verändert wurden (%2). Eine Arbeitsbereichsdatei kann Code enthalten, der ausgeführt würde, wenn die App in sie schreibt; daher wurde sie nicht geöffnet und die Datei nicht verändert. Öffnen Sie sie erst, nachdem die Person, die sie erstellt hat, diese Objekte entfernt hat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another session has held this workspace&apos;s set-up lock for more than %1 s (another workstation upgrading it, or a query holding pg_advisory_lock(7310455)). Nothing was changed; try again, and if it keeps happening ask your database administrator who holds the lock.</source>
        <translation>Eine andere Sitzung hält die Einrichtungssperre dieses Arbeitsbereichs seit mehr als %1 s (ein anderer Arbeitsplatz aktualisiert ihn, oder eine Abfrage hält pg_advisory_lock(7310455)). Es wurde nichts geändert; versuchen Sie es erneut, und wenn das weiterhin vorkommt, fragen Sie Ihre Datenbankadministration, wer die Sperre hält.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The workspace %1 does not exist. Nothing was created.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the folder %1 for the workspace. Nothing was created. Check that you may write there.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich konnte nicht angelegt werden. Es wurde nichts angelegt. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database %1 has no incident store yet. Nothing was changed. Create one from the connection dialog.</source>
        <translation>Die Datenbank %1 hat noch keinen Vorfallspeicher. Es wurde nichts geändert. Legen Sie ihn im Verbindungsdialog an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The incident store in %1 was written by a newer version of Incident Commander (schema %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>Der Vorfallspeicher in %1 wurde von einer neueren Version von Incident Commander geschrieben (Schema %2; diese Version kennt bis %3). Er wurde nicht geändert. Aktualisieren Sie Incident Commander, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a SQLite database of another program</source>
        <translation>es ist die SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read %1. Nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+356"/>
        <source>its tables cannot be read</source>
        <translation>ihre Tabellen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer version of Incident Commander (schema %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>%1 wurde von einer neueren Version von Incident Commander geschrieben (Schema %2; diese Version kennt bis %3). Es wurde nicht geändert. Aktualisieren Sie Incident Commander, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This database already has an audit_logs table that Incident Commander did not create; it was left as it is.</source>
        <translation>Diese Datenbank hat bereits eine Tabelle audit_logs, die nicht von Incident Commander angelegt wurde; sie wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>ic::WorkspaceLog</name>
    <message>
        <location filename="../models/record/WorkspaceLog.cpp" line="+39"/>
        <source>The workspace&apos;s record has no log head: it was deleted, or the workspace predates the record&apos;s log.</source>
        <translation>Das Protokoll des Arbeitsbereichs hat keinen Log-Kopf: Er wurde gelöscht, oder der Arbeitsbereich ist älter als das Log des Protokolls.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record&apos;s log head is negative.</source>
        <translation>Der Log-Kopf des Protokolls ist negativ.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Leaf %1 of the workspace log is missing: the events jump from leaf %2 to %3 (an event was deleted or renumbered).</source>
        <translation>Blatt %1 des Arbeitsbereichs-Logs fehlt: Die Ereignisse springen von Blatt %2 zu %3 (ein Ereignis wurde gelöscht oder umnummeriert).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The log&apos;s tree has no leaf %1 (its rows were deleted).</source>
        <translation>Der Baum des Logs hat kein Blatt %1 (seine Zeilen wurden gelöscht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log&apos;s tree holds leaf %1 but no event has it (the event was deleted).</source>
        <translation>Der Baum des Logs enthält Blatt %1, aber kein Ereignis gehört dazu (das Ereignis wurde gelöscht).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event %1 of incident %2 (leaf %3, %4) does not match its leaf in the log&apos;s tree: it was changed after it was recorded.</source>
        <translation>Ereignis %1 von Vorfall %2 (Blatt %3, %4) passt nicht zu seinem Blatt im Baum des Logs: Es wurde nach der Aufzeichnung verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The log&apos;s tree holds %1 leaves but %2 events are in the log.</source>
        <translation>Der Baum des Logs enthält %1 Blätter, im Log stehen aber %2 Ereignisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log&apos;s head says %1 events but %2 are in the log (events were deleted or added, or the head was moved).</source>
        <translation>Der Log-Kopf nennt %1 Ereignisse, im Log stehen aber %2 (Ereignisse wurden gelöscht oder hinzugefügt, oder der Kopf wurde verschoben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The log&apos;s stored tree hashes do not match its leaves (interior hashes were edited).</source>
        <translation>Die gespeicherten Baum-Hashes des Logs passen nicht zu seinen Blättern (innere Hashes wurden bearbeitet).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The log now holds %1 events, fewer than the %2 this workstation saw: events were deleted.</source>
        <translation>Das Log enthält jetzt %1 Ereignisse, weniger als die %2, die dieser Arbeitsplatz gesehen hat: Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No consistency proof can be made from the %1 events this workstation saw: %2</source>
        <translation>Aus den %1 Ereignissen, die dieser Arbeitsplatz gesehen hat, lässt sich kein Konsistenzbeweis erstellen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The log of %1 events (root %2) does not extend the %3 events (root %4) this workstation saw: earlier events were changed, removed, reordered or inserted.</source>
        <translation>Das Log aus %1 Ereignissen (Wurzel %2) setzt die %3 Ereignisse (Wurzel %4), die dieser Arbeitsplatz gesehen hat, nicht fort: Frühere Ereignisse wurden geändert, entfernt, umsortiert oder eingefügt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>An event disappeared while it was being adopted; nothing was changed.</source>
        <translation>Ein Ereignis ist während der Übernahme verschwunden; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n event(s) recorded before the workspace log were put into it by an admin, as they were stored.</source>
        <translation>
            <numerusform>%n vor dem Arbeitsbereichs-Log aufgezeichnetes Ereignis wurde von einem Admin so in das Log übernommen, wie es gespeichert war.</numerusform>
            <numerusform>%n vor dem Arbeitsbereichs-Log aufgezeichnete Ereignisse wurden von einem Admin so in das Log übernommen, wie sie gespeichert waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ic::WorkspaceSession</name>
    <message>
        <location filename="../models/session/WorkspaceSession.cpp" line="-376"/>
        <source>The workspace was closed while it opened. Nothing was recorded.</source>
        <translation>Der Arbeitsbereich wurde geschlossen, während er geöffnet wurde. Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening %1 took too long. Nothing was changed.</source>
        <translation>Das Öffnen von %1 hat zu lange gedauert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The database refused a change: your login %1 no longer holds any role in this workspace. Nothing was changed.</source>
        <translation>Die Datenbank hat eine Änderung abgelehnt: Ihre Anmeldung %1 hat keine Rolle mehr in diesem Arbeitsbereich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused a change: your login %1 now holds %2 in this workspace. Nothing was changed; the window now offers only what that allows.</source>
        <translation>Die Datenbank hat eine Änderung abgelehnt: Ihre Anmeldung %1 hat in diesem Arbeitsbereich jetzt %2. Es wurde nichts geändert; das Fenster bietet jetzt nur noch an, was das erlaubt.</translation>
    </message>
</context>
<context>
    <name>ic::WorkspaceStore</name>
    <message>
        <location filename="../models/store/WorkspaceStore.cpp" line="+32"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No workspace is open. Nothing was changed.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::app</name>
    <message>
        <location filename="../app/TeamCommand.cpp" line="+66"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Created the incident store in %1 (schema %2).</source>
        <translation>Vorfallspeicher in %1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated the incident store in %1 from schema %2 to %3; nothing was lost.</source>
        <translation>Vorfallspeicher in %1 von Schema %2 auf %3 aktualisiert; es ging nichts verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident store in %1 is up to date (schema %2).</source>
        <translation>Der Vorfallspeicher in %1 ist aktuell (Schema %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made the workspace&apos;s roles: %1_viewer, _responder, _commander, _approver, _admin, the read-only audit reader %1_reader (login %1_reader_login) and the owner of its tables %1_owner.</source>
        <translation>Rollen des Arbeitsbereichs angelegt: %1_viewer, _responder, _commander, _approver, _admin, der schreibgeschützte Audit-Leser %1_reader (Login %1_reader_login) und der Eigentümer seiner Tabellen %1_owner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is its first admin and a member of %2_owner (which applies schema updates).</source>
        <translation>%1 ist sein erster Admin und Mitglied von %2_owner (spielt Schema-Updates ein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its roles start with %1_.</source>
        <translation>Seine Rollen beginnen mit %1_.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gave the audit reader a new password (members receive it from the database).</source>
        <translation>Der Audit-Leser hat ein neues Passwort erhalten (Mitglieder erhalten es aus der Datenbank).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit reader can call no function with effects.</source>
        <translation>Der Audit-Leser kann keine Funktion mit Nebenwirkungen aufrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING: the audit reader can still call functions with effects.</source>
        <translation>WARNUNG: Der Audit-Leser kann noch Funktionen mit Nebenwirkungen aufrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: incident-commander team grant --pg CONNINFO LOGIN ROLE... (roles: viewer, responder, commander, approver, admin)</source>
        <translation>Als Nächstes: incident-commander team grant --pg CONNINFO LOGIN ROLLE... (Rollen: viewer, responder, commander, approver, admin)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 now holds: %2</source>
        <translation>Rollen von %1 jetzt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gave the audit reader a new password, since %1 holds no role any more.</source>
        <translation>Der Audit-Leser hat ein neues Passwort erhalten, da %1 keine Rolle mehr hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no role any more. Someone with CREATEROLE should run `incident-commander team init` to give the audit reader a new password.</source>
        <translation>%1 hat keine Rolle mehr. Jemand mit CREATEROLE sollte `incident-commander team init` ausführen, um dem Audit-Leser ein neues Passwort zu geben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST SEEN (UTC)</source>
        <translation>ZULETZT AKTIV (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (superuser)</source>
        <translation> (Superuser)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The people of a team workspace on PostgreSQL and what each may do, enforced by the database.
  team init --pg CONNINFO                 prepare or update the workspace (roles, owner, schema)
  team grant --pg CONNINFO LOGIN ROLE...  give roles to a login
  team revoke --pg CONNINFO LOGIN ROLE... take roles from a login
  team members --pg CONNINFO [--json]     list the members
Roles: viewer, responder, commander, approver, admin. The password comes from the keychain, PGPASSWORD or ~/.pgpass, never the command line. Exit code 0: done; 1: refused or failed (nothing was changed); 2: bad usage.</source>
        <translation>Die Personen eines Team-Arbeitsbereichs auf PostgreSQL und was jede von ihnen darf, durchgesetzt von der Datenbank.
  team init --pg CONNINFO                  den Arbeitsbereich vorbereiten oder aktualisieren (Rollen, Eigentümer, Schema)
  team grant --pg CONNINFO LOGIN ROLLE...  einem Login Rollen geben
  team revoke --pg CONNINFO LOGIN ROLLE... einem Login Rollen entziehen
  team members --pg CONNINFO [--json]      die Mitglieder auflisten
Rollen: viewer, responder, commander, approver, admin. Das Passwort kommt aus dem Schlüsselbund, aus PGPASSWORD oder ~/.pgpass, nie von der Befehlszeile. Exit-Code 0: erledigt; 1: abgelehnt oder fehlgeschlagen (es wurde nichts geändert); 2: fehlerhafter Aufruf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init, grant, revoke or members.</source>
        <translation>init, grant, revoke oder members.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace&apos;s PostgreSQL database (libpq connection string or postgresql:// URI, without a password).</source>
        <translation>Die PostgreSQL-Datenbank des Arbeitsbereichs (libpq-Verbindungszeichenfolge oder postgresql://-URI, ohne Passwort).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>members: print JSON.</source>
        <translation>members: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>say what to do: init, grant, revoke or members.</source>
        <translation>geben Sie an, was zu tun ist: init, grant, revoke oder members.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown action &quot;%1&quot;.</source>
        <translation>unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the workspace with --pg CONNINFO.</source>
        <translation>geben Sie den Arbeitsbereich mit --pg CONNINFO an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no LOGIN or ROLE.</source>
        <translation>%1 erwartet kein LOGIN und keine ROLLE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a LOGIN and at least one ROLE.</source>
        <translation>%1 benötigt ein LOGIN und mindestens eine ROLLE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--json is for members.</source>
        <translation>--json gilt nur für members.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a team workspace (no roles). Nothing was changed. Prepare it with: incident-commander team init --pg CONNINFO</source>
        <translation>%1 ist kein Team-Arbeitsbereich (keine Rollen). Es wurde nichts geändert. Bereiten Sie ihn vor mit: incident-commander team init --pg CONNINFO</translation>
    </message>
    <message>
        <location filename="../app/RecordCommand.cpp" line="+33"/>
        <source>Admin steps on the workspace&apos;s record (docs/record.md).
  record adopt-legacy (--workspace FILE | --pg CONNINFO)
      puts the events recorded before the workspace log into it, once, oldest first, exactly as they are stored, and records that on each incident concerned. Never done on open. On PostgreSQL it needs the admin role.
Exit code 0: done (or nothing to adopt); 1: refused or failed (nothing was changed); 2: bad usage.</source>
        <translation>Admin-Schritte am Protokoll des Arbeitsbereichs (docs/record.md).
  record adopt-legacy (--workspace DATEI | --pg CONNINFO)
      übernimmt die vor dem Arbeitsbereichs-Log aufgezeichneten Ereignisse einmalig in das Log, die ältesten zuerst, genau so, wie sie gespeichert sind, und hält dies bei jedem betroffenen Vorfall fest. Geschieht nie beim Öffnen. Auf PostgreSQL ist dafür die Rolle admin nötig.
Exit-Code 0: erledigt (oder nichts zu übernehmen); 1: abgelehnt oder fehlgeschlagen (es wurde nichts geändert); 2: fehlerhafter Aufruf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>adopt-legacy.</source>
        <translation>adopt-legacy.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the only action is adopt-legacy.</source>
        <translation>die einzige Aktion ist adopt-legacy.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Every event is in the workspace log already; nothing was changed.</source>
        <translation>Alle Ereignisse stehen bereits im Arbeitsbereichs-Log; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 earlier events were put into the workspace log, oldest first; each incident concerned records it.</source>
        <translation>%1 frühere Ereignisse wurden in das Arbeitsbereichs-Log übernommen, die ältesten zuerst; jeder betroffene Vorfall hält dies fest.</translation>
    </message>
    <message>
        <location filename="../app/VerifyRecordCommand.cpp" line="+65"/>
        <location line="+13"/>
        <source>Workspace log: ALTERED: %1</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>leaf %1 (event %2 of incident %3, %4)</source>
        <translation>Blatt %1 (Ereignis %2 von Vorfall %3, %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace log: ALTERED: the signature of %1 does not hold by the key registered as %2.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: Die Signatur von %1 ist mit dem als %2 registrierten Schlüssel nicht gültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace log: UNTRUSTED SIGNER: %1 is signed by %2, which is not a registered key of this workspace.</source>
        <translation>Arbeitsbereichs-Log: NICHT VERTRAUENSWÜRDIGER UNTERZEICHNER: %1 ist mit %2 signiert, einem Schlüssel, der in diesem Arbeitsbereich nicht registriert ist.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Workspace log: ALTERED: %1 is not signed. Every event is signed by the person who recorded it; this one was written around the app (directly in the database, or by a tool without its author&apos;s key).</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: %1 ist nicht signiert. Jedes Ereignis wird von der Person signiert, die es aufgezeichnet hat; dieses wurde an der App vorbei geschrieben (direkt in der Datenbank oder mit einem Werkzeug ohne den Schlüssel seines Autors).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace log: ALTERED: %1 more unsigned events.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: %1 weitere nicht signierte Ereignisse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Workspace log: UNTRUSTED SIGNER: %1 names %2 but is signed by %3&apos;s key.</source>
        <translation>Arbeitsbereichs-Log: NICHT VERTRAUENSWÜRDIGER UNTERZEICHNER: %1 nennt %2, ist aber mit dem Schlüssel von %3 signiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace log: UNTRUSTED SIGNER: %1 is signed by %2, revoked before it was recorded.</source>
        <translation>Arbeitsbereichs-Log: NICHT VERTRAUENSWÜRDIGER UNTERZEICHNER: %1 ist mit %2 signiert, einem Schlüssel, der vor der Aufzeichnung widerrufen wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workspace log: %1 events signed by %2, a key awaiting an admin&apos;s confirmation.</source>
        <translation>Arbeitsbereichs-Log: %1 Ereignisse signiert von %2, einem Schlüssel, dessen Bestätigung durch einen Admin noch aussteht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace log: UNREADABLE checkpoint (%1): %2</source>
        <translation>Arbeitsbereichs-Log: Checkpoint UNLESBAR (%1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workspace log: ALTERED: the checkpoint (%1) is of the log %2, not this workspace&apos;s %3.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: Der Checkpoint (%1) gehört zum Log %2, nicht zum Log %3 dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace log: ALTERED: the checkpoint (%1) covers %2 events; the log now holds %3: events were deleted.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: Der Checkpoint (%1) umfasst %2 Ereignisse; das Log enthält jetzt %3: Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workspace log: ALTERED: the first %1 events no longer give the root the checkpoint (%2, %3) states: they were changed, removed, reordered or inserted.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: Die ersten %1 Ereignisse ergeben nicht mehr die Wurzel, die der Checkpoint (%2, %3) nennt: Ereignisse wurden geändert, entfernt, umsortiert oder eingefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace log: consistent with the checkpoint (%1) of %2 events at %3.</source>
        <translation>Arbeitsbereichs-Log: konsistent mit dem Checkpoint (%1) über %2 Ereignisse, Stand %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workspace log: ALTERED: the checkpoint&apos;s signature by %1 does not hold.</source>
        <translation>Arbeitsbereichs-Log: VERÄNDERT: Die Signatur des Checkpoints durch %1 ist nicht gültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace log: the checkpoint is not signed by a key registered here; it was used as the reference you gave.</source>
        <translation>Arbeitsbereichs-Log: Der Checkpoint ist nicht mit einem hier registrierten Schlüssel signiert; er wurde als die von Ihnen angegebene Referenz verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspace log: no checkpoint to compare with (none kept on this workstation; give one with --checkpoint FILE).</source>
        <translation>Arbeitsbereichs-Log: kein Checkpoint zum Vergleich (auf diesem Arbeitsplatz ist keiner gespeichert; geben Sie einen mit --checkpoint DATEI an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace log: intact (%1 events, %2 unsigned from before the log), root %3</source>
        <translation>Arbeitsbereichs-Log: unverändert (%1 Ereignisse, %2 nicht signierte aus der Zeit vor dem Protokoll), Wurzel %3</translation>
    </message>
</context>
<context>
    <name>ic::app::EscalationCommand</name>
    <message>
        <location filename="../app/EscalationCommand.cpp" line="+39"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+18"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 nodes, %2 edges, %3 decisions, %4 contacts</source>
        <translation>%1 Knoten, %2 Kanten, %3 Entscheidungen, %4 Kontakte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>flowcharts in this file (choose one with --graph N):</source>
        <translation>Flussdiagramme in dieser Datei (eines wählen mit --graph N):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 nodes, %2 edges</source>
        <translation>%1 Knoten, %2 Kanten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(shown: chosen)</source>
        <translation>(angezeigt: gewählt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(shown)</source>
        <translation>(angezeigt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decided by the incident&apos;s severity</source>
        <translation>entschieden nach dem Schweregrad des Vorfalls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decided by the data-breach answer</source>
        <translation>entschieden nach der Antwort zur Datenpanne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the commander chooses</source>
        <translation>die Leitung entscheidet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subgraphs:</source>
        <translation>Subgraphen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>edges:</source>
        <translation>Kanten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(via %1)</source>
        <translation>(über %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n invisible link(s) (~~~) only place nodes; nobody escalates along them.</source>
        <translation>
            <numerusform>%n unsichtbare Verbindung (~~~) ordnet nur Knoten an; entlang ihr eskaliert niemand.</numerusform>
            <numerusform>%n unsichtbare Verbindungen (~~~) ordnen nur Knoten an; entlang ihnen eskaliert niemand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the graph shows who comes after whom; add contacts in the app or a table (Role | Contact | Escalation Time) to the file.</source>
        <translation>keine: Der Graph zeigt, wer nach wem kommt; fügen Sie Kontakte in der App oder eine Tabelle (Role | Contact | Escalation Time) in der Datei hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(from the list on line %1)</source>
        <translation>(aus der Liste in Zeile %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deadline written on the graph, line %1)</source>
        <translation>(Frist im Graphen angegeben, Zeile %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checks escalation policy files: a Markdown document with a mermaid flowchart (```mermaid, &lt;div class=&quot;mermaid&quot;&gt; or ::: mermaid; the whole flowchart language) and, optionally, contacts (a table with role, contact and escalation time columns in any order, or list items naming the graph&apos;s nodes). Lists the flowcharts, nodes, edges, decisions and contacts found and every error with its line. Exits with 1 if any file has an error.</source>
        <translation>Prüft Dateien mit Eskalationsrichtlinien: ein Markdown-Dokument mit einem Mermaid-Flussdiagramm (```mermaid, &lt;div class=&quot;mermaid&quot;&gt; oder ::: mermaid; die ganze Flussdiagramm-Sprache) und optional Kontakten (eine Tabelle mit Spalten für Rolle, Kontakt und Eskalationszeit in beliebiger Reihenfolge, oder Listeneinträge, die die Knoten des Graphen nennen). Listet die gefundenen Flussdiagramme, Knoten, Kanten, Entscheidungen und Kontakte und jeden Fehler mit seiner Zeile auf. Endet mit 1, wenn eine Datei einen Fehler hat.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--graph takes the number of a flowchart in the file, 1 to %1; “%2” is not one.</source>
        <translation>--graph erwartet die Nummer eines Flussdiagramms der Datei, 1 bis %1; „%2“ ist keine.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The action: check.</source>
        <translation>Die Aktion: check.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy files to check (any extension).</source>
        <translation>Zu prüfende Richtliniendateien (beliebige Endung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document for machines instead of text.</source>
        <translation>Statt Text ein maschinenlesbares JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which flowchart of a file to read when it has several (1 = the first); without it, the one that reads most like an escalation policy.</source>
        <translation>Welches Flussdiagramm einer Datei gelesen wird, wenn sie mehrere hat (1 = das erste); ohne Angabe das, das sich am ehesten wie eine Eskalationsrichtlinie liest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>say what to do: escalation check FILE...</source>
        <translation>geben Sie an, was zu tun ist: escalation check DATEI...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown action “%1”; the action is “check”.</source>
        <translation>unbekannte Aktion „%1“; die Aktion lautet „check“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name at least one policy file to check.</source>
        <translation>geben Sie mindestens eine zu prüfende Richtliniendatei an.</translation>
    </message>
</context>
<context>
    <name>ic::app::WorkspaceArgs</name>
    <message>
        <location filename="../app/WorkspaceArgs.cpp" line="+21"/>
        <source>give exactly one of --workspace FILE or --pg CONNINFO.</source>
        <translation>geben Sie genau eine der Optionen --workspace DATEI oder --pg CONNINFO an.</translation>
    </message>
    <message>
        <location filename="../models/store/Workspace.cpp" line="-152"/>
        <source>The workspace %1 does not exist. Nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no incident store. Nothing was changed.</source>
        <translation>%1 enthält keinen Vorfallspeicher. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer version of Incident Commander; update it to read this workspace. Nothing was changed.</source>
        <translation>%1 wurde von einer neueren Version von Incident Commander geschrieben; aktualisieren Sie Incident Commander, um diesen Arbeitsbereich zu lesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by an older version; open it once in the app, which upgrades it, then try again. Nothing was changed.</source>
        <translation>%1 wurde von einer älteren Version geschrieben; öffnen Sie die Datei einmal in der App, die sie dabei aktualisiert, und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/WorkspaceArgs.cpp" line="+64"/>
        <source>No incident &quot;%1&quot; in this workspace (give its reference, e.g. INC-2026-001, or its id).</source>
        <translation>Kein Vorfall „%1“ in diesem Arbeitsbereich (geben Sie seine Referenz an, z. B. INC-2026-001, oder seine ID).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+67"/>
        <source>Incident Commander: live security incidents, playbook checklists, containment and notifications.

Commands (run with --help for details):
  demo-data       create and fill a demo workspace without a window
  verify-record   check that an incident&apos;s record was not altered
  record          admin steps on the record: record adopt-legacy
  export-evidence write a signed evidence bundle for an incident
  verify-evidence check an evidence bundle
  playbooks       check Markdown runbooks: playbooks check FILE...
  escalation      check escalation policies: escalation check FILE...</source>
        <translation>Incident Commander: laufende Sicherheitsvorfälle, Playbook-Checklisten, Eindämmung und Benachrichtigungen.

Befehle (mit --help für Einzelheiten):
  demo-data       einen Demo-Arbeitsbereich ohne Fenster anlegen und füllen
  verify-record   prüfen, dass das Protokoll eines Vorfalls nicht verändert wurde
  record          Admin-Schritte am Protokoll: record adopt-legacy
  export-evidence ein signiertes Beweismittelpaket für einen Vorfall schreiben
  verify-evidence ein Beweismittelpaket prüfen
  playbooks       Markdown-Runbooks prüfen: playbooks check DATEI...
  escalation      Eskalationsrichtlinien prüfen: escalation check DATEI...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo workspace (created on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this pane once the workspace is open, e.g. alertsView (screenshots).</source>
        <translation>Diesen Bereich zeigen, sobald der Arbeitsbereich geöffnet ist, z. B. alertsView (Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select this incident once the workspace is open: its ID (INC-2026-003) or words of its title (screenshots).</source>
        <translation>Diesen Vorfall auswählen, sobald der Arbeitsbereich geöffnet ist: seine ID (INC-2026-003) oder Wörter seines Titels (Bildschirmfotos).</translation>
    </message>
</context>
<context>
    <name>playbooks</name>
    <message>
        <location filename="../app/PlaybooksCommand.cpp" line="+22"/>
        <source>Reads Markdown runbooks the way the app does and reports the playbooks, phases, steps and deadlines found, and what was ignored, with line numbers. Exits with 1 when a file cannot be read.</source>
        <translation>Liest Markdown-Runbooks wie die App und meldet die gefundenen Playbooks, Phasen, Schritte und Fristen sowie alles Ignorierte, jeweils mit Zeilennummern. Endet mit 1, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action: check.</source>
        <translation>Die Aktion: check.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown files, whatever their extension.</source>
        <translation>Markdown-Dateien, unabhängig von ihrer Endung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the only action is “check”.</source>
        <translation>die einzige Aktion ist „check“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name at least one FILE to check.</source>
        <translation>geben Sie mindestens eine zu prüfende DATEI an.</translation>
    </message>
</context>
<context>
    <name>verify-evidence</name>
    <message>
        <location filename="../app/EvidenceCommands.cpp" line="+89"/>
        <source>Checks an evidence bundle: the manifest&apos;s signature, the SHA-256 of every file, the record&apos;s signed checkpoint, every event&apos;s inclusion proof and author signature, and whether the signers are keys you trust. The public key inside the bundle is never trusted by itself: give --trusted-keys (a workspace&apos;s exported trust list) or --expect-key.
Exit codes: 0 intact and signed by trusted keys; 1 ALTERED (changed, missing or added files, a signature or proof that does not hold); 2 bad usage; 3 UNTRUSTED SIGNER (intact, but signed by a key you did not say to trust); 4 UNREADABLE (not a bundle, or refused: a link, FIFO, device or oversized file).</source>
        <translation>Prüft ein Beweispaket: die Signatur des Manifests, den SHA-256 jeder Datei, den signierten Checkpoint des Protokolls, den Inklusionsbeweis und die Verfassersignatur jedes Ereignisses und ob die Unterzeichner Schlüssel sind, denen Sie vertrauen. Dem öffentlichen Schlüssel im Paket wird nie allein vertraut: Geben Sie --trusted-keys (die exportierte Vertrauensliste eines Arbeitsbereichs) oder --expect-key an.
Exit-Codes: 0 unversehrt und von vertrauenswürdigen Schlüsseln signiert; 1 VERÄNDERT (geänderte, fehlende oder hinzugefügte Dateien, eine Signatur oder ein Beweis, der nicht hält); 2 falscher Aufruf; 3 NICHT VERTRAUENSWÜRDIGER UNTERZEICHNER (unversehrt, aber mit einem Schlüssel signiert, dem zu vertrauen Sie nicht angegeben haben); 4 UNLESBAR (kein Paket, oder abgelehnt: ein Link, eine FIFO, ein Gerät oder eine zu große Datei).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trust only this signer of the manifest (SHA256:… fingerprint, as export-evidence printed it), and the workspace keys its signed manifest lists.</source>
        <translation>Nur diesem Unterzeichner des Manifests vertrauen (SHA256:…-Fingerabdruck, wie export-evidence ihn ausgab) sowie den Arbeitsbereichsschlüsseln, die sein signiertes Manifest nennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the keys in this trust list (JSON exported from the workspace: fingerprint, person, valid from/until).</source>
        <translation>Den Schlüsseln dieser Vertrauensliste vertrauen (JSON, aus dem Arbeitsbereich exportiert: Fingerabdruck, Person, gültig von/bis).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--expect-key takes a fingerprint: SHA256: and 64 lowercase hex digits.</source>
        <translation>--expect-key erwartet einen Fingerabdruck: SHA256: und 64 kleingeschriebene Hexziffern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the trusted-keys file %1 is not a readable plain file. Nothing was verified.</source>
        <translation>Die Datei mit vertrauenswürdigen Schlüsseln %1 ist keine lesbare normale Datei. Nichts wurde geprüft.</translation>
    </message>
</context>
<context>
    <name>verify-record</name>
    <message>
        <location filename="../app/VerifyRecordCommand.cpp" line="+17"/>
        <source>Checks that an incident&apos;s record (its hash-chained events) was not altered, deleted, reordered or added to directly in the database, then the workspace&apos;s whole log: every event against the stored tree, every signature against the members&apos; registered keys, and the log against a checkpoint (this workstation&apos;s, or --checkpoint FILE).
Exit code 0: intact; 1: ALTERED (an event changed, removed or not signed by its author, or an incident that cannot be found); 2: bad usage; 3: UNTRUSTED SIGNER (intact, but an event is signed by a key not registered here, another person&apos;s, or a revoked one); 4: UNREADABLE (the workspace or the checkpoint cannot be read).</source>
        <translation>Prüft, ob der Verlauf eines Vorfalls (seine per Hash verketteten Ereignisse) direkt in der Datenbank verändert, gelöscht, umgeordnet oder ergänzt wurde, dann das ganze Protokoll des Arbeitsbereichs: jedes Ereignis gegen den gespeicherten Baum, jede Signatur gegen die registrierten Schlüssel der Mitglieder und das Protokoll gegen einen Prüfpunkt (den dieser Arbeitsstation oder --checkpoint DATEI).
Exit-Code 0: unverändert; 1: VERÄNDERT (ein Ereignis geändert, entfernt oder nicht von seinem Autor signiert, oder ein Vorfall, der nicht gefunden wird); 2: falscher Aufruf; 3: NICHT VERTRAUENSWÜRDIGER UNTERZEICHNER (unverändert, aber ein Ereignis ist mit einem hier nicht registrierten, einem fremden oder einem widerrufenen Schlüssel signiert); 4: NICHT LESBAR (der Arbeitsbereich oder der Prüfpunkt ist nicht lesbar).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reference (INC-2026-001) or id; omit with --all.</source>
        <translation>Referenz (INC-2026-001) oder ID; entfällt bei --all.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify every incident.</source>
        <translation>Alle Vorfälle prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A checkpoint note to compare the workspace log with (one kept elsewhere: exported, printed, mailed). Default: the one this workstation kept.</source>
        <translation>Eine Checkpoint-Notiz zum Vergleich mit dem Arbeitsbereichs-Log (eine anderswo aufbewahrte: exportiert, gedruckt, per Mail verschickt). Standard: die auf diesem Arbeitsplatz gespeicherte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>give one INCIDENT, or --all.</source>
        <translation>geben Sie einen VORFALL oder --all an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>UNREADABLE: the checkpoint %1 cannot be read: %2</source>
        <translation>UNLESBAR: Der Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UNREADABLE: the checkpoint %1 is empty.</source>
        <translation>UNLESBAR: Der Checkpoint %1 ist leer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>kept on this workstation</source>
        <translation>auf diesem Arbeitsplatz gespeichert</translation>
    </message>
</context>
</TS>

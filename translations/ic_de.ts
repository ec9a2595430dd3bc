<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Incident</name>
    <message>
        <location filename="../models/incidents/Incident.cpp" line="+54" />
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Containment</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Eradication</source>
        <translation>Beseitigung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post-mortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>PgEndpoint</name>
    <message>
        <location filename="../models/store/ConnectionProfile.cpp" line="+64" />
        <source>Not a usable PostgreSQL connection string: %1</source>
        <translation>Keine brauchbare PostgreSQL-Verbindungsangabe: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it contains a NUL character.</source>
        <translation>sie enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>out of memory.</source>
        <translation>nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the port "%1" is not a number from 1 to 65535.</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>it contains a password, which other users of this machine could read. Use ~/.pgpass or the PGPASSWORD variable instead.</source>
        <translation>sie enthält ein Passwort, das andere Benutzer dieses Rechners lesen könnten. Verwenden Sie stattdessen ~/.pgpass oder die Variable PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the option "%1" is not supported here.</source>
        <translation>die Option „%1“ wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>no database or user name.</source>
        <translation>kein Datenbank- oder Benutzername.</translation>
    </message>
</context>
<context>
    <name>demo-data</name>
    <message>
        <location filename="../app/DemoDataCommand.cpp" line="+22" />
        <source>Creates the workspace schema and fills it with deterministic demo data: tenants, users, sessions, API keys and audit logs with one instance of every attack the playbooks describe.</source>
        <translation>Legt das Schema des Arbeitsbereichs an und füllt es mit reproduzierbaren Demodaten: Mandanten, Benutzer, Sitzungen, API-Schlüssel und Audit-Protokolle mit je einem Fall jedes Angriffs, den die Playbooks beschreiben.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write into this SQLite workspace file (created if missing).</source>
        <translation>In diese SQLite-Arbeitsbereichsdatei schreiben (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write into this PostgreSQL database (libpq connection string, no password: use ~/.pgpass or PGPASSWORD).</source>
        <translation>In diese PostgreSQL-Datenbank schreiben (libpq-Verbindungsangabe ohne Passwort: verwenden Sie ~/.pgpass oder PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Audit-log rows (default 200000).</source>
        <translation>Zeilen im Audit-Protokoll (Standard: 200000).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Random seed: same seed, same data (default 20260112).</source>
        <translation>Startwert des Zufallsgenerators: gleicher Startwert, gleiche Daten (Standard: 20260112).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The data's "now" as ISO 8601 UTC (default: the current time).</source>
        <translation>Das „Jetzt“ der Daten als ISO 8601 in UTC (Standard: die aktuelle Zeit).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unexpected argument "%1".</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>give exactly one of --sqlite FILE or --pg CONNINFO.</source>
        <translation>geben Sie genau eine der Optionen --sqlite DATEI oder --pg CONNINFO an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--rows must be a whole number from %1 to 2000000000.</source>
        <translation>--rows muss eine ganze Zahl von %1 bis 2000000000 sein.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--anchor must be an ISO 8601 time, e.g. 2026-11-22T10:00:00Z.</source>
        <translation>--anchor muss eine Zeit nach ISO 8601 sein, z. B. 2026-11-22T10:00:00Z.</translation>
    </message>
</context>
<context>
    <name>ic::ConnectDialog</name>
    <message>
        <location filename="../ui/store/ConnectDialog.cpp" line="+40" />
        <source>Stored in your keychain; leave empty to use the stored one</source>
        <translation>Wird im Schlüsselbund gespeichert; leer lassen, um das gespeicherte zu verwenden</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Connect to a Team Workspace</source>
        <translation>Mit einem Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. Production incident store</source>
        <translation>z. B. Vorfallspeicher Produktion</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;SSL mode</source>
        <translation>&amp;SSL-Modus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The platform's audit logs are in another database</source>
        <translation>Die Audit-Protokolle der Plattform liegen in einer anderen Datenbank</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+101" />
        <source>Audit source</source>
        <translation>Audit-Quelle</translation>
    </message>
    <message>
        <location line="-97" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reviewer (read-only): open incidents without changing them</source>
        <translation>Prüfer (nur lesen): Vorfälle öffnen, ohne sie zu ändern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Set up the incident store if this database has none yet</source>
        <translation>Vorfallspeicher einrichten, falls diese Datenbank noch keinen hat</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+83" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="-28" />
        <source>%1: the host is empty.</source>
        <translation>%1: Der Host ist leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the database name is empty.</source>
        <translation>%1: Der Datenbankname ist leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the user name is empty.</source>
        <translation>%1: Der Benutzername ist leer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the host must not contain spaces.</source>
        <translation>%1: Der Host darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incident store</source>
        <translation>Vorfallspeicher</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>ic::Db</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+33" />
        <source>The PostgreSQL server at %1 refused the password for user "%2". Nothing was changed. Check the user name and password; the password is kept in your keychain.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort für den Benutzer „%2“ abgelehnt. Es wurde nichts geändert. Prüfen Sie Benutzername und Passwort; das Passwort liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The PostgreSQL server at %1 has no database or user by that name. Nothing was changed. Check the database and user names.</source>
        <translation>Der PostgreSQL-Server unter %1 kennt keine Datenbank oder keinen Benutzer mit diesem Namen. Es wurde nichts geändert. Prüfen Sie Datenbank- und Benutzernamen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not reach the PostgreSQL server at %1. Nothing was changed. Check that the server is running, the host and port are right, and your network or VPN is up.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar. Es wurde nichts geändert. Prüfen Sie, ob der Server läuft, Host und Port stimmen und Ihr Netzwerk oder VPN verbunden ist.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Could not open the workspace file %1. Nothing was changed.</source>
        <translation>Die Arbeitsbereichsdatei %1 konnte nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+8" />
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>A database statement could not be prepared.</source>
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not start a nested transaction; nothing was changed.</source>
        <translation>Eine verschachtelte Transaktion konnte nicht gestartet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Could not finish a nested transaction.</source>
        <translation>Eine verschachtelte Transaktion konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Could not start a database transaction; nothing was changed.</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The database did not confirm the change, so it was rolled back. Nothing was changed; try again.</source>
        <translation>Die Datenbank hat die Änderung nicht bestätigt, daher wurde sie zurückgenommen. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The connection to the database was lost. Nothing was changed; the app will reconnect when you retry.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Es wurde nichts geändert; beim erneuten Versuch verbindet sich die Anwendung neu.</translation>
    </message>
</context>
<context>
    <name>ic::Deadline</name>
    <message>
        <location filename="../models/playbooks/Deadline.cpp" line="+181" />
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>ic::DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="+615" />
        <source>Tenant Initech pulled over 1 MB of queries in under an hour</source>
        <translation>Mandant Initech hat in weniger als einer Stunde über 1 MB an Abfragen abgerufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detection rule 'large query volume per tenant' fired: 280 wide SELECTs on settlements from one Initech user since %1. Possible database exfiltration (platform playbook, scenario 2).</source>
        <translation>Erkennungsregel „großes Abfragevolumen je Mandant“ ausgelöst: 280 breite SELECTs auf settlements von einem Initech-Benutzer seit %1. Mögliche Datenbank-Exfiltration (Plattform-Playbook, Szenario 2).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Session token reused after logout from a Tor exit node</source>
        <translation>Sitzungstoken nach der Abmeldung von einem Tor-Exit-Node wiederverwendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A Northwind Traders user's session was used 20 minutes after logout from %1, an address never seen for this user.</source>
        <translation>Die Sitzung eines Benutzers von Northwind Traders wurde 20 Minuten nach der Abmeldung von %1 aus verwendet, einer für diesen Benutzer nie gesehenen Adresse.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All tokens of the user revoked through the admin API; sessions logged out.</source>
        <translation>Alle Tokens des Benutzers über die Admin-API widerrufen; Sitzungen abgemeldet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Burst of failed token validations against one Globex user</source>
        <translation>Häufung fehlgeschlagener Token-Prüfungen gegen einen Globex-Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>60 signature mismatches in four minutes from 45.155.205.0/24.</source>
        <translation>60 ungültige Signaturen in vier Minuten aus 45.155.205.0/24.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>API key used from 40 different IPs in six hours</source>
        <translation>API-Schlüssel in sechs Stunden von 40 verschiedenen IPs verwendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A backend key of a Globex-era integration is in use from 193.32.162.0/24. Suspected API key leak (platform playbook, scenario 1).</source>
        <translation>Ein Backend-Schlüssel einer Integration aus der Globex-Zeit wird aus 193.32.162.0/24 verwendet. Verdacht auf geleakten API-Schlüssel (Plattform-Playbook, Szenario 1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Umbrella Health admin escalated own role and exported 600,000 records</source>
        <translation>Admin von Umbrella Health hat die eigene Rolle erhöht und 600.000 Datensätze exportiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Self-granted superadmin, three denied privilege escalations, then 120 CSV exports of patient records (insider threat playbook).</source>
        <translation>Sich selbst Superadmin-Rechte erteilt, drei abgewiesene Rechteausweitungen, danach 120 CSV-Exporte von Patientendaten (Playbook Innentäter).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User suspended; legal informed. Evidence preservation started.</source>
        <translation>Benutzer gesperrt; Rechtsabteilung informiert. Beweissicherung begonnen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Traffic spike from six IPs hitting /v1/settlements</source>
        <translation>Lastspitze von sechs IPs auf /v1/settlements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate limits triggered; 91.240.118.30-35 blocked at the edge.</source>
        <translation>Ratenbegrenzung ausgelöst; 91.240.118.30-35 am Netzrand gesperrt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Outdated OpenSSL in the billing worker image</source>
        <translation>Veraltetes OpenSSL im Image des Abrechnungs-Workers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dependency scan finding; image rebuilt and redeployed.</source>
        <translation>Befund des Abhängigkeits-Scans; Image neu gebaut und neu ausgerollt.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The demo data needs at least %1 audit rows to hold every planted attack; %2 was asked for. Nothing was written.</source>
        <translation>Die Demodaten brauchen mindestens %1 Audit-Zeilen, um jeden eingebauten Angriff aufzunehmen; angefordert wurden %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This database has no platform tables (audit_logs). Nothing was written.</source>
        <translation>Diese Datenbank hat keine Plattform-Tabellen (audit_logs). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The audit_logs table already holds data; demo data is only written into an empty database. Nothing was written.</source>
        <translation>Die Tabelle audit_logs enthält bereits Daten; Demodaten werden nur in eine leere Datenbank geschrieben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No bulk writer for this database.</source>
        <translation>Für diese Datenbank gibt es kein Massenschreibverfahren.</translation>
    </message>
</context>
<context>
    <name>ic::EventLog</name>
    <message>
        <location filename="../models/timeline/EventLog.cpp" line="+78" />
        <source>The incident no longer exists in this workspace; nothing was recorded.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr; es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>No incident with this id exists in the workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Vorfall mit dieser ID.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Event %1 is missing: the record jumps from event %2 to %3 (a row was deleted).</source>
        <translation>Ereignis %1 fehlt: Die Aufzeichnung springt von Ereignis %2 zu %3 (eine Zeile wurde gelöscht).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Event %1 appears twice or out of order (a row was inserted or renumbered).</source>
        <translation>Ereignis %1 kommt doppelt oder an falscher Stelle vor (eine Zeile wurde eingefügt oder umnummeriert).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Event %1 does not follow event %2: its link to the previous event is wrong (rows were reordered or inserted).</source>
        <translation>Ereignis %1 folgt nicht auf Ereignis %2: Die Verknüpfung zum vorherigen Ereignis stimmt nicht (Zeilen wurden umsortiert oder eingefügt).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Event %1 (%2, %3) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Ereignis %1 (%2, %3) wurde nach der Aufzeichnung verändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The record ends at event %1 but %2 were written: the last events were deleted.</source>
        <translation>Die Aufzeichnung endet bei Ereignis %1, geschrieben wurden aber %2: Die letzten Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The record does not end where the incident says it does (events were added or the head was changed).</source>
        <translation>Die Aufzeichnung endet nicht dort, wo der Vorfall es angibt (Ereignisse wurden hinzugefügt oder das Ende wurde verändert).</translation>
    </message>
</context>
<context>
    <name>ic::IncidentDetailPane</name>
    <message>
        <location filename="../ui/incidents/IncidentDetailPane.cpp" line="+95" />
        <source>Select an incident, or press Ctrl+N to open a new one.</source>
        <translation>Wählen Sie einen Vorfall aus oder drücken Sie Strg+N, um einen neuen zu eröffnen.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take command</source>
        <translation>Leitung übernehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make yourself the commander and acknowledge (Ctrl+T)</source>
        <translation>Selbst die Leitung übernehmen und den Vorfall bestätigen (Strg+T)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What happened, what is affected, what is being done.</source>
        <translation>Was ist passiert, was ist betroffen, was wird unternommen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>User IDs, separated by commas</source>
        <translation>Benutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tenant IDs, separated by commas</source>
        <translation>Mandanten-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>API key IDs, separated by commas</source>
        <translation>API-Schlüssel-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The organisation became aware now: regulatory clocks start</source>
        <translation>Die Organisation hat jetzt Kenntnis erlangt: Die gesetzlichen Meldefristen beginnen</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity / &amp;status</source>
        <translation>Schweregrad / &amp;Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Commander</source>
        <translation>&amp;Leitung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected &amp;users</source>
        <translation>Betroffene &amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected te&amp;nants</source>
        <translation>Betroffene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected API &amp;keys</source>
        <translation>Betroffene &amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Detected at</source>
        <translation>&amp;Erkannt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Became &amp;aware at</source>
        <translation>&amp;Kenntnis erlangt am</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a note to the record (Ctrl+Shift+N), Enter to add</source>
        <translation>Eine Notiz zum Protokoll hinzufügen (Strg+Umschalt+N), mit Eingabe übernehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Activity&lt;/b&gt; — every change, with who and when</source>
        <translation>&lt;b&gt;Aktivität&lt;/b&gt; – jede Änderung, mit Person und Zeitpunkt</translation>
    </message>
    <message>
        <location line="+122" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+181" />
        <source>Response target for %1: %2 — due %3 — &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Reaktionsziel für %1: %2 – fällig %3 – &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source> (acknowledged %1)</source>
        <translation> (bestätigt %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> · closed %1</source>
        <translation> · geschlossen %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Saving…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — theirs: “%2”, yours: “%3”</source>
        <translation>%1 – dort: „%2“, Ihre: „%3“</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Affected users</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Affected tenants</source>
        <translation>Betroffene Mandanten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Affected API keys</source>
        <translation>Betroffene API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 changed this incident while you were editing (%2). Your change was not saved yet.
%3</source>
        <translation>%1 hat diesen Vorfall geändert, während Sie ihn bearbeitet haben (%2). Ihre Änderung ist noch nicht gespeichert.
%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
</context>
<context>
    <name>ic::IncidentListModel</name>
    <message>
        <location filename="../models/incidents/IncidentListModel.cpp" line="+77" />
        <source>%1 response target: %2 (due %3)</source>
        <translation>Reaktionsziel %1: %2 (fällig %3)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
</context>
<context>
    <name>ic::IncidentListPane</name>
    <message>
        <location filename="../ui/incidents/IncidentListPane.cpp" line="+90" />
        <source>Active incidents</source>
        <translation>Aktive Vorfälle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed incidents</source>
        <translation>Geschlossene Vorfälle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P%1 only</source>
        <translation>Nur P%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search ID, title, people, tenants, keys (Ctrl+F)</source>
        <translation>ID, Titel, Personen, Mandanten, Schlüssel suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ic::IncidentRepository</name>
    <message>
        <location filename="../models/incidents/IncidentRepository.cpp" line="+84" />
        <source>The %1 contains a NUL character (U+0000), which cannot be stored; remove it and try again. %2</source>
        <translation>Das Feld „%1“ enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann; entfernen Sie es und versuchen Sie es erneut. %2</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The incident no longer exists in this workspace.</source>
        <translation>Der Vorfall existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An incident needs a title. Nothing was created.</source>
        <translation>Ein Vorfall braucht einen Titel. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The title is longer than 300 characters; keep the details for the summary. Nothing was created.</source>
        <translation>Der Titel ist länger als 300 Zeichen; Einzelheiten gehören in die Zusammenfassung. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The became-aware time is more than a year before detection; check the date. Nothing was created.</source>
        <translation>Der Zeitpunkt der Kenntnisnahme liegt mehr als ein Jahr vor der Erkennung; prüfen Sie das Datum. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="-93" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list of affected users</source>
        <translation>Liste der betroffenen Benutzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list of affected tenants</source>
        <translation>Liste der betroffenen Mandanten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list of affected API keys</source>
        <translation>Liste der betroffenen API-Schlüssel</translation>
    </message>
    <message>
        <location line="+101" />
        <source>Could not number the new incident.</source>
        <translation>Der neue Vorfall konnte nicht nummeriert werden.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Opened %1 %2: %3</source>
        <translation>%1 %2 eröffnet: %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 was changed by %2 at %3 while you were editing. Your change was not saved; compare both values and choose.</source>
        <translation>%1 wurde um %3 von %2 geändert, während Sie bearbeitet haben. Ihre Änderung wurde nicht gespeichert; vergleichen Sie beide Werte und wählen Sie.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+37" />
        <location line="+14" />
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="-44" />
        <source>An incident needs a title. The title was not changed.</source>
        <translation>Ein Vorfall braucht einen Titel. Der Titel wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Closed the incident</source>
        <translation>Vorfall geschlossen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopened the incident (%1)</source>
        <translation>Vorfall wieder geöffnet (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Affected users</source>
        <translation>Betroffene Benutzer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Affected tenants</source>
        <translation>Betroffene Mandanten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Affected API keys</source>
        <translation>Betroffene API-Schlüssel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Detected at</source>
        <translation>Erkannt am</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The detection time cannot be empty. Nothing was changed.</source>
        <translation>Der Erkennungszeitpunkt darf nicht leer sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Became aware at</source>
        <translation>Kenntnis erlangt am</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 was changed by someone else while you were editing. Your change was not saved.</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie bearbeitet haben. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The note is empty. Nothing was added.</source>
        <translation>Die Notiz ist leer. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing was added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>This workspace has no severity policy yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Schweregrad-Richtlinie.</translation>
    </message>
</context>
<context>
    <name>ic::IncidentStore</name>
    <message>
        <location filename="../models/incidents/IncidentStore.cpp" line="+32" />
        <source>No workspace is open. Nothing was changed.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This is a read-only reviewer profile; incidents cannot be created. Nothing was changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; Vorfälle können nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This is a read-only reviewer profile; the incident was not changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; der Vorfall wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>This is a read-only reviewer profile; the note was not added.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; die Notiz wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>This is a read-only reviewer profile; the severity policy was not changed.</source>
        <translation>Dies ist ein Prüferprofil ohne Schreibrechte; die Schweregrad-Richtlinie wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>ic::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+42" />
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet …</translation>
    </message>
    <message>
        <location line="+79" />
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Take Command</source>
        <translation>&amp;Leitung übernehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+146" />
        <source>&amp;Close Incident</source>
        <translation>Vorfall &amp;schließen</translation>
    </message>
    <message>
        <location line="-145" />
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add &amp;Note</source>
        <translation>Noti&amp;z hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Edit Title</source>
        <translation>&amp;Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Severity &amp;Policy…</source>
        <translation>Schwere&amp;grad-Richtlinie …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find Incident</source>
        <translation>Vorfall s&amp;uchen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Incident &amp;List</source>
        <translation>Zur &amp;Vorfallliste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The name recorded with everything you do:</source>
        <translation>Der Name, der bei allem, was Sie tun, protokolliert wird:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Incident Commander</source>
        <translation>Ü&amp;ber Incident Commander</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incident Commander %1 — a desktop console for security incidents: live incidents, response countdowns, playbooks, containment and notifications.</source>
        <translation>Incident Commander %1 – eine Desktop-Konsole für Sicherheitsvorfälle: Vorfälle live, Reaktions-Countdowns, Playbooks, Eindämmung und Meldungen.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Re&amp;open Incident</source>
        <translation>Vorfall &amp;wieder öffnen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Workspace: %1 (SQLite)</source>
        <translation>Arbeitsbereich: %1 (SQLite)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workspace: %1 (PostgreSQL)</source>
        <translation>Arbeitsbereich: %1 (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> — read-only reviewer</source>
        <translation> – Prüfer ohne Schreibrechte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n überfällig</numerusform>
            <numerusform>⚠ %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saving…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Creating demo data %p%</source>
        <translation>Demodaten werden erzeugt: %p %</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Set Up Incident Store Here</source>
        <translation>Vorfallspeicher hier einrichten</translation>
    </message>
    <message>
        <location line="+80" />
        <source>%1 — Incident Commander</source>
        <translation>%1 – Incident Commander</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created the demo workspace: 200,000 audit-log rows with one instance of every attack the playbooks describe, and a handful of incidents to work on.</source>
        <translation>Demo-Arbeitsbereich angelegt: 200.000 Zeilen im Audit-Protokoll mit je einem Fall jedes Angriffs, den die Playbooks beschreiben, und einige Vorfälle zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Created the workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Incident Commander workspaces (*.icw)</source>
        <translation>Arbeitsbereiche von Incident Commander (*.icw)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+65" />
        <source>The password could not be stored in your keychain, so it is kept in memory for this session only; you will be asked again next time. It was not written anywhere else.</source>
        <translation>Das Passwort konnte nicht in Ihrem Schlüsselbund gespeichert werden; es bleibt daher nur für diese Sitzung im Arbeitsspeicher, und Sie werden beim nächsten Mal erneut gefragt. Es wurde nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The password you enter now is kept in memory for this session only.</source>
        <translation>Das Passwort, das Sie jetzt eingeben, bleibt nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Saving before closing…</source>
        <translation>Vor dem Schließen wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ic::MessageBanner</name>
    <message>
        <location filename="../ui/MessageBanner.cpp" line="+29" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss this message (Esc)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>ic::Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+104" />
        <source>This workspace was written by a newer version of Incident Commander (schema %1 %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren Version von Incident Commander geschrieben (Schema %1 %2; diese Version kennt bis %3). Er wurde nicht geändert. Aktualisieren Sie Incident Commander, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Updating the workspace schema failed at step %1 (%2); the update was rolled back and nothing was changed.</source>
        <translation>Die Aktualisierung des Arbeitsbereichsschemas ist bei Schritt %1 (%2) fehlgeschlagen; sie wurde zurückgenommen, und es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ic::NewIncidentDialog</name>
    <message>
        <location filename="../ui/incidents/NewIncidentDialog.cpp" line="+23" />
        <source>New Incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What is happening, in one line</source>
        <translation>Was passiert gerade, in einer Zeile</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2 — respond %3</source>
        <translation>%1 – %2 – Reaktion %3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>I take command (%1)</source>
        <translation>Ich übernehme die Leitung (%1)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Optional, separated by commas</source>
        <translation>Optional, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Detected at</source>
        <translation>&amp;Erkannt am</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected &amp;users</source>
        <translation>Betroffene &amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected te&amp;nants</source>
        <translation>Betroffene &amp;Mandanten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Affected API &amp;keys</source>
        <translation>Betroffene &amp;API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+41" />
        <source>Open Incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Opening…</source>
        <translation>Wird eröffnet …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>ic::SecretStore</name>
    <message>
        <location filename="../models/core/SecretStore.cpp" line="+34" />
        <source>No keychain is available on this desktop (no Secret Service on the session bus). Secrets can only be kept in memory for this session.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (kein Secret Service auf dem Sitzungsbus). Geheimnisse können nur für diese Sitzung im Arbeitsspeicher gehalten werden.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your keychain is locked, so the stored secret cannot be read. Unlock the keychain (for example by logging in again) and retry.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher kann das gespeicherte Geheimnis nicht gelesen werden. Entsperren Sie den Schlüsselbund (zum Beispiel durch erneutes Anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is stored in the keychain for this connection yet.</source>
        <translation>Für diese Verbindung ist im Schlüsselbund noch nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The keychain did not store the secret; nothing was saved.</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The keychain could not delete the secret.</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen.</translation>
    </message>
</context>
<context>
    <name>ic::SeverityPolicy</name>
    <message>
        <location filename="../models/incidents/SeverityPolicy.cpp" line="+27" />
        <source>%1 needs a name. The policy was not saved.</source>
        <translation>%1 braucht einen Namen. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The response target of %1 must be between 0 minutes and one year. The policy was not saved.</source>
        <translation>Das Reaktionsziel von %1 muss zwischen 0 Minuten und einem Jahr liegen. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 must not need a faster response than %2. The policy was not saved.</source>
        <translation>%1 darf keine schnellere Reaktion verlangen als %2. Die Richtlinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+17" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Active breach, data loss</source>
        <translation>Aktiver Einbruch, Datenverlust</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database breach, mass token theft</source>
        <translation>Einbruch in die Datenbank, massenhafter Token-Diebstahl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Potential breach, service disruption</source>
        <translation>Möglicher Einbruch, Dienststörung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspicious access patterns, DDoS</source>
        <translation>Verdächtige Zugriffsmuster, DDoS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&lt;1 hour</source>
        <translation>&lt;1 Stunde</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Security concern, no immediate threat</source>
        <translation>Sicherheitsbedenken, keine unmittelbare Bedrohung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed security scan, config issue</source>
        <translation>Fehlgeschlagener Sicherheitsscan, Konfigurationsproblem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&lt;4 hours</source>
        <translation>&lt;4 Stunden</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+17" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Minor security issue</source>
        <translation>Geringfügiges Sicherheitsproblem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outdated dependency</source>
        <translation>Veraltete Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;24 hours</source>
        <translation>&lt;24 Stunden</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Data breach, authentication bypass, RCE</source>
        <translation>Datenpanne, Umgehung der Authentifizierung, RCE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Immediate (&lt; 5 minutes)</source>
        <translation>Sofort (&lt; 5 Minuten)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>API key leak, unauthorized access, data exposure</source>
        <translation>Geleakter API-Schlüssel, unbefugter Zugriff, offengelegte Daten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&lt; 15 minutes</source>
        <translation>&lt; 15 Minuten</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Rate limit bypass, information disclosure</source>
        <translation>Umgehung der Ratenbegrenzung, Informationspreisgabe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&lt; 1 hour</source>
        <translation>&lt; 1 Stunde</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Misconfiguration, minor vulnerabilities</source>
        <translation>Fehlkonfiguration, geringfügige Schwachstellen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&lt; 24 hours</source>
        <translation>&lt; 24 Stunden</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Security Team (Immediate, 1 h, 4 h, 24 h)</source>
        <translation>Sicherheitsteam (sofort, 1 h, 4 h, 24 h)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Platform (5 min, 15 min, 1 h, 24 h)</source>
        <translation>Plattform (5 min, 15 min, 1 h, 24 h)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OVERDUE %1</source>
        <translation>ÜBERFÄLLIG %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Responded late</source>
        <translation>Verspätet reagiert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ic::SeverityPolicyDialog</name>
    <message>
        <location filename="../ui/incidents/SeverityPolicyDialog.cpp" line="+18" />
        <source>Severity Policy</source>
        <translation>Schweregrad-Richtlinie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Name&lt;/b&gt;</source>
        <translation>&lt;b&gt;Name&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Respond within (min)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reaktion binnen (min)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;As written&lt;/b&gt;</source>
        <translation>&lt;b&gt;Im Wortlaut&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Description&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschreibung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+46" />
        <source>How fast each severity must be answered. The countdown in the incident list runs from detection until someone takes command.</source>
        <translation>Wie schnell auf jeden Schweregrad reagiert werden muss. Der Countdown in der Vorfallliste läuft ab der Erkennung, bis jemand die Leitung übernimmt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
</context>
<context>
    <name>ic::TableWriter</name>
    <message>
        <location filename="../models/demo/TableWriter.cpp" line="+58" />
        <source>Could not prepare the demo data insert.</source>
        <translation>Das Einfügen der Demodaten konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Writing demo data failed.</source>
        <translation>Das Schreiben der Demodaten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>PostgreSQL refused the COPY.</source>
        <translation>PostgreSQL hat das COPY abgelehnt.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The COPY could not be finished.</source>
        <translation>Das COPY konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The connection to PostgreSQL failed during COPY.</source>
        <translation>Die Verbindung zu PostgreSQL ist während des COPY abgebrochen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PostgreSQL rejected the demo data.</source>
        <translation>PostgreSQL hat die Demodaten abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ic::Workspace</name>
    <message>
        <location filename="../models/store/Workspace.cpp" line="+30" />
        <source>%1 is not an Incident Commander workspace (%2). The file was not changed. Choose a workspace file, or create a new one.</source>
        <translation>%1 ist kein Arbeitsbereich von Incident Commander (%2). Die Datei wurde nicht geändert. Wählen Sie eine Arbeitsbereichsdatei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>The workspace %1 does not exist. Nothing was created.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not create the folder %1 for the workspace. Nothing was created. Check that you may write there.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich konnte nicht angelegt werden. Es wurde nichts angelegt. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The database %1 has no incident store yet. Nothing was changed. Create one from the connection dialog.</source>
        <translation>Die Datenbank %1 hat noch keinen Vorfallspeicher. Es wurde nichts geändert. Legen Sie ihn im Verbindungsdialog an.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The incident store in %1 was written by a newer version of Incident Commander (schema %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>Der Vorfallspeicher in %1 wurde von einer neueren Version von Incident Commander geschrieben (Schema %2; diese Version kennt bis %3). Er wurde nicht geändert. Aktualisieren Sie Incident Commander, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Could not read %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>it is not a SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+6" />
        <source>it is a SQLite database of another program</source>
        <translation>es ist die SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Could not read %1. Nothing was changed.</source>
        <translation>%1 konnte nicht gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>its tables cannot be read</source>
        <translation>ihre Tabellen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was written by a newer version of Incident Commander (schema %2; this version knows up to %3). It was not changed. Update Incident Commander to open it.</source>
        <translation>%1 wurde von einer neueren Version von Incident Commander geschrieben (Schema %2; diese Version kennt bis %3). Es wurde nicht geändert. Aktualisieren Sie Incident Commander, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>This database already has an audit_logs table that Incident Commander did not create; it was left as it is.</source>
        <translation>Diese Datenbank hat bereits eine Tabelle audit_logs, die nicht von Incident Commander angelegt wurde; sie wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+57" />
        <source>Incident Commander: live security incidents, playbook checklists, containment and notifications.

Commands (run with --help for details):
  demo-data   create and fill a demo workspace without a window</source>
        <translation>Incident Commander: Sicherheitsvorfälle live, Playbook-Checklisten, Eindämmung und Meldungen.

Befehle (mit --help für Einzelheiten):
  demo-data   einen Demo-Arbeitsbereich ohne Fenster anlegen und füllen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open this workspace file.</source>
        <translation>Diese Arbeitsbereichsdatei öffnen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the demo workspace (created on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User interface language, e.g. de or en (default: the system's).</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
</context>
</TS>
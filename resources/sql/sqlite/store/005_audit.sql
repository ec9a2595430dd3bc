-- Audit log explorer: investigations the team saved (named, parameterised
-- queries), and audit rows pinned to an incident as evidence. A pin is also
-- an event on the incident's hash-chained record (kind 'audit.pinned'),
-- which holds the row itself; this table answers "which rows are pinned".

CREATE TABLE ic_audit_investigations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('filter', 'sql')),
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ic_audit_investigations_name ON ic_audit_investigations (name);

CREATE TABLE ic_audit_pins (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES ic_incidents (id),
    source      TEXT NOT NULL, -- where the row was read: the workspace or a postgresql:// URI
    audit_id    INTEGER NOT NULL,
    audit_time  TEXT NOT NULL, -- the row's timestamp exactly as the source stores it (UTC)
    row_json    TEXT NOT NULL CHECK (json_valid(row_json)),
    pinned_by   TEXT NOT NULL,
    pinned_at   TEXT NOT NULL,
    event_id    INTEGER REFERENCES ic_incident_events (id)
);
CREATE UNIQUE INDEX ic_audit_pins_row ON ic_audit_pins (incident_id, source, audit_id);

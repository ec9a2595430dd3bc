-- Incident store: the app's own tables. Times are UTC text that sorts like
-- SQLite's datetime() output: 'YYYY-MM-DD HH:MM:SS.SSS'.

CREATE TABLE ic_workspace (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE ic_counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE ic_severity_levels (
    level            INTEGER PRIMARY KEY CHECK (level BETWEEN 0 AND 3),
    name             TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    examples         TEXT NOT NULL DEFAULT '',
    response_minutes INTEGER NOT NULL CHECK (response_minutes >= 0),
    response_text    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ic_incidents (
    id                TEXT PRIMARY KEY,
    ref               TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL DEFAULT '',
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
    status            TEXT NOT NULL,
    commander         TEXT NOT NULL DEFAULT '',
    affected_users    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_users)),
    affected_tenants  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_tenants)),
    affected_api_keys TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_api_keys)),
    detected_at       TEXT NOT NULL,
    became_aware_at   TEXT,
    acknowledged_at   TEXT,
    closed_at         TEXT,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ic_incidents_status ON ic_incidents (status, severity);

CREATE TABLE ic_incident_events (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES ic_incidents (id),
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    summary     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);

CREATE INDEX ic_incident_events_incident ON ic_incident_events (incident_id, occurred_at, id);

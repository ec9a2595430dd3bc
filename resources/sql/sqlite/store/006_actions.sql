-- Containment actions: a durable outbox. A row is written before anything is
-- sent to the platform and updated with the outcome afterwards; its id is
-- also the Idempotency-Key, so a retry or a resume after a crash can never
-- act twice. What happened is recorded on the incident's timeline as well.

CREATE TABLE ic_actions (
    id              TEXT PRIMARY KEY,
    incident_id     TEXT NOT NULL REFERENCES ic_incidents (id),
    kind            TEXT NOT NULL,
    target          TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (reason <> ''),
    backend         TEXT NOT NULL CHECK (backend IN ('api', 'sql')),
    endpoint        TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL DEFAULT '',
    path            TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    preview         TEXT NOT NULL DEFAULT '',
    expected_count  INTEGER,
    state           TEXT NOT NULL
                    CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'unknown')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    http_status     INTEGER,
    request_id      TEXT NOT NULL DEFAULT '',
    affected_count  INTEGER,
    result          TEXT NOT NULL DEFAULT '',
    claimed_by      TEXT NOT NULL DEFAULT '',
    claimed_host    TEXT NOT NULL DEFAULT '',
    claimed_pid     INTEGER NOT NULL DEFAULT 0,
    claimed_until   TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    finished_at     TEXT,
    dismissed_at    TEXT,
    dismissed_by    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX ic_actions_incident ON ic_actions (incident_id, created_at);
CREATE INDEX ic_actions_open ON ic_actions (state) WHERE state IN ('pending', 'in_flight', 'unknown');

-- How this workspace acts: the backend (admin API or direct SQL) and the
-- API's address, private CA and public-key pin. Never the token: that lives
-- in each user's keychain.
CREATE TABLE ic_action_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

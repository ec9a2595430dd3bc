-- Containment actions: a durable outbox. A row is written before anything is
-- sent to the platform and updated with the outcome afterwards; its id is
-- also the Idempotency-Key, so a retry or a resume after a crash can never
-- act twice. What happened is recorded on the incident's timeline as well.

CREATE TABLE ic_actions (
    id              text PRIMARY KEY,
    incident_id     text NOT NULL REFERENCES ic_incidents (id),
    kind            text NOT NULL,
    target          text NOT NULL,
    reason          text NOT NULL CHECK (reason <> ''),
    backend         text NOT NULL CHECK (backend IN ('api', 'sql')),
    endpoint        text NOT NULL DEFAULT '',
    method          text NOT NULL DEFAULT '',
    path            text NOT NULL DEFAULT '',
    body            text NOT NULL DEFAULT '',
    preview         text NOT NULL DEFAULT '',
    expected_count  integer,
    state           text NOT NULL
                    CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'unknown')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    http_status     integer,
    request_id      text NOT NULL DEFAULT '',
    affected_count  integer,
    result          text NOT NULL DEFAULT '',
    claimed_by      text NOT NULL DEFAULT '',
    claimed_host    text NOT NULL DEFAULT '',
    claimed_pid     integer NOT NULL DEFAULT 0,
    claimed_until   timestamptz,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    updated_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    dismissed_at    timestamptz,
    dismissed_by    text NOT NULL DEFAULT ''
);

CREATE INDEX ic_actions_incident ON ic_actions (incident_id, created_at);
CREATE INDEX ic_actions_open ON ic_actions (state) WHERE state IN ('pending', 'in_flight', 'unknown');

-- How this workspace acts: the backend (admin API or direct SQL) and the
-- API's address, private CA and public-key pin. Never the token: that lives
-- in each user's keychain.
CREATE TABLE ic_action_settings (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);

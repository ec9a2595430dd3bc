-- Detection rules and alerts. Each rule keeps a watermark: the highest
-- audit_logs.id it has evaluated, so a run reads only newer rows. Alerts
-- carry the audit rows that matched (ic_alert_rows) and how they ended:
-- promoted to an incident or dismissed with a reason.

CREATE TABLE ic_detection_rules (
    rule_id     TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    digest      TEXT NOT NULL DEFAULT '',
    watermark   INTEGER NOT NULL DEFAULT 0 CHECK (watermark >= 0),
    status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'failed')),
    last_run_at TEXT,
    last_run_by TEXT NOT NULL DEFAULT '',
    last_run_ms INTEGER NOT NULL DEFAULT 0,
    last_rows   INTEGER NOT NULL DEFAULT 0,
    last_alerts INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    failures    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

CREATE TABLE ic_detection_failures (
    id        INTEGER PRIMARY KEY,
    rule_id   TEXT NOT NULL,
    failed_at TEXT NOT NULL,
    failed_by TEXT NOT NULL,
    message   TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ic_detection_failures_rule ON ic_detection_failures (rule_id, failed_at);

CREATE TABLE ic_alerts (
    id                INTEGER PRIMARY KEY,
    rule_id           TEXT NOT NULL,
    rule_name         TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    severity          TEXT NOT NULL CHECK (severity IN ('P0', 'P1', 'P2', 'P3')),
    playbook          TEXT NOT NULL DEFAULT '',
    subject_kind      TEXT NOT NULL,
    subject           TEXT NOT NULL,
    window_seconds    INTEGER NOT NULL DEFAULT 0,
    aggregate         TEXT NOT NULL DEFAULT '',
    threshold         TEXT NOT NULL DEFAULT '',
    measure           REAL NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'promoting', 'promoted', 'dismissed')),
    first_seen        TEXT NOT NULL,
    last_seen         TEXT NOT NULL,
    detections        INTEGER NOT NULL DEFAULT 1,
    matched_rows      INTEGER NOT NULL DEFAULT 0,
    affected_users    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_users)),
    affected_tenants  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_tenants)),
    affected_api_keys TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_api_keys)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    incident_id       TEXT REFERENCES ic_incidents (id),
    resolved_by       TEXT NOT NULL DEFAULT '',
    resolved_at       TEXT,
    dismiss_reason    TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1
);
-- Grouping looks up the open alert of a rule and subject; the list shows
-- the newest first.
CREATE INDEX ic_alerts_group ON ic_alerts (rule_id, subject, status, last_seen);
CREATE INDEX ic_alerts_status ON ic_alerts (status, last_seen);

CREATE TABLE ic_alert_rows (
    alert_id INTEGER NOT NULL REFERENCES ic_alerts (id) ON DELETE CASCADE,
    audit_id INTEGER NOT NULL,
    PRIMARY KEY (alert_id, audit_id)
) WITHOUT ROWID;

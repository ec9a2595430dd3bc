-- Notifications against regulatory clocks: the facts a notification needs
-- per incident, the organisation's contact profile, the workspace's own
-- clock rules, and drafts whose every save is a version. Times are UTC text.

CREATE TABLE ic_notification_facts (
    incident_id       TEXT PRIMARY KEY REFERENCES ic_incidents (id),
    -- NULL: not answered yet (a clock that depends on it is undetermined)
    personal_data     INTEGER CHECK (personal_data IN (0, 1)),
    phi               INTEGER CHECK (phi IN (0, 1)),
    data_breach       INTEGER CHECK (data_breach IN (0, 1)),
    jurisdictions     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(jurisdictions)),
    people_affected   TEXT NOT NULL DEFAULT '',
    records_affected  TEXT NOT NULL DEFAULT '',
    subject_categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subject_categories)),
    data_categories   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories)),
    affected_systems  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(affected_systems)),
    breach_period     TEXT NOT NULL DEFAULT '',
    consequences      TEXT NOT NULL DEFAULT '',
    measures_taken    TEXT NOT NULL DEFAULT '',
    measures_proposed TEXT NOT NULL DEFAULT '',
    mitigation        TEXT NOT NULL DEFAULT '',
    individual_steps  TEXT NOT NULL DEFAULT '',
    next_steps        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(next_steps)),
    delay_reasons     TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

-- One row per workspace: who the organisation is and how to reach it.
CREATE TABLE ic_notification_org (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL DEFAULT '',
    contact_name    TEXT NOT NULL DEFAULT '',
    contact_role    TEXT NOT NULL DEFAULT '',
    contact_email   TEXT NOT NULL DEFAULT '',
    contact_phone   TEXT NOT NULL DEFAULT '',
    security_email  TEXT NOT NULL DEFAULT '',
    toll_free_phone TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    postal_address  TEXT NOT NULL DEFAULT '',
    chat_channel    TEXT NOT NULL DEFAULT '',
    authority_name  TEXT NOT NULL DEFAULT '',
    authority_email TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT 'UTC',
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

-- Clock rules the workspace adds to the built-in GDPR, HIPAA and SOC 2 ones.
CREATE TABLE ic_notification_rules (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    audience            TEXT NOT NULL DEFAULT '',
    needs_personal_data INTEGER NOT NULL DEFAULT 0 CHECK (needs_personal_data IN (0, 1)),
    needs_phi           INTEGER NOT NULL DEFAULT 0 CHECK (needs_phi IN (0, 1)),
    needs_data_breach   INTEGER NOT NULL DEFAULT 0 CHECK (needs_data_breach IN (0, 1)),
    jurisdictions       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(jurisdictions)),
    amount              INTEGER NOT NULL CHECK (amount > 0),
    unit                TEXT NOT NULL CHECK (unit IN ('hours', 'days')),
    template_id         TEXT NOT NULL DEFAULT '',
    basis               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL
);

CREATE TABLE ic_notification_drafts (
    id               TEXT PRIMARY KEY,
    incident_id      TEXT NOT NULL REFERENCES ic_incidents (id),
    template_id      TEXT NOT NULL,
    template_name    TEXT NOT NULL,
    clock_rule_id    TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'reviewed', 'sent')),
    latest_version   INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    reviewed_version INTEGER,
    reviewed_at      TEXT,
    reviewed_by      TEXT,
    sent_version     INTEGER,
    sent_at          TEXT,
    sent_by          TEXT,
    delay_reasons    TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ic_notification_drafts_incident ON ic_notification_drafts (incident_id, created_at);

-- Every save of a draft; never changed afterwards.
CREATE TABLE ic_notification_versions (
    draft_id   TEXT NOT NULL REFERENCES ic_notification_drafts (id),
    version    INTEGER NOT NULL,
    recipients TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL,
    PRIMARY KEY (draft_id, version)
);

-- (A sent notification is frozen and versions are never changed: the app
-- enforces it inside its write transaction; SQLite triggers need BEGIN…END
-- bodies that the migration splitter does not take.)

-- What someone typed but has not saved as a version yet: never lost.
CREATE TABLE ic_notification_unsaved (
    draft_id     TEXT NOT NULL REFERENCES ic_notification_drafts (id),
    actor        TEXT NOT NULL,
    recipients   TEXT NOT NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (draft_id, actor)
);

-- Notifications against regulatory clocks: the facts a notification needs
-- per incident, the organisation's contact profile, the workspace's own
-- clock rules, and drafts whose every save is a version. Times are timestamptz.

CREATE TABLE ic_notification_facts (
    incident_id       text PRIMARY KEY REFERENCES ic_incidents (id),
    -- NULL: not answered yet (a clock that depends on it is undetermined)
    personal_data     integer CHECK (personal_data IN (0, 1)),
    phi               integer CHECK (phi IN (0, 1)),
    data_breach       integer CHECK (data_breach IN (0, 1)),
    jurisdictions     jsonb NOT NULL DEFAULT '[]',
    people_affected   text NOT NULL DEFAULT '',
    records_affected  text NOT NULL DEFAULT '',
    subject_categories jsonb NOT NULL DEFAULT '[]',
    data_categories   jsonb NOT NULL DEFAULT '[]',
    affected_systems  jsonb NOT NULL DEFAULT '[]',
    breach_period     text NOT NULL DEFAULT '',
    consequences      text NOT NULL DEFAULT '',
    measures_taken    text NOT NULL DEFAULT '',
    measures_proposed text NOT NULL DEFAULT '',
    mitigation        text NOT NULL DEFAULT '',
    individual_steps  text NOT NULL DEFAULT '',
    next_steps        jsonb NOT NULL DEFAULT '[]',
    delay_reasons     text NOT NULL DEFAULT '',
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    version           integer NOT NULL DEFAULT 1
);

-- One row per workspace: who the organisation is and how to reach it.
CREATE TABLE ic_notification_org (
    id              integer PRIMARY KEY CHECK (id = 1),
    name            text NOT NULL DEFAULT '',
    contact_name    text NOT NULL DEFAULT '',
    contact_role    text NOT NULL DEFAULT '',
    contact_email   text NOT NULL DEFAULT '',
    contact_phone   text NOT NULL DEFAULT '',
    security_email  text NOT NULL DEFAULT '',
    toll_free_phone text NOT NULL DEFAULT '',
    website         text NOT NULL DEFAULT '',
    postal_address  text NOT NULL DEFAULT '',
    chat_channel    text NOT NULL DEFAULT '',
    authority_name  text NOT NULL DEFAULT '',
    authority_email text NOT NULL DEFAULT '',
    time_zone       text NOT NULL DEFAULT 'UTC',
    updated_at      timestamptz NOT NULL,
    updated_by      text NOT NULL,
    version         integer NOT NULL DEFAULT 1
);

-- Clock rules the workspace adds to the built-in GDPR, HIPAA and SOC 2 ones.
CREATE TABLE ic_notification_rules (
    id                  text PRIMARY KEY,
    name                text NOT NULL,
    audience            text NOT NULL DEFAULT '',
    needs_personal_data integer NOT NULL DEFAULT 0 CHECK (needs_personal_data IN (0, 1)),
    needs_phi           integer NOT NULL DEFAULT 0 CHECK (needs_phi IN (0, 1)),
    needs_data_breach   integer NOT NULL DEFAULT 0 CHECK (needs_data_breach IN (0, 1)),
    jurisdictions       jsonb NOT NULL DEFAULT '[]',
    amount              integer NOT NULL CHECK (amount > 0),
    unit                text NOT NULL CHECK (unit IN ('hours', 'days')),
    template_id         text NOT NULL DEFAULT '',
    basis               text NOT NULL DEFAULT '',
    created_at          timestamptz NOT NULL,
    created_by          text NOT NULL
);

CREATE TABLE ic_notification_drafts (
    id               text PRIMARY KEY,
    incident_id      text NOT NULL REFERENCES ic_incidents (id),
    template_id      text NOT NULL,
    template_name    text NOT NULL,
    clock_rule_id    text NOT NULL DEFAULT '',
    state            text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'reviewed', 'sent')),
    latest_version   integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    reviewed_version integer,
    reviewed_at      timestamptz,
    reviewed_by      text,
    sent_version     integer,
    sent_at          timestamptz,
    sent_by          text,
    delay_reasons    text NOT NULL DEFAULT '',
    version          integer NOT NULL DEFAULT 1
);

CREATE INDEX ic_notification_drafts_incident ON ic_notification_drafts (incident_id, created_at);

-- Every save of a draft; never changed afterwards.
CREATE TABLE ic_notification_versions (
    draft_id   text NOT NULL REFERENCES ic_notification_drafts (id),
    version    integer NOT NULL,
    recipients text NOT NULL DEFAULT '',
    subject    text NOT NULL,
    body       text NOT NULL,
    saved_at   timestamptz NOT NULL,
    saved_by   text NOT NULL,
    PRIMARY KEY (draft_id, version)
);

-- Several workstations write a team workspace: the database itself keeps a
-- sent notification frozen and a saved version as it was saved.
CREATE FUNCTION ic_notification_versions_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'saved notification versions are never changed or deleted';
    END IF;
    IF (SELECT state FROM ic_notification_drafts WHERE id = NEW.draft_id) = 'sent' THEN
        RAISE EXCEPTION 'a sent notification is frozen';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_notification_versions_guard
BEFORE INSERT OR UPDATE OR DELETE ON ic_notification_versions
FOR EACH ROW EXECUTE FUNCTION ic_notification_versions_guard();

-- What someone typed but has not saved as a version yet: never lost.
CREATE TABLE ic_notification_unsaved (
    draft_id     text NOT NULL REFERENCES ic_notification_drafts (id),
    actor        text NOT NULL,
    recipients   text NOT NULL,
    subject      text NOT NULL,
    body         text NOT NULL,
    base_version integer NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (draft_id, actor)
);

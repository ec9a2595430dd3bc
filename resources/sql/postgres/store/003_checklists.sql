-- Playbook checklists on incidents. Attaching a playbook copies its steps
-- into rows, so a later edit of the Markdown file never changes a running
-- checklist. Each step is a row of its own: two commanders ticking at once
-- change different rows, or the same row to the same state, and never lose
-- a tick. Who changed what and when is recorded as incident events.

CREATE TABLE ic_checklists (
    id            text PRIMARY KEY,
    incident_id   text NOT NULL REFERENCES ic_incidents (id),
    playbook_name text NOT NULL,
    source        text NOT NULL DEFAULT '',
    source_sha256 text NOT NULL DEFAULT '',
    position      integer NOT NULL,
    attached_at   timestamptz NOT NULL,
    attached_by   text NOT NULL,
    UNIQUE (incident_id, playbook_name)
);

CREATE TABLE ic_checklist_items (
    id                     text PRIMARY KEY,
    checklist_id           text NOT NULL REFERENCES ic_checklists (id),
    incident_id            text NOT NULL REFERENCES ic_incidents (id),
    position               integer NOT NULL,
    phase_position         integer NOT NULL,
    phase                  text NOT NULL,
    phase_deadline_text    text NOT NULL DEFAULT '',
    phase_deadline_minutes integer CHECK (phase_deadline_minutes >= 0),
    text                   text NOT NULL,
    source_line            integer NOT NULL DEFAULT 0,
    deadline_text          text NOT NULL DEFAULT '',
    deadline_minutes       integer CHECK (deadline_minutes >= 0),
    substeps               jsonb NOT NULL DEFAULT '[]',
    code                   jsonb NOT NULL DEFAULT '[]',
    state                  text NOT NULL DEFAULT 'open'
                           CHECK (state IN ('open', 'done', 'skipped')),
    state_reason           text NOT NULL DEFAULT '',
    state_by               text NOT NULL DEFAULT '',
    state_at               timestamptz,
    version                integer NOT NULL DEFAULT 1,
    UNIQUE (checklist_id, position)
);

CREATE INDEX ic_checklist_items_incident ON ic_checklist_items (incident_id, checklist_id, position);

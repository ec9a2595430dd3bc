-- Playbook checklists on incidents. Attaching a playbook copies its steps
-- into rows, so a later edit of the Markdown file never changes a running
-- checklist. Each step is a row of its own: two commanders ticking at once
-- change different rows, or the same row to the same state, and never lose
-- a tick. Who changed what and when is recorded as incident events.

CREATE TABLE ic_checklists (
    id            TEXT PRIMARY KEY,
    incident_id   TEXT NOT NULL REFERENCES ic_incidents (id),
    playbook_name TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL,
    attached_at   TEXT NOT NULL,
    attached_by   TEXT NOT NULL,
    UNIQUE (incident_id, playbook_name)
);

CREATE TABLE ic_checklist_items (
    id                     TEXT PRIMARY KEY,
    checklist_id           TEXT NOT NULL REFERENCES ic_checklists (id),
    incident_id            TEXT NOT NULL REFERENCES ic_incidents (id),
    position               INTEGER NOT NULL,
    phase_position         INTEGER NOT NULL,
    phase                  TEXT NOT NULL,
    phase_deadline_text    TEXT NOT NULL DEFAULT '',
    phase_deadline_minutes INTEGER CHECK (phase_deadline_minutes >= 0),
    text                   TEXT NOT NULL,
    source_line            INTEGER NOT NULL DEFAULT 0,
    deadline_text          TEXT NOT NULL DEFAULT '',
    deadline_minutes       INTEGER CHECK (deadline_minutes >= 0),
    substeps               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(substeps)),
    code                   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(code)),
    state                  TEXT NOT NULL DEFAULT 'open'
                           CHECK (state IN ('open', 'done', 'skipped')),
    state_reason           TEXT NOT NULL DEFAULT '',
    state_by               TEXT NOT NULL DEFAULT '',
    state_at               TEXT,
    version                INTEGER NOT NULL DEFAULT 1,
    UNIQUE (checklist_id, position)
);

CREATE INDEX ic_checklist_items_incident ON ic_checklist_items (incident_id, checklist_id, position);

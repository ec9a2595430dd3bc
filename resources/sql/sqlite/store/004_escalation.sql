-- Escalation: what the policy's decisions need to know about an incident
-- (whether it is a data breach; NULL until someone decides) and the team's
-- own policy files imported into the workspace. Who was notified or
-- acknowledged is recorded as incident events, not here.

CREATE TABLE ic_escalation_state (
    incident_id TEXT PRIMARY KEY REFERENCES ic_incidents (id),
    data_breach INTEGER CHECK (data_breach IN (0, 1)),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

CREATE TABLE ic_escalation_policies (
    name        TEXT PRIMARY KEY,
    markdown    TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);

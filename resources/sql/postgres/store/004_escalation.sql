-- Escalation: what the policy's decisions need to know about an incident
-- (whether it is a data breach; NULL until someone decides) and the team's
-- own policy files imported into the workspace. Who was notified or
-- acknowledged is recorded as incident events, not here.

CREATE TABLE ic_escalation_state (
    incident_id text PRIMARY KEY REFERENCES ic_incidents (id),
    data_breach boolean,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL
);

CREATE TABLE ic_escalation_policies (
    name        text PRIMARY KEY,
    markdown    text NOT NULL,
    source      text NOT NULL DEFAULT '',
    imported_at timestamptz NOT NULL,
    imported_by text NOT NULL
);

-- Queries whose results go into an incident's evidence bundle, with the
-- exact SQL and parameters that produce each extract.
CREATE TABLE ic_evidence_queries (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES ic_incidents (id),
    name        TEXT NOT NULL,
    sql         TEXT NOT NULL,
    params      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(params)),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    UNIQUE (incident_id, name)
);

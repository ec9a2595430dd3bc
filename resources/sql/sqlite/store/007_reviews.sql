-- Post-incident reviews: Markdown documents, every save a new version.
CREATE TABLE ic_reviews (
    incident_id TEXT NOT NULL REFERENCES ic_incidents (id),
    version     INTEGER NOT NULL,
    markdown    TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    saved_by    TEXT NOT NULL,
    PRIMARY KEY (incident_id, version)
);

-- What someone typed but has not saved as a version yet: never lost.
CREATE TABLE ic_review_drafts (
    incident_id TEXT NOT NULL REFERENCES ic_incidents (id),
    actor       TEXT NOT NULL,
    markdown    TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (incident_id, actor)
);

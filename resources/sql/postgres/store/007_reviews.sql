-- Post-incident reviews: Markdown documents, every save a new version.
CREATE TABLE ic_reviews (
    incident_id text NOT NULL REFERENCES ic_incidents (id),
    version     integer NOT NULL,
    markdown    text NOT NULL,
    saved_at    timestamptz NOT NULL,
    saved_by    text NOT NULL,
    PRIMARY KEY (incident_id, version)
);

-- What someone typed but has not saved as a version yet: never lost.
CREATE TABLE ic_review_drafts (
    incident_id  text NOT NULL REFERENCES ic_incidents (id),
    actor        text NOT NULL,
    markdown     text NOT NULL,
    base_version integer NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (incident_id, actor)
);

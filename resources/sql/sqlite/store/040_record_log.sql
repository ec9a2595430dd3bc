-- The record as ONE Merkle tree log per workspace (docs/record.md, issue 15
-- part 2). A SQLite workspace is single-person: the app appends directly,
-- under SQLite's write lock; this machine's clock is the server's. Each new
-- event gets a leaf index (workspace-wide), and its leaf and the complete
-- subtrees it completes are written in the same transaction
-- (SqlNodeStore::append). Events from before the log keep leaf_index NULL
-- until `record adopt-legacy` puts them into it.
CREATE TABLE ic_record_nodes (
    log_id TEXT NOT NULL,
    level  INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    hash   BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (log_id, level, idx)
) WITHOUT ROWID;

CREATE TABLE ic_record_head (
    log_id TEXT PRIMARY KEY,
    size   INTEGER NOT NULL CHECK (size >= 0)
);
INSERT INTO ic_record_head (log_id, size) VALUES ('workspace', 0);

ALTER TABLE ic_incident_events ADD COLUMN leaf_index INTEGER CHECK (leaf_index >= 0);
ALTER TABLE ic_incident_events ADD COLUMN signer TEXT;
ALTER TABLE ic_incident_events ADD COLUMN signature BLOB;
CREATE UNIQUE INDEX ic_incident_events_leaf ON ic_incident_events (leaf_index);

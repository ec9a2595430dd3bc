-- Signed checkpoints of the workspace log (docs/record.md), written by the
-- app after appending and on open.
CREATE TABLE ic_record_checkpoints (
    id         INTEGER PRIMARY KEY,
    size       INTEGER NOT NULL CHECK (size >= 0),
    root       BLOB NOT NULL CHECK (length(root) = 32),
    note       TEXT NOT NULL,
    signer     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ic_record_checkpoints_size ON ic_record_checkpoints (size DESC, id DESC);

-- Members' signing keys (docs/record.md). A SQLite workspace is one
-- person's: their key is registered and confirmed by the app itself
-- (self-confirmed), the fingerprint being SHA-256 of the key's DER
-- SubjectPublicKeyInfo.
CREATE TABLE ic_member_keys (
    fingerprint   TEXT PRIMARY KEY,
    login         TEXT NOT NULL,
    public_key    BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    registered_at TEXT NOT NULL,
    confirmed_by  TEXT,
    confirmed_at  TEXT,
    revoked_by    TEXT,
    revoked_at    TEXT
);
CREATE INDEX ic_member_keys_login ON ic_member_keys (login);

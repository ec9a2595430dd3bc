-- The platform's tables that the playbooks query, for the embedded
-- workspace. Times are UTC text that compares like datetime('now').

CREATE TABLE tenants (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    plan       TEXT NOT NULL DEFAULT 'standard',
    status     TEXT NOT NULL DEFAULT 'active',
    metadata   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    tenant_id  TEXT,
    email      TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT 'member',
    status     TEXT NOT NULL DEFAULT 'active',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE INDEX users_tenant ON users (tenant_id);

CREATE TABLE api_keys (
    id             TEXT PRIMARY KEY,
    tenant_id      TEXT,
    user_id        TEXT,
    name           TEXT NOT NULL DEFAULT '',
    prefix         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    last_used_at   TEXT,
    revoked_at     TEXT,
    revoked_reason TEXT
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);
CREATE INDEX api_keys_user ON api_keys (user_id);

CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    tenant_id     TEXT,
    ip            TEXT,
    user_agent    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    last_seen_at  TEXT,
    logged_out_at TEXT,
    revoked_at    TEXT
);
CREATE INDEX sessions_user ON sessions (user_id, created_at);

CREATE TABLE blocked_ips (
    id         INTEGER PRIMARY KEY,
    ip         TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    tenant_id  TEXT,
    blocked_by TEXT,
    blocked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    expires_at TEXT
);
CREATE INDEX blocked_ips_ip ON blocked_ips (ip);

CREATE TABLE audit_logs (
    id         INTEGER PRIMARY KEY,
    timestamp  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    event      TEXT NOT NULL,
    user_id    TEXT,
    tenant_id  TEXT,
    api_key_id TEXT,
    ip         TEXT,
    query      TEXT,
    metadata   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata))
);
-- Keyset order, and every time-bounded lookup the playbooks make.
CREATE INDEX audit_logs_time ON audit_logs (timestamp, id);
CREATE INDEX audit_logs_user_time ON audit_logs (user_id, timestamp, id);
CREATE INDEX audit_logs_tenant_time ON audit_logs (tenant_id, timestamp, id);
CREATE INDEX audit_logs_api_key_time ON audit_logs (api_key_id, timestamp, id);
CREATE INDEX audit_logs_ip_time ON audit_logs (ip, timestamp, id);
CREATE INDEX audit_logs_event_time ON audit_logs (event, timestamp, id);

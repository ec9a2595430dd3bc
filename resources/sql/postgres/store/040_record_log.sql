-- The record as ONE Merkle tree log per workspace (docs/record.md, issue 15
-- part 2). Every event appended from now on gets a leaf index, workspace-
-- wide, assigned under ONE workspace append lock (the row of ic_record_head),
-- and the database server's clock as recorded_at. The log's complete-subtree
-- hashes live in ic_record_nodes (SqlNodeStore::ddl), written in the same
-- transaction as the event, by the append function only: no role may write
-- ic_record_nodes or ic_record_head.
--
-- Contract (extends 015's; keep it):
--   1. ic_event_head(incident_id, claimed_actor) locks the incident's head
--      row, then the workspace's log head (always in this order), for the
--      rest of the transaction, and returns what the next event gets: its
--      seq (per incident, for display), the hash it follows (prev_hash), its
--      actor (ic_actor), its leaf index in the workspace log, its
--      recorded_at (the server's clock_timestamp(), in milliseconds) and the
--      log's origin (the checkpoint origin: incident-commander.local/
--      workspace/<workspace id>).
--   2. The client builds the event's canonical encoding (RecordEvent, over
--      exactly those values), signs it, and calls ic_append_event(...) in
--      the same transaction with the leaf hash (SHA-256(0x00 || leaf data)).
--      It re-reads both heads under the same locks, refuses anything but the
--      seq, prev_hash and leaf index it announced, and a recorded_at outside
--      this transaction (before its start or after now): the client cannot
--      choose the time. It records the actor itself, inserts the event,
--      writes the leaf and the complete subtrees it completes (the server
--      hashes them: SHA-256(0x01 || left || right)), moves both heads and
--      returns the event's id.
-- The stored hashes are a cache: verifiers recompute every leaf from the
-- events and compare with a signed checkpoint they trust.

CREATE TABLE ic_record_nodes (
    log_id text NOT NULL,
    level smallint NOT NULL,
    idx bigint NOT NULL,
    hash bytea NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (log_id, level, idx)
);

-- One row per log (this workspace has one, 'workspace'): its size, and the
-- row whose lock serialises every append to the log.
CREATE TABLE ic_record_head (
    log_id text PRIMARY KEY,
    size bigint NOT NULL CHECK (size >= 0)
);
INSERT INTO ic_record_head (log_id, size) VALUES ('workspace', 0);

ALTER TABLE ic_incident_events ADD COLUMN leaf_index bigint CHECK (leaf_index >= 0);
ALTER TABLE ic_incident_events ADD COLUMN signer text;
ALTER TABLE ic_incident_events ADD COLUMN signature bytea;
CREATE UNIQUE INDEX ic_incident_events_leaf ON ic_incident_events (leaf_index);

SELECT ic_grant('SELECT', 'ic_record_nodes', 'viewer');
SELECT ic_grant('SELECT', 'ic_record_head', 'viewer');

-- The checkpoint origin of this workspace's log.
CREATE FUNCTION ic_record_origin() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT 'incident-commander.local/workspace/' ||
           coalesce((SELECT value FROM ic_workspace WHERE key = 'workspace_id'), '')
$$;

-- Writes leaf `n` and the complete subtrees it completes. Caller holds the
-- log head's lock and has checked n = size.
CREATE FUNCTION ic_record_put_leaf(p_log text, n bigint, leaf bytea) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    h bytea := leaf;
    lvl integer := 0;
    i bigint := n;
    sibling bytea;
BEGIN
    INSERT INTO ic_record_nodes (log_id, level, idx, hash) VALUES (p_log, 0, n, leaf);
    WHILE i % 2 = 1 LOOP
        SELECT r.hash INTO sibling FROM ic_record_nodes r
        WHERE r.log_id = p_log AND r.level = lvl AND r.idx = i - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'XX001',
                MESSAGE = format('The record''s tree has no hash for level %s, index %s: it was '
                                 'damaged or edited. Nothing was recorded.', lvl, i - 1);
        END IF;
        h := sha256('\x01'::bytea || sibling || h);
        lvl := lvl + 1;
        i := i / 2;
        INSERT INTO ic_record_nodes (log_id, level, idx, hash) VALUES (p_log, lvl, i, h);
    END LOOP;
END
$$;

DROP FUNCTION ic_append_event(text, integer, timestamptz, timestamptz, text, text, text, jsonb,
                              boolean, bigint, text, text);
DROP FUNCTION ic_event_head(text, text);

CREATE FUNCTION ic_event_head(p_incident_id text, p_claimed_actor text DEFAULT NULL)
RETURNS TABLE (next_seq integer, prev_hash text, actor text, leaf_index bigint,
               recorded_at timestamptz, origin text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    head record;
    log_size bigint;
BEGIN
    IF NOT ic_can_record() THEN
        PERFORM ic_refuse_record();
    END IF;
    SELECT i.event_count, i.last_event_hash INTO head
    FROM ic_incidents i WHERE i.id = p_incident_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = 'The incident no longer exists in this workspace; nothing was recorded.';
    END IF;
    SELECT h.size INTO log_size FROM ic_record_head h WHERE h.log_id = 'workspace' FOR UPDATE;
    RETURN QUERY SELECT head.event_count + 1, head.last_event_hash, ic_actor(p_claimed_actor),
                        log_size, date_trunc('milliseconds', clock_timestamp()),
                        ic_record_origin();
END
$$;

CREATE FUNCTION ic_append_event(p_incident_id text, p_seq integer, p_leaf_index bigint,
                                p_occurred_at timestamptz, p_recorded_at timestamptz,
                                p_claimed_actor text, p_kind text, p_summary text,
                                p_details jsonb, p_backdated boolean, p_corrects_event_id bigint,
                                p_prev_hash text, p_hash text, p_signer text,
                                p_signature bytea, p_leaf_hash bytea)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    head record;
    log_size bigint;
    new_id bigint;
BEGIN
    IF NOT ic_can_record() THEN
        PERFORM ic_refuse_record();
    END IF;
    SELECT i.event_count, i.last_event_hash INTO head
    FROM ic_incidents i WHERE i.id = p_incident_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = 'The incident no longer exists in this workspace; nothing was recorded.';
    END IF;
    SELECT h.size INTO log_size FROM ic_record_head h WHERE h.log_id = 'workspace' FOR UPDATE;
    IF p_seq IS DISTINCT FROM head.event_count + 1
       OR p_prev_hash IS DISTINCT FROM head.last_event_hash
       OR p_leaf_index IS DISTINCT FROM log_size THEN
        RAISE EXCEPTION USING ERRCODE = '40001',
            MESSAGE = format('The record of this incident is at event %s and the workspace log at '
                             'leaf %s, not %s and %s: take both heads with ic_event_head in the '
                             'same transaction. Nothing was recorded.',
                             head.event_count, log_size, coalesce(p_seq - 1, 0),
                             coalesce(p_leaf_index::text, 'none'));
    END IF;
    IF coalesce(p_hash, '') = '' OR coalesce(p_kind, '') = '' OR p_summary IS NULL
       OR p_occurred_at IS NULL OR p_recorded_at IS NULL
       OR p_leaf_hash IS NULL OR length(p_leaf_hash) <> 32 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'An event needs a kind, a summary, its times, its hash and its 32-byte leaf '
                      'hash. Nothing was recorded.';
    END IF;
    -- The server's clock: the time ic_event_head gave, within this
    -- transaction (no earlier than its start, no later than now).
    IF p_recorded_at < date_trunc('milliseconds', now()) OR p_recorded_at > clock_timestamp() THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('recorded_at %s is not the server''s clock during this transaction '
                             '(take it from ic_event_head). Nothing was recorded.', p_recorded_at);
    END IF;
    IF (coalesce(p_signer, '') = '') <> (p_signature IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'A signed event needs both its signer''s fingerprint and its signature. '
                      'Nothing was recorded.';
    END IF;
    INSERT INTO ic_incident_events (incident_id, seq, occurred_at, recorded_at, actor, kind,
                                    summary, details, backdated, corrects_event_id, prev_hash, hash,
                                    leaf_index, signer, signature)
    VALUES (p_incident_id, p_seq, p_occurred_at, p_recorded_at, ic_actor(p_claimed_actor), p_kind,
            p_summary, coalesce(p_details, '{}'), coalesce(p_backdated, false),
            p_corrects_event_id, p_prev_hash, p_hash, p_leaf_index, nullif(p_signer, ''),
            p_signature)
    RETURNING id INTO new_id;
    UPDATE ic_incidents SET event_count = p_seq, last_event_hash = p_hash WHERE id = p_incident_id;
    PERFORM ic_record_put_leaf('workspace', p_leaf_index, p_leaf_hash);
    UPDATE ic_record_head SET size = p_leaf_index + 1 WHERE log_id = 'workspace';
    RETURN new_id;
END
$$;

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_record_origin()', 'viewer');
-- Both check the caller's roles themselves, so a refusal says why.
SELECT ic_grant_execute('ic_event_head(text,text)', 'viewer');
SELECT ic_grant_execute('ic_append_event(text,integer,bigint,timestamptz,timestamptz,text,text,'
                        'text,jsonb,boolean,bigint,text,text,text,bytea,bytea)', 'viewer');

-- Signed checkpoints of the workspace log (docs/record.md): after appending,
-- and on every open, a workstation signs the log's size and root (a C2SP
-- checkpoint note) with its person's key and stores it here, so a copy held
-- anywhere proves a later rewrite. Only ic_add_checkpoint writes this
-- table: the caller's own registered key, a size the log has reached, the
-- server's clock. Whether the note's signature and root hold is the
-- verifiers' question (WorkspaceSession on open, verify-record).
CREATE TABLE ic_record_checkpoints (
    id         bigserial PRIMARY KEY,
    size       bigint NOT NULL CHECK (size >= 0),
    root       bytea NOT NULL CHECK (length(root) = 32),
    note       text NOT NULL CHECK (length(note) <= 16384),
    signer     text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX ic_record_checkpoints_size ON ic_record_checkpoints (size DESC, id DESC);
SELECT ic_grant('SELECT', 'ic_record_checkpoints', 'viewer');

CREATE FUNCTION ic_add_checkpoint(p_size bigint, p_root bytea, p_note text, p_signer text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    log_size bigint;
    new_id bigint;
BEGIN
    IF NOT (ic_has_role('viewer') OR ic_superuser()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s is not a member of this workspace; no checkpoint was stored.',
                             session_user);
    END IF;
    IF NOT ic_superuser() AND NOT EXISTS (
           SELECT 1 FROM ic_member_keys k
           WHERE k.fingerprint = p_signer AND k.login = session_user AND k.revoked_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s is not a registered, unrevoked key of %s; no checkpoint was '
                             'stored.', p_signer, session_user);
    END IF;
    SELECT h.size INTO log_size FROM ic_record_head h WHERE h.log_id = 'workspace';
    IF p_size IS NULL OR p_size > log_size OR p_root IS NULL OR length(p_root) <> 32
       OR p_note IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('A checkpoint states a size the log has reached (at most %s) and a '
                             '32-byte root. No checkpoint was stored.', log_size);
    END IF;
    INSERT INTO ic_record_checkpoints (size, root, note, signer, created_by, created_at)
    VALUES (p_size, p_root, p_note, p_signer, session_user, clock_timestamp())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- Events recorded before the log (an upgraded workspace) are put into it
-- once, by an admin, one call per event in the order the admin's tool
-- chooses (`incident-commander record adopt-legacy`): the next leaf under
-- the log's lock, the leaf hash the tool computed from the stored event
-- (verifiers recompute it), never an event already in the log. The tool
-- records the adoption as an event itself.
CREATE FUNCTION ic_adopt_legacy_event(p_event_id bigint, p_leaf_index bigint, p_leaf_hash bytea)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    log_size bigint;
BEGIN
    IF NOT ic_has_role('admin') AND NOT ic_superuser() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s may not put earlier events into the record''s log (that needs '
                             'the admin role). Nothing was changed.', session_user);
    END IF;
    SELECT h.size INTO log_size FROM ic_record_head h WHERE h.log_id = 'workspace' FOR UPDATE;
    IF p_leaf_index IS DISTINCT FROM log_size OR p_leaf_hash IS NULL
       OR length(p_leaf_hash) <> 32 THEN
        RAISE EXCEPTION USING ERRCODE = '40001',
            MESSAGE = format('The log is at leaf %s, not %s. Nothing was changed.', log_size,
                             coalesce(p_leaf_index::text, 'none'));
    END IF;
    UPDATE ic_incident_events SET leaf_index = p_leaf_index
    WHERE id = p_event_id AND leaf_index IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('Event %s does not exist or is in the log already. Nothing was '
                             'changed.', p_event_id);
    END IF;
    PERFORM ic_record_put_leaf('workspace', p_leaf_index, p_leaf_hash);
    UPDATE ic_record_head SET size = p_leaf_index + 1 WHERE log_id = 'workspace';
END
$$;

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_add_checkpoint(bigint,bytea,text,text)', 'viewer');
SELECT ic_grant_execute('ic_adopt_legacy_event(bigint,bigint,bytea)', 'viewer');

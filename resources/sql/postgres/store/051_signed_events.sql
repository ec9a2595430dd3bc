-- Every event is signed (issue 15, docs/record.md "Signed events only").
-- The append function of 040/041 refused a signer that is not a registered,
-- unrevoked key of session_user, but accepted an event with no signature at
-- all. From this step it refuses an unsigned event too (42501), for every
-- login but a superuser (whom no check in the database binds). A key that is
-- registered but not yet confirmed by an admin still signs: an incident must
-- not stall while the admin is away; verify-record lists such events as
-- "awaiting confirmation" (intact, exit 0) until an admin confirms the key.
-- PostgreSQL cannot check an Ed25519 signature: the server checks that the
-- signer is the caller's own, unrevoked key and that a 64-byte signature is
-- present; verify-record checks the signature bytes against the key.
CREATE OR REPLACE FUNCTION ic_append_event(p_incident_id text, p_seq integer, p_leaf_index bigint,
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
    IF p_recorded_at < date_trunc('milliseconds', now()) OR p_recorded_at > clock_timestamp() THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('recorded_at %s is not the server''s clock during this transaction '
                             '(take it from ic_event_head). Nothing was recorded.', p_recorded_at);
    END IF;
    IF (coalesce(p_signer, '') = '') <> (p_signature IS NULL)
       OR (p_signature IS NOT NULL AND length(p_signature) <> 64) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'A signed event needs both its signer''s fingerprint and its 64-byte '
                      'signature. Nothing was recorded.';
    END IF;
    -- Every event is signed by its author (issue 15). Only a superuser may
    -- still append an unsigned one: the server cannot hold a superuser to
    -- anything (it can replace this function), and verify-record reports
    -- every unsigned event in the log as ALTERED, however it got there.
    IF coalesce(p_signer, '') = '' AND NOT ic_superuser() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The event is not signed. Every event is signed by the person who '
                             'records it, with their own key registered in this workspace; %s '
                             'has none on this connection (the app registers it from the '
                             'keychain when the workspace opens). Nothing was recorded.',
                             session_user);
    END IF;
    IF coalesce(p_signer, '') <> '' AND NOT ic_superuser() AND NOT EXISTS (
           SELECT 1 FROM ic_member_keys k
           WHERE k.fingerprint = p_signer AND k.login = session_user AND k.revoked_at IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The event is signed by %s, which is not a registered, unrevoked key '
                             'of %s. Nothing was recorded.', p_signer, session_user);
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

-- Who registered, confirmed and revoked which key, and when, is kept in the
-- workspace record (017) like every other change of the workspace's rules
-- (not yet as leaves of the log: docs/record.md "Not yet").
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_member_keys
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('member keys', 'fingerprint');

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_append_event(text,integer,bigint,timestamptz,timestamptz,text,text,'
                        'text,jsonb,boolean,bigint,text,text,text,bytea,bytea)', 'viewer');

-- Members' signing keys (issue 15 part 2, docs/record.md). Each person signs
-- the events they record with their own Ed25519 key (private half only in
-- their keychain); the public key is registered here by its owner, and an
-- admin confirms it. Nobody writes this table but the functions below:
--   ic_register_key(public_key)  the caller's own key (login = session_user);
--                                the server computes the fingerprint itself
--                                (SHA-256 of the key's DER SubjectPublicKeyInfo)
--                                and the time (its clock).
--   ic_confirm_key(fingerprint)  admins only.
--   ic_revoke_key(fingerprint)   the key's owner or an admin; never undone.
-- The append function (040) now refuses an event whose signer is not a
-- registered, unrevoked key of session_user. The server cannot check an
-- Ed25519 signature in SQL: verifiers do (verify-record), against this table
-- and a checkpoint kept outside the database, so a key swapped here by a
-- superuser shows as signatures that no longer hold.
CREATE TABLE ic_member_keys (
    fingerprint   text PRIMARY KEY CHECK (fingerprint ~ '^SHA256:[0-9a-f]{64}$'),
    login         text NOT NULL,
    public_key    bytea NOT NULL UNIQUE CHECK (length(public_key) = 32),
    registered_at timestamptz NOT NULL,
    confirmed_by  text,
    confirmed_at  timestamptz,
    revoked_by    text,
    revoked_at    timestamptz
);
CREATE INDEX ic_member_keys_login ON ic_member_keys (login);
SELECT ic_grant('SELECT', 'ic_member_keys', 'viewer');

CREATE FUNCTION ic_key_fingerprint(p_public_key bytea) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    -- An Ed25519 SubjectPublicKeyInfo is this 12-byte prefix and the raw key.
    SELECT 'SHA256:' || encode(sha256('\x302a300506032b6570032100'::bytea || p_public_key), 'hex')
$$;

CREATE FUNCTION ic_register_key(p_public_key bytea) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    fp text;
    existing record;
BEGIN
    IF NOT (ic_has_role('viewer') OR ic_superuser()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s is not a member of this workspace; no key was registered.',
                             session_user);
    END IF;
    IF p_public_key IS NULL OR length(p_public_key) <> 32 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'An Ed25519 public key is 32 bytes. No key was registered.';
    END IF;
    fp := ic_key_fingerprint(p_public_key);
    SELECT * INTO existing FROM ic_member_keys k WHERE k.fingerprint = fp;
    IF FOUND THEN
        IF existing.login <> session_user THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('The key %s is registered to %s, not %s. Nothing was changed.',
                                 fp, existing.login, session_user);
        END IF;
        RETURN fp;
    END IF;
    INSERT INTO ic_member_keys (fingerprint, login, public_key, registered_at)
    VALUES (fp, session_user, p_public_key, clock_timestamp());
    RETURN fp;
END
$$;

CREATE FUNCTION ic_confirm_key(p_fingerprint text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
BEGIN
    IF NOT ic_has_role('admin') AND NOT ic_superuser() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s may not confirm members'' keys (that needs the admin role). '
                             'Nothing was changed.', session_user);
    END IF;
    UPDATE ic_member_keys SET confirmed_by = session_user, confirmed_at = clock_timestamp()
    WHERE fingerprint = p_fingerprint AND confirmed_at IS NULL AND revoked_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('No unconfirmed, unrevoked key %s is registered. Nothing was '
                             'changed.', p_fingerprint);
    END IF;
END
$$;

CREATE FUNCTION ic_revoke_key(p_fingerprint text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
BEGIN
    UPDATE ic_member_keys SET revoked_by = session_user, revoked_at = clock_timestamp()
    WHERE fingerprint = p_fingerprint AND revoked_at IS NULL
      AND (login = session_user OR ic_has_role('admin') OR ic_superuser());
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s may not revoke the key %s (only its owner or an admin may, '
                             'once). Nothing was changed.', session_user, p_fingerprint);
    END IF;
END
$$;

-- The append function of 040, with the signer checked: a signed event's
-- signer must be a registered, unrevoked key of the person appending.
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

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_key_fingerprint(bytea)', 'viewer');
SELECT ic_grant_execute('ic_register_key(bytea)', 'viewer');
SELECT ic_grant_execute('ic_confirm_key(text)', 'viewer');
SELECT ic_grant_execute('ic_revoke_key(text)', 'viewer');

-- The incident record is appended through ONE database function, and no
-- role of the workspace may INSERT, UPDATE, DELETE or TRUNCATE
-- ic_incident_events, nor write the head of the record (ic_incidents
-- .event_count, .last_event_hash) directly.
--
-- Contract (the record issue extends these two functions; keep it):
--   1. ic_event_head(incident_id, claimed_actor) locks the incident's head
--      row for the rest of the transaction and returns what the next event
--      will get: its seq, the hash it follows (prev_hash) and its actor
--      (ic_actor: the session_user; a superuser keeps the name it claims).
--   2. The client computes the event's hash (EventLog::canonical, over
--      exactly those values) and calls
--      ic_append_event(incident_id, seq, occurred_at, recorded_at,
--                      claimed_actor, kind, summary, details, backdated,
--                      corrects_event_id, prev_hash, hash)
--      in the same transaction. It re-reads the head under the same lock,
--      refuses anything but the seq and prev_hash it announced, records the
--      actor itself (never the client's name), inserts the event, moves
--      the head, and returns the event's id.
-- Both refuse a person holding none of responder, approver and admin.
-- recorded_at is still the client's clock here; the record issue moves it
-- to the server's.

CREATE FUNCTION ic_can_record() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT ic_has_role('responder') OR ic_has_role('approver') OR ic_has_role('admin')
$$;

CREATE FUNCTION ic_refuse_record() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = format('%s may read this workspace but not add to an incident''s record (that '
                         'needs the responder, approver or admin role). Nothing was recorded.',
                         session_user),
        HINT = format('Admins who can grant a role: %s',
                      array_to_string(ic_role_holders('admin'), ', '));
END
$$;

CREATE FUNCTION ic_event_head(p_incident_id text, p_claimed_actor text DEFAULT NULL)
RETURNS TABLE (next_seq integer, prev_hash text, actor text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    head record;
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
    RETURN QUERY SELECT head.event_count + 1, head.last_event_hash, ic_actor(p_claimed_actor);
END
$$;

CREATE FUNCTION ic_append_event(p_incident_id text, p_seq integer, p_occurred_at timestamptz,
                                p_recorded_at timestamptz, p_claimed_actor text, p_kind text,
                                p_summary text, p_details jsonb, p_backdated boolean,
                                p_corrects_event_id bigint, p_prev_hash text, p_hash text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    head record;
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
    IF p_seq IS DISTINCT FROM head.event_count + 1
       OR p_prev_hash IS DISTINCT FROM head.last_event_hash THEN
        RAISE EXCEPTION USING ERRCODE = '40001',
            MESSAGE = format('The record of this incident is at event %s, not %s: take its head '
                             'with ic_event_head in the same transaction. Nothing was recorded.',
                             head.event_count, coalesce(p_seq - 1, 0));
    END IF;
    IF coalesce(p_hash, '') = '' OR coalesce(p_kind, '') = '' OR p_summary IS NULL
       OR p_occurred_at IS NULL OR p_recorded_at IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'An event needs a kind, a summary, its times and its hash. Nothing was '
                      'recorded.';
    END IF;
    INSERT INTO ic_incident_events (incident_id, seq, occurred_at, recorded_at, actor, kind,
                                    summary, details, backdated, corrects_event_id, prev_hash, hash)
    VALUES (p_incident_id, p_seq, p_occurred_at, p_recorded_at, ic_actor(p_claimed_actor), p_kind,
            p_summary, coalesce(p_details, '{}'), coalesce(p_backdated, false),
            p_corrects_event_id, p_prev_hash, p_hash)
    RETURNING id INTO new_id;
    UPDATE ic_incidents SET event_count = p_seq, last_event_hash = p_hash WHERE id = p_incident_id;
    RETURN new_id;
END
$$;

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_can_record()', 'viewer');
SELECT ic_grant_execute('ic_refuse_record()', 'viewer');
-- Both check the caller's roles themselves, so a refusal says why.
SELECT ic_grant_execute('ic_event_head(text,text)', 'viewer');
SELECT ic_grant_execute('ic_append_event(text,integer,timestamptz,timestamptz,text,text,text,jsonb,'
                        'boolean,bigint,text,text)', 'viewer');

-- Containment actions bound to people, and the two-person rule.
--   * A row of the outbox is requested by the session_user (a row naming
--     anyone else is refused) and starts pending; what it sends (kind,
--     target, backend, endpoint, method, path, body, ...) never changes
--     after that, for any role.
--   * Only a commander runs (claims) one, and only one they requested
--     themselves or one an approver approved.
--   * Action kinds the admins choose (ic_approval_policy) need an
--     approver other than the requester first (ic_decide_action), or a
--     commander's break-glass with a justification (ic_break_glass).
-- The timeline events of those decisions are appended by the client in
-- the same transaction (models/team/Approvals).

ALTER TABLE ic_actions ADD COLUMN approval_state text NOT NULL DEFAULT 'none'
    CHECK (approval_state IN ('none', 'required', 'approved', 'rejected', 'break_glass'));
ALTER TABLE ic_actions ADD COLUMN break_glass_reason text NOT NULL DEFAULT '';

-- Which kinds need a second person. 'ip.block.wide' stands for blocking a
-- network wider than /24 (IPv4) or /48 (IPv6); 'ip.block' for every block.
CREATE TABLE ic_approval_policy (
    kind       text PRIMARY KEY,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
INSERT INTO ic_approval_policy (kind) VALUES
    ('tenant.suspend'), ('tenant.revoke-all-tokens'), ('user.revoke-all-access'), ('ip.block.wide');

CREATE TABLE ic_approvals (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   text NOT NULL REFERENCES ic_actions (id),
    incident_id text NOT NULL REFERENCES ic_incidents (id),
    decision    text NOT NULL CHECK (decision IN ('approved', 'rejected', 'break_glass')),
    reason      text NOT NULL DEFAULT '',
    decided_by  text NOT NULL DEFAULT session_user,
    decided_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ic_approvals_action ON ic_approvals (action_id, decided_at);

-- Whether a network is wider than /24 (IPv4) or /48 (IPv6); a target that
-- is not an address counts as wide.
CREATE FUNCTION ic_wide_network(target text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n inet;
BEGIN
    BEGIN
        n := target::inet;
    EXCEPTION WHEN others THEN
        RETURN true;
    END;
    RETURN CASE WHEN family(n) = 4 THEN masklen(n) < 24 ELSE masklen(n) < 48 END;
END
$$;

CREATE FUNCTION ic_needs_approval(p_kind text, p_target text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM ic_approval_policy WHERE kind = p_kind)
        OR (p_kind = 'ip.block'
            AND EXISTS (SELECT 1 FROM ic_approval_policy WHERE kind = 'ip.block.wide')
            AND ic_wide_network(p_target))
$$;

CREATE FUNCTION ic_action_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.approval_state := CASE WHEN ic_needs_approval(NEW.kind, NEW.target) THEN 'required'
                                   ELSE 'none' END;
        NEW.break_glass_reason := '';
        IF ic_superuser() THEN
            NEW.created_by := ic_actor(NEW.created_by);
            RETURN NEW;
        END IF;
        IF coalesce(NEW.created_by, '') NOT IN ('', session_user) THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('A containment action is requested in one''s own name: you are '
                                 '%s, the row names %s. Nothing was written.', session_user,
                                 NEW.created_by);
        END IF;
        NEW.created_by := session_user;
        IF NEW.state <> 'pending' OR NEW.attempts <> 0 OR NEW.claimed_by <> ''
           OR NEW.finished_at IS NOT NULL OR NEW.dismissed_at IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'A new containment action starts pending, never tried. Nothing was '
                          'written.';
        END IF;
        RETURN NEW;
    END IF;

    IF (NEW.id, NEW.incident_id, NEW.kind, NEW.target, NEW.reason, NEW.backend, NEW.endpoint,
        NEW.method, NEW.path, NEW.body, NEW.preview, NEW.expected_count, NEW.created_at,
        NEW.created_by)
       IS DISTINCT FROM
       (OLD.id, OLD.incident_id, OLD.kind, OLD.target, OLD.reason, OLD.backend, OLD.endpoint,
        OLD.method, OLD.path, OLD.body, OLD.preview, OLD.expected_count, OLD.created_at,
        OLD.created_by)
       AND NOT ic_superuser() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'What a containment action sends (kind, target, method, path, body, ...) and '
                      'who requested it never change after it was requested. Nothing was changed.';
    END IF;
    IF ic_superuser() OR ic_internal() THEN
        RETURN NEW;
    END IF;
    IF NEW.approval_state IS DISTINCT FROM OLD.approval_state
       OR NEW.break_glass_reason IS DISTINCT FROM OLD.break_glass_reason THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'An approval is given only through ic_decide_action or ic_break_glass. '
                      'Nothing was changed.';
    END IF;
    -- A new attempt is a claim: someone is about to send it.
    IF NEW.attempts > OLD.attempts THEN
        IF NOT ic_has_role('commander') THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only a commander can run containment actions; %s is not one. '
                                 'Nothing was sent.', session_user);
        END IF;
        IF OLD.approval_state = 'required' THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'This action is waiting for approval: an approver other than its '
                          'requester approves it first (or its requester, a commander, breaks '
                          'glass with a justification). Nothing was sent.';
        END IF;
        IF OLD.approval_state = 'rejected' THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'This action was rejected by an approver; it is never sent. Nothing '
                          'was sent.';
        END IF;
        IF OLD.created_by <> session_user AND OLD.approval_state <> 'approved' THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('You can run only actions you requested or that an approver '
                                 'approved; %s requested this one and nobody approved it. '
                                 'Nothing was sent.', OLD.created_by);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_action_guard BEFORE INSERT OR UPDATE ON ic_actions
    FOR EACH ROW EXECUTE FUNCTION ic_action_guard();
CREATE TRIGGER ic_bind_actors BEFORE INSERT OR UPDATE ON ic_actions
    FOR EACH ROW EXECUTE FUNCTION ic_bind_actors('?dismissed_by:dismissed_at');

-- An approver's decision on someone else's request.
CREATE FUNCTION ic_decide_action(p_action_id text, p_decision text, p_reason text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    a record;
    approval_id bigint;
BEGIN
    IF NOT ic_has_role('approver') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only an approver can approve or reject a containment action; %s '
                             'is not one. Nothing was changed.', session_user),
            HINT = format('Approvers: %s', array_to_string(ic_role_holders('approver'), ', '));
    END IF;
    IF p_decision NOT IN ('approved', 'rejected') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'A decision is "approved" or "rejected". Nothing was changed.';
    END IF;
    IF p_decision = 'rejected' AND coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'Say why the action is rejected; the reason goes on the timeline. '
                      'Nothing was changed.';
    END IF;
    IF length(coalesce(p_reason, '')) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'The reason is longer than 2000 characters. Nothing was changed.';
    END IF;
    SELECT * INTO a FROM ic_actions WHERE id = p_action_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('The action %s is not in this workspace''s outbox. Nothing was '
                             'changed.', p_action_id);
    END IF;
    IF a.created_by = session_user THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only an approver other than you can approve this: you requested it. '
                      'Nothing was changed.';
    END IF;
    IF a.approval_state <> 'required' OR a.state <> 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = format('This action is not waiting for approval (it is %s, %s). Nothing '
                             'was changed.', a.state, replace(a.approval_state, '_', ' '));
    END IF;
    INSERT INTO ic_approvals (action_id, incident_id, decision, reason, decided_by)
    VALUES (a.id, a.incident_id, p_decision, coalesce(btrim(p_reason), ''), session_user)
    RETURNING id INTO approval_id;
    UPDATE ic_actions SET approval_state = p_decision, updated_at = now() WHERE id = a.id;
    RETURN approval_id;
END
$$;

-- A commander runs their own high-impact request alone, with a reason that
-- is kept with the action and flagged on the timeline.
CREATE FUNCTION ic_break_glass(p_action_id text, p_justification text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    a record;
    approval_id bigint;
    why text := btrim(coalesce(p_justification, ''));
BEGIN
    IF NOT ic_has_role('commander') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only a commander can break glass; %s is not one. Nothing was '
                             'changed.', session_user);
    END IF;
    IF length(why) < 10 OR length(why) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'Breaking glass needs a justification of 10 to 2000 characters; it is '
                      'recorded on the timeline. Nothing was changed.';
    END IF;
    SELECT * INTO a FROM ic_actions WHERE id = p_action_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('The action %s is not in this workspace''s outbox. Nothing was '
                             'changed.', p_action_id);
    END IF;
    IF a.created_by <> session_user THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Break-glass is for your own request; %s requested this one, so an '
                             'approver decides it. Nothing was changed.', a.created_by);
    END IF;
    IF a.approval_state <> 'required' OR a.state <> 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = '55000',
            MESSAGE = format('This action is not waiting for approval (it is %s, %s). Nothing '
                             'was changed.', a.state, replace(a.approval_state, '_', ' '));
    END IF;
    INSERT INTO ic_approvals (action_id, incident_id, decision, reason, decided_by)
    VALUES (a.id, a.incident_id, 'break_glass', why, session_user)
    RETURNING id INTO approval_id;
    UPDATE ic_actions SET approval_state = 'break_glass', break_glass_reason = why,
                          updated_at = now()
    WHERE id = a.id;
    RETURN approval_id;
END
$$;

SELECT ic_grant('SELECT', 'ic_approval_policy', 'viewer');
SELECT ic_grant('INSERT, UPDATE, DELETE', 'ic_approval_policy', 'admin');
SELECT ic_grant('SELECT', 'ic_approvals', 'viewer');
SELECT ic_grant('INSERT (id, incident_id, kind, target, reason, backend, endpoint, method, path, '
                'body, preview, expected_count, state, attempts, created_at, created_by, '
                'updated_at)', 'ic_actions', 'responder');
SELECT ic_grant('UPDATE (state, attempts, next_attempt_at, http_status, request_id, '
                'affected_count, result, claimed_by, claimed_host, claimed_pid, claimed_until, '
                'updated_at, finished_at, dismissed_at, dismissed_by)', 'ic_actions', 'commander');

SELECT ic_watch('ic_approvals');
SELECT ic_watch('ic_approval_policy');
SELECT ic_watch('ic_members');

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_wide_network(text)', 'viewer');
SELECT ic_grant_execute('ic_needs_approval(text,text)', 'viewer');
-- They check the caller's role themselves, so a refusal says why.
SELECT ic_grant_execute('ic_decide_action(text,text,text)', 'viewer');
SELECT ic_grant_execute('ic_break_glass(text,text)', 'viewer');

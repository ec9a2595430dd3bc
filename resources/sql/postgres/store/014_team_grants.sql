-- What each role may do with the incident store (013 made the roles). A
-- right is a GRANT (per table, per column where it matters) or a check in a
-- trigger for a transition that needs one; nothing is granted to PUBLIC.
-- TRUNCATE is granted to nobody. Events and containment actions have their
-- own steps (015, 016). Runs as the workspace's owner.

-- ---------------------------------------------------------------------
-- Who did it is the server's session_user, whatever the client sent.
-- Arguments name the columns: '=col' is set on every insert and update,
-- '+col' on insert and never changes, '?col:time' is set when the client
-- writes a name there (a new row, a changed name, or a changed `time`
-- column: the same step again by someone else) and left empty otherwise.
CREATE FUNCTION ic_bind_actors() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    arg text;
    col text;
    timecol text;
    newv jsonb := to_jsonb(NEW);
    oldv jsonb;
    patch jsonb := '{}';
    claimed text;
BEGIN
    IF ic_internal() THEN
        RETURN NEW; -- a checked function of the workspace writes what it means to
    END IF;
    IF TG_OP = 'UPDATE' THEN
        oldv := to_jsonb(OLD);
    END IF;
    FOREACH arg IN ARRAY TG_ARGV LOOP
        col := split_part(substr(arg, 2), ':', 1);
        timecol := nullif(split_part(substr(arg, 2), ':', 2), '');
        claimed := newv ->> col;
        IF left(arg, 1) = '=' THEN
            patch := patch || jsonb_build_object(col, ic_actor(claimed));
        ELSIF left(arg, 1) = '+' THEN
            IF TG_OP = 'INSERT' THEN
                patch := patch || jsonb_build_object(col, ic_actor(claimed));
            ELSIF claimed IS DISTINCT FROM oldv ->> col AND NOT ic_superuser() THEN
                RAISE EXCEPTION USING ERRCODE = '42501',
                    MESSAGE = format('Who recorded a row of %s (%s) never changes. Nothing was '
                                     'changed.', TG_TABLE_NAME, col);
            END IF;
        ELSIF coalesce(claimed, '') <> ''
              AND (TG_OP = 'INSERT' OR claimed IS DISTINCT FROM oldv ->> col
                   OR (timecol IS NOT NULL AND newv -> timecol IS DISTINCT FROM oldv -> timecol)) THEN
            patch := patch || jsonb_build_object(col, ic_actor(claimed));
        END IF;
    END LOOP;
    IF patch <> '{}' THEN
        NEW := jsonb_populate_record(NEW, patch);
    END IF;
    RETURN NEW;
END
$$;

DO $do$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('ic_incidents', ARRAY['+created_by', '=updated_by']),
        ('ic_checklists', ARRAY['+attached_by']),
        ('ic_checklist_items', ARRAY['?state_by:state_at']),
        ('ic_escalation_state', ARRAY['=updated_by']),
        ('ic_escalation_policies', ARRAY['=imported_by']),
        ('ic_audit_investigations', ARRAY['+created_by']),
        ('ic_audit_pins', ARRAY['+pinned_by']),
        ('ic_action_settings', ARRAY['=updated_by']),
        ('ic_reviews', ARRAY['+saved_by']),
        ('ic_review_drafts', ARRAY['+actor']),
        ('ic_evidence_queries', ARRAY['+added_by']),
        ('ic_notification_facts', ARRAY['=updated_by']),
        ('ic_notification_org', ARRAY['=updated_by']),
        ('ic_notification_rules', ARRAY['+created_by']),
        ('ic_notification_drafts', ARRAY['+created_by', '?reviewed_by:reviewed_at', '?sent_by:sent_at']),
        ('ic_notification_versions', ARRAY['+saved_by']),
        ('ic_notification_unsaved', ARRAY['+actor']),
        ('ic_detection_rules', ARRAY['?last_run_by:last_run_at']),
        ('ic_detection_failures', ARRAY['+failed_by']),
        ('ic_alerts', ARRAY['?resolved_by:resolved_at'])) AS v(tbl, args)
    LOOP
        EXECUTE format('CREATE TRIGGER ic_bind_actors BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION ic_bind_actors(%s)', t.tbl,
                       (SELECT string_agg(quote_literal(a), ', ') FROM unnest(t.args) a));
    END LOOP;
END
$do$;

-- ---------------------------------------------------------------------
-- Incidents: responders edit them; only a commander takes or hands over
-- command, changes severity or status, or closes one. The head of the
-- record (event_count, last_event_hash) is written only by the append
-- function (015): no role may write those columns.
CREATE FUNCTION ic_incident_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF ic_superuser() OR ic_internal() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF coalesce(NEW.commander, '') <> '' AND NOT ic_has_role('commander') THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only a commander can take command of an incident; %s is not '
                                 'one. Nothing was changed.', session_user),
                HINT = 'Declare it without a commander, or ask a commander to take command.';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.severity, NEW.status, NEW.commander, NEW.closed_at)
       IS DISTINCT FROM (OLD.severity, OLD.status, OLD.commander, OLD.closed_at)
       AND NOT ic_has_role('commander') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only a commander can change an incident''s severity, status or '
                             'commander, or close it; %s is not one. Nothing was changed.',
                             session_user);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_incident_guard BEFORE INSERT OR UPDATE ON ic_incidents
    FOR EACH ROW EXECUTE FUNCTION ic_incident_guard();

-- ---------------------------------------------------------------------
-- Notification drafts: written by responders, reviewed by an approver who
-- wrote none of it, sent only as reviewed, frozen once sent.
CREATE FUNCTION ic_draft_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    authored int[];
BEGIN
    IF ic_superuser() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'draft' OR NEW.reviewed_version IS NOT NULL OR NEW.sent_version IS NOT NULL
           OR coalesce(NEW.reviewed_by, '') <> '' OR coalesce(NEW.sent_by, '') <> '' THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'A new notification draft starts unreviewed and unsent. Nothing was '
                          'written.';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state = 'sent' THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'This notification was sent: it is frozen. Nothing was changed.';
    END IF;
    IF NEW.state = 'reviewed'
       AND (OLD.state <> 'reviewed' OR NEW.reviewed_version IS DISTINCT FROM OLD.reviewed_version) THEN
        IF NOT ic_has_role('approver') THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only an approver can mark a notification draft reviewed; %s is '
                                 'not one. Nothing was changed.', session_user);
        END IF;
        SELECT array_agg(version ORDER BY version) INTO authored
        FROM ic_notification_versions WHERE draft_id = OLD.id AND saved_by = session_user;
        IF OLD.created_by = session_user OR authored IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only an approver other than its authors can review this draft: '
                                 '%s wrote %s of it. Nothing was changed.', session_user,
                                 CASE WHEN authored IS NULL THEN 'the first version'
                                      ELSE 'version ' || array_to_string(authored, ', ') END);
        END IF;
        IF NEW.reviewed_version IS DISTINCT FROM OLD.latest_version
           OR NEW.latest_version IS DISTINCT FROM OLD.latest_version THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'Only the latest saved version can be reviewed. Nothing was changed.';
        END IF;
    ELSIF NEW.state = 'sent' THEN
        IF NOT ic_has_role('responder') THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('Only a responder can record a notification as sent; %s is not '
                                 'one. Nothing was changed.', session_user);
        END IF;
        IF OLD.state <> 'reviewed' OR NEW.sent_version IS DISTINCT FROM OLD.reviewed_version
           OR NEW.reviewed_version IS DISTINCT FROM OLD.reviewed_version THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'Only the reviewed version of a notification can be recorded as sent. '
                          'Nothing was changed.';
        END IF;
    ELSIF NEW.state = 'draft' AND (NEW.reviewed_version IS NOT NULL
                                   OR coalesce(NEW.reviewed_by, '') <> '') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'A draft that is not reviewed names no reviewer. Nothing was changed.';
    END IF;
    IF NEW.state <> 'sent' AND (NEW.sent_version IS NOT NULL OR coalesce(NEW.sent_by, '') <> '') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = 'Only a sent notification names who sent it. Nothing was changed.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_draft_guard BEFORE INSERT OR UPDATE ON ic_notification_drafts
    FOR EACH ROW EXECUTE FUNCTION ic_draft_guard();

-- ---------------------------------------------------------------------
-- The workspace's identity is never edited by the app's roles.
CREATE FUNCTION ic_workspace_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.key IN ('workspace_id', 'role_prefix', 'created_at', 'created_with')
       AND NOT ic_superuser() THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('The workspace''s %s is never changed. Nothing was changed.', OLD.key);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER ic_workspace_guard BEFORE UPDATE OR DELETE ON ic_workspace
    FOR EACH ROW EXECUTE FUNCTION ic_workspace_guard();

-- ---------------------------------------------------------------------
-- What each person types but has not saved is theirs alone.
ALTER TABLE ic_review_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY ic_own_rows ON ic_review_drafts
    USING (actor = session_user) WITH CHECK (actor = session_user);
ALTER TABLE ic_notification_unsaved ENABLE ROW LEVEL SECURITY;
CREATE POLICY ic_own_rows ON ic_notification_unsaved
    USING (actor = session_user) WITH CHECK (actor = session_user);

-- ---------------------------------------------------------------------
-- Grants. Viewers read everything of the incident store but the owner's
-- own tables; each write is granted to the role that does it.
DO $do$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT unnest(ARRAY[
        'ic_schema_migrations', 'ic_workspace', 'ic_severity_levels', 'ic_incidents',
        'ic_incident_events', 'ic_checklists', 'ic_checklist_items', 'ic_escalation_state',
        'ic_escalation_policies', 'ic_audit_investigations', 'ic_audit_pins', 'ic_actions',
        'ic_action_settings', 'ic_reviews', 'ic_evidence_queries', 'ic_notification_facts',
        'ic_notification_org', 'ic_notification_rules', 'ic_notification_drafts',
        'ic_notification_versions', 'ic_detection_rules', 'ic_detection_failures', 'ic_alerts',
        'ic_alert_rows'])
    LOOP
        PERFORM ic_grant('SELECT', t, 'viewer');
    END LOOP;
END
$do$;

-- Responders: incidents, checklists, escalation facts, investigations,
-- pins, reviews, evidence queries, notification facts and drafts, alerts.
SELECT ic_grant('SELECT, INSERT, UPDATE', 'ic_counters', 'responder');
SELECT ic_grant('INSERT (id, ref, title, summary, severity, status, commander, affected_users, '
                'affected_tenants, affected_api_keys, detected_at, became_aware_at, '
                'acknowledged_at, closed_at, created_at, created_by, updated_at, updated_by, '
                'version)', 'ic_incidents', 'responder');
SELECT ic_grant('UPDATE (title, summary, severity, status, commander, affected_users, '
                'affected_tenants, affected_api_keys, detected_at, became_aware_at, '
                'acknowledged_at, closed_at, updated_at, updated_by, version)',
                'ic_incidents', 'responder');
SELECT ic_grant('INSERT', 'ic_checklists', 'responder');
SELECT ic_grant('INSERT', 'ic_checklist_items', 'responder');
SELECT ic_grant('UPDATE (state, state_reason, state_by, state_at, version)',
                'ic_checklist_items', 'responder');
SELECT ic_grant('INSERT, UPDATE', 'ic_escalation_state', 'responder');
SELECT ic_grant('INSERT, UPDATE, DELETE', 'ic_audit_investigations', 'responder');
SELECT ic_grant('INSERT', 'ic_audit_pins', 'responder');
SELECT ic_grant('INSERT', 'ic_reviews', 'responder');
SELECT ic_grant('SELECT, INSERT, UPDATE, DELETE', 'ic_review_drafts', 'responder');
SELECT ic_grant('INSERT', 'ic_evidence_queries', 'responder');
SELECT ic_grant('INSERT, UPDATE', 'ic_notification_facts', 'responder');
SELECT ic_grant('INSERT (id, incident_id, template_id, template_name, clock_rule_id, state, '
                'latest_version, created_at, created_by, delay_reasons, version)',
                'ic_notification_drafts', 'responder');
SELECT ic_grant('UPDATE (latest_version, state, reviewed_version, reviewed_at, reviewed_by, '
                'sent_version, sent_at, sent_by, delay_reasons, version)',
                'ic_notification_drafts', 'responder');
SELECT ic_grant('INSERT', 'ic_notification_versions', 'responder');
SELECT ic_grant('SELECT, INSERT, UPDATE, DELETE', 'ic_notification_unsaved', 'responder');
SELECT ic_grant('INSERT, UPDATE', 'ic_detection_rules', 'responder');
SELECT ic_grant('INSERT', 'ic_detection_failures', 'responder');
SELECT ic_grant('INSERT, UPDATE', 'ic_alerts', 'responder');
SELECT ic_grant('INSERT', 'ic_alert_rows', 'responder');

-- Approvers: the review of a notification draft (the trigger above says
-- whose and which).
SELECT ic_grant('UPDATE (state, reviewed_version, reviewed_at, reviewed_by, version)',
                'ic_notification_drafts', 'approver');

-- Admins: the workspace's settings, clock rules, escalation policies and
-- severity presets (recorded by 017).
SELECT ic_grant('INSERT, UPDATE', 'ic_workspace', 'admin');
SELECT ic_grant('INSERT, UPDATE', 'ic_severity_levels', 'admin');
SELECT ic_grant('INSERT, UPDATE, DELETE', 'ic_escalation_policies', 'admin');
SELECT ic_grant('INSERT, UPDATE', 'ic_action_settings', 'admin');
SELECT ic_grant('INSERT, UPDATE', 'ic_notification_org', 'admin');
SELECT ic_grant('INSERT, UPDATE, DELETE', 'ic_notification_rules', 'admin');

SELECT ic_harden_functions();

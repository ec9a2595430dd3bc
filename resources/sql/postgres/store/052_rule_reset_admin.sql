-- Resetting a detection rule (its watermark moved back, so its next run
-- reads audit rows it has read already, and may raise their alerts again)
-- is an admin's decision, like the rules' other settings (issue 14). A
-- responder's detector only moves a watermark forward (AlertRepository::
-- advance); any UPDATE that lowers it is refused unless the login is an
-- admin (or a superuser, whom nothing here binds). Admins hold no UPDATE on
-- the table (a responder's grant): they reset through ic_reset_rule(rule).
-- The change is recorded in the workspace record by 017's trigger as before.
CREATE FUNCTION ic_rule_reset_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.watermark < OLD.watermark AND NOT (ic_has_role('admin') OR ic_superuser()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only an admin may reset the detection rule %s (read the audit log '
                             'again from the start): %s is not an admin of this workspace. '
                             'Nothing was changed.', OLD.rule_id, session_user),
            HINT = 'An admin of the workspace can reset it, or grant the admin role.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_rule_reset_guard BEFORE UPDATE OF watermark ON ic_detection_rules
    FOR EACH ROW EXECUTE FUNCTION ic_rule_reset_guard();

CREATE FUNCTION ic_reset_rule(p_rule_id text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
BEGIN
    IF NOT (ic_has_role('admin') OR ic_superuser()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only an admin may reset the detection rule %s (read the audit log '
                             'again from the start): %s is not an admin of this workspace. '
                             'Nothing was changed.', p_rule_id, session_user),
            HINT = 'An admin of the workspace can reset it, or grant the admin role.';
    END IF;
    UPDATE ic_detection_rules SET watermark = 0, updated_at = clock_timestamp()
    WHERE rule_id = p_rule_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'P0002',
            MESSAGE = format('The detection rule %s is not known in this workspace. Nothing was '
                             'changed.', p_rule_id);
    END IF;
END
$$;

SELECT ic_harden_functions();
SELECT ic_grant_execute('ic_reset_rule(text)', 'viewer');

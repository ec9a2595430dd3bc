-- The workspace record: every change to the settings, rules, policies and
-- presets is kept in ic_workspace_record (who, when, before, after) by the
-- triggers below, whichever app or tool made it; member changes are kept by
-- ic_team_grant / ic_team_revoke (013). Only admins read it; nobody writes
-- it but these functions.
--
-- Trigger arguments: the subject ('action settings'), the column that names
-- the item, then (optionally) the only columns whose change counts (the
-- detection rules' registry changes with every run; only a new definition
-- is a change of the workspace).
CREATE FUNCTION ic_record_setting() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    keycol text := TG_ARGV[1];
    watched text[] := TG_ARGV[2:];
    c text;
    changed boolean := TG_OP <> 'UPDATE';
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF cardinality(watched) = 0 THEN
            changed := before IS DISTINCT FROM after;
        ELSE
            FOREACH c IN ARRAY watched LOOP
                changed := changed OR (before -> c IS DISTINCT FROM after -> c);
            END LOOP;
        END IF;
    END IF;
    IF changed THEN
        INSERT INTO ic_workspace_record (changed_by, subject, item, operation, before, after)
        VALUES (session_user, TG_ARGV[0], coalesce(after ->> keycol, before ->> keycol, ''),
                CASE TG_OP WHEN 'INSERT' THEN 'added' WHEN 'UPDATE' THEN 'changed'
                           ELSE 'removed' END,
                before, after);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_action_settings
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('action settings', 'key', 'value');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_notification_rules
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('clock rules', 'id');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_notification_org
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('organisation', 'id');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_escalation_policies
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('escalation policies', 'name');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_severity_levels
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('severity levels', 'level');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_workspace
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('workspace settings', 'key', 'value');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_approval_policy
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('approval policy', 'kind', 'kind');
CREATE TRIGGER ic_record_setting AFTER INSERT OR UPDATE OR DELETE ON ic_detection_rules
    FOR EACH ROW EXECUTE FUNCTION ic_record_setting('detection rules', 'rule_id', 'name', 'source',
                                                    'digest');

SELECT ic_harden_functions();

-- Team mode: every change to the incident store is announced on the channel
-- ic_changes, naming only what changed (table, incident, version), so other
-- workstations reload just that. Tables added later call ic_watch('ic_…').

CREATE OR REPLACE FUNCTION ic_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('ic_changes', json_build_object(
        't', TG_TABLE_NAME,
        'op', TG_OP,
        'i', CASE WHEN TG_TABLE_NAME = 'ic_incidents' THEN r ->> 'id' ELSE r ->> 'incident_id' END,
        'v', r ->> 'version')::text);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION ic_watch(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'ic_notify' AND tgrelid = tbl) THEN
        EXECUTE format('DROP TRIGGER ic_notify ON %s', tbl);
    END IF;
    EXECUTE format('CREATE TRIGGER ic_notify AFTER INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION ic_notify_change()', tbl);
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema()
               AND tablename LIKE 'ic\_%'
               AND tablename NOT IN ('ic_schema_migrations', 'ic_counters', 'ic_review_drafts')
    LOOP
        PERFORM ic_watch(t::regclass);
    END LOOP;
END
$$;

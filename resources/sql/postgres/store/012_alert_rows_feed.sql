-- An alert stores up to 10,000 matched audit rows. The change feed's
-- per-row trigger ran once for each (to_jsonb, json_build_object, pg_notify)
-- and cost ~70 ms per alert, only to announce the same thing every time: the
-- rows carry no incident or version. One announcement per statement says the
-- same; the trigger keeps the name ic_notify, so migrations do not put the
-- per-row one back.

CREATE OR REPLACE FUNCTION ic_notify_table_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ic_changes', json_build_object(
        't', TG_TABLE_NAME, 'op', TG_OP, 'i', NULL, 'v', NULL)::text);
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS ic_notify ON ic_alert_rows;
CREATE TRIGGER ic_notify AFTER INSERT OR UPDATE OR DELETE ON ic_alert_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ic_notify_table_change();

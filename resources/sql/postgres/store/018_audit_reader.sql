-- The read-only audit reader. The SQL console, runbook queries and
-- detection rules run text that someone else may have written; on a
-- connection of the person's own login a hostile statement could reach
-- whatever that login may do (a SET ROLE inside a read-only transaction is
-- undone by `SELECT set_config('role', 'none', false)`). So they run on a
-- connection of a login that holds nothing but _reader: SELECT on the
-- platform tables. Members get its password from ic_audit_reader().
--
-- Functions with effects a read-only transaction does not stop are taken
-- from PUBLIC in this database and given back only to the roles of the
-- workspace that need them (the app's own locks and change feed): session
-- and transaction advisory locks (a lock held past the query would hang
-- every workstation opening the workspace), pg_terminate_backend and
-- pg_cancel_backend (the reader's login is shared), pg_notify, and every
-- function of the dblink extension where it is installed. Only a superuser
-- may change the rights on PostgreSQL's own functions: this step does it
-- when a superuser applies it; `incident-commander team init` run by a
-- superuser does it again (e.g. after dblink was installed later), and
-- ic_audit_reader() says whether it holds.

-- The rights the reader and the app's roles have on the platform tables we
-- created (also run by `team init` for a platform's own tables).
CREATE FUNCTION ic_grant_platform() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenants', 'users', 'api_keys', 'sessions', 'blocked_ips', 'audit_logs'] LOOP
        IF to_regclass(t) IS NULL THEN
            CONTINUE;
        END IF;
        EXECUTE format('GRANT SELECT ON TABLE %I TO %I, %I', t, ic_role('viewer'), ic_role('reader'));
        -- Containment by direct SQL (SqlContainment) acts on these.
        IF t IN ('tenants', 'users', 'api_keys', 'sessions') THEN
            EXECUTE format('GRANT UPDATE ON TABLE %I TO %I', t, ic_role('commander'));
        ELSIF t IN ('blocked_ips', 'audit_logs') THEN
            EXECUTE format('GRANT INSERT ON TABLE %I TO %I', t, ic_role('commander'));
        END IF;
    END LOOP;
END
$$;

-- The functions the reader must not call, as regprocedure texts.
CREATE FUNCTION ic_unsafe_functions() RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY(
        SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
        WHERE (p.pronamespace = 'pg_catalog'::regnamespace
               AND (p.proname LIKE 'pg\_advisory\_%' OR p.proname LIKE 'pg\_try\_advisory\_%'
                    OR p.proname IN ('pg_terminate_backend', 'pg_cancel_backend', 'pg_notify')))
           OR p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d
                        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
                        WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'e'
                          AND e.extname = 'dblink')
        ORDER BY 1)
$$;

-- What the app's own roles get back: the workspace lock at open, the
-- detection rules' team lock, the change feed.
CREATE FUNCTION ic_app_functions() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['pg_advisory_xact_lock(bigint)', 'pg_try_advisory_lock(integer,integer)',
                 'pg_advisory_unlock(integer,integer)', 'pg_notify(text,text)']
$$;

-- Takes the unsafe functions from PUBLIC (superuser only); true when done.
CREATE FUNCTION ic_harden_server() RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    fn text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = current_user AND rolsuper) THEN
        RETURN false;
    END IF;
    FOREACH fn IN ARRAY ic_unsafe_functions() LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
    END LOOP;
    FOREACH fn IN ARRAY ic_app_functions() LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I, %I', fn, ic_role('owner'),
                       ic_role('viewer'));
    END LOOP;
    RETURN true;
END
$$;

-- Whether the reader can call none of the unsafe functions.
CREATE FUNCTION ic_server_hardened() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM unnest(ic_unsafe_functions()) fn
        WHERE pg_catalog.has_function_privilege(ic_role('reader_login'), fn, 'EXECUTE'))
$$;

-- The reader's login and password, for members of the workspace.
CREATE FUNCTION ic_audit_reader(OUT login text, OUT password text, OUT hardened boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF NOT ic_has_role('viewer') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s holds no role in this workspace, so it may not read its audit '
                             'data. Nothing was run.', session_user);
    END IF;
    SELECT s.login, s.password INTO login, password FROM ic_reader_secret s
    WHERE s.login = ic_role('reader_login');
    hardened := ic_server_hardened();
END
$$;

SELECT ic_grant_platform();

DO $do$
BEGIN
    IF ic_superuser() THEN
        SET LOCAL ROLE NONE;
        PERFORM ic_harden_server();
        EXECUTE format('SET LOCAL ROLE %I', ic_role('owner'));
    END IF;
END
$do$;

SELECT ic_harden_functions();
-- It checks the caller's role itself, so a refusal says why.
SELECT ic_grant_execute('ic_audit_reader()', 'PUBLIC');
SELECT ic_grant_execute('ic_server_hardened()', 'viewer');

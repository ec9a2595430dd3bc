-- Team workspaces: PostgreSQL knows each person and enforces what each may
-- do. This step creates the workspace's roles and hands every table to a
-- role nobody logs in as. What each role may do is granted by the steps
-- after it (014 on). docs/team-roles.md explains the whole design.
--
-- Roles (NOLOGIN groups, cluster-wide, so named with a prefix made here at
-- random and kept in ic_workspace 'role_prefix': ic_<12 hex>_<kind>, and
-- two workspaces on one server never share one):
--   _owner      owns every table and function; nobody logs in as it. Its
--               members apply schema updates (Migrations SET LOCAL ROLE to
--               it): the login that ran this step (the upgrader, or whoever
--               ran `incident-commander team init`) becomes one. NOINHERIT,
--               so it does not pick up the groups' rights below.
--   _viewer     reads the incident store and the audit data
--   _responder  _viewer + edits incidents, checklists, notes, drafts, requests actions
--   _commander  _responder + command, severity, status, runs containment actions
--   _approver   _viewer + approves others' actions, reviews others' drafts
--   _admin      _viewer + members and roles, action settings, clock rules,
--               escalation policies, severity presets, the workspace record
--   _reader     the read-only audit reader: SELECT on the platform tables,
--               nothing else (018); _reader_login is the one login holding it,
--               used by the SQL console, runbook queries and detection rules.
-- The login that runs this step also becomes _admin. Membership changes go
-- through ic_team_grant / ic_team_revoke (admins), which record them.
--
-- Creating roles needs CREATEROLE (or a superuser); the step says so and
-- changes nothing otherwise.

DO $do$
DECLARE
    me name := session_user;
    prefix text;
    owner_role text;
    k text;
    obj record;
    reader_password text;
    platform boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles
                   WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('This team workspace gets per-person roles now, and creating roles '
                             'needs a login with CREATEROLE or a superuser; %s has neither.',
                             current_user),
            HINT = 'Ask your database administrator to run: incident-commander team init --pg CONNINFO';
    END IF;

    prefix := 'ic_' || substr(replace(pg_catalog.gen_random_uuid()::text, '-', ''), 1, 12);
    owner_role := prefix || '_owner';
    INSERT INTO ic_workspace (key, value) VALUES ('role_prefix', prefix);

    EXECUTE format('CREATE ROLE %I NOLOGIN NOINHERIT', owner_role);
    EXECUTE format('COMMENT ON ROLE %I IS %L', owner_role,
                   format('Incident Commander workspace in database %s: owns its tables; '
                          'members apply schema updates', current_database()));
    FOREACH k IN ARRAY ARRAY['viewer', 'responder', 'commander', 'approver', 'admin', 'reader'] LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || '_' || k);
        EXECUTE format('COMMENT ON ROLE %I IS %L', prefix || '_' || k,
                       format('Incident Commander workspace in database %s: %s',
                              current_database(), k));
    END LOOP;
    EXECUTE format('GRANT %I TO %I', prefix || '_viewer', prefix || '_responder');
    EXECUTE format('GRANT %I TO %I', prefix || '_responder', prefix || '_commander');
    EXECUTE format('GRANT %I TO %I', prefix || '_viewer', prefix || '_approver');
    EXECUTE format('GRANT %I TO %I', prefix || '_viewer', prefix || '_admin');

    -- The audit reader's login. Its password is made here (never in any
    -- statement text) and handed to members by ic_audit_reader(); it grants
    -- less than membership does. `team init` replaces it.
    reader_password := replace(pg_catalog.gen_random_uuid()::text || pg_catalog.gen_random_uuid()::text,
                               '-', '');
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT CONNECTION LIMIT 200 PASSWORD %L',
                   prefix || '_reader_login', reader_password);
    EXECUTE format('GRANT %I TO %I', prefix || '_reader', prefix || '_reader_login');
    EXECUTE format('COMMENT ON ROLE %I IS %L', prefix || '_reader_login',
                   format('Incident Commander workspace in database %s: the read-only audit '
                          'reader the SQL console, runbook queries and detection rules run as',
                          current_database()));
    EXECUTE format('ALTER ROLE %I SET default_transaction_read_only = on', prefix || '_reader_login');
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', prefix || '_reader_login', '5min');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', prefix || '_reader_login', '10s');

    -- The owner hands out the groups (ic_team_grant runs as the owner).
    FOREACH k IN ARRAY ARRAY['viewer', 'responder', 'commander', 'approver', 'admin', 'reader'] LOOP
        EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', prefix || '_' || k, owner_role);
    END LOOP;
    EXECUTE format('GRANT %I TO %I', owner_role, me);
    EXECUTE format('GRANT %I TO %I', prefix || '_admin', me);

    -- The owner creates the objects of later steps in this schema; nobody
    -- else creates anything in it.
    BEGIN
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', current_schema(), owner_role);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('%s may not grant rights on the schema %s, so the workspace''s '
                             'owner role cannot be set up.', current_user, current_schema()),
            HINT = 'Run the update as the owner of the database or a superuser: '
                   'incident-commander team init --pg CONNINFO';
    END;
    BEGIN
        EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- not ours to change; PostgreSQL 15 does not grant it by default
    END;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I', current_schema(),
                   prefix || '_viewer', prefix || '_reader', prefix || '_admin');

    -- Every object of the workspace goes to the owner, and PUBLIC loses
    -- whatever it had on them (tables and views; their identity sequences
    -- follow their tables). The platform tables only if we made them.
    platform := EXISTS (SELECT 1 FROM ic_schema_migrations WHERE component = 'platform');
    FOR obj IN SELECT c.oid::regclass AS rel, c.relkind FROM pg_catalog.pg_class c
               WHERE c.relnamespace = current_schema()::regnamespace
                 AND c.relkind IN ('r', 'p', 'v', 'm')
                 AND (c.relname LIKE 'ic\_%'
                      OR (platform AND c.relname IN ('tenants', 'users', 'api_keys', 'sessions',
                                                     'blocked_ips', 'audit_logs')))
    LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', obj.rel, owner_role);
        EXECUTE format('REVOKE ALL ON TABLE %s FROM PUBLIC', obj.rel);
    END LOOP;
    FOR obj IN SELECT p.oid::regprocedure AS fn FROM pg_catalog.pg_proc p
               WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'ic\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', obj.fn, owner_role);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', obj.fn);
    END LOOP;
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC',
                   owner_role);

    -- The rest of this step and every later one run as the owner.
    EXECUTE format('SET LOCAL ROLE %I', owner_role);

    -- The audit reader's password, for members only (ic_audit_reader, 018).
    CREATE TABLE ic_reader_secret (
        login    text PRIMARY KEY,
        password text NOT NULL
    );
    INSERT INTO ic_reader_secret (login, password) VALUES (prefix || '_reader_login', reader_password);
END
$do$;

-- People of the workspace. Their roles are PostgreSQL's own (pg_auth_members);
-- this keeps what PostgreSQL does not: a display name and when they were last seen.
CREATE TABLE ic_members (
    login        text PRIMARY KEY,
    display_name text NOT NULL DEFAULT '',
    added_at     timestamptz NOT NULL DEFAULT now(),
    added_by     text NOT NULL DEFAULT session_user,
    last_seen    timestamptz
);

-- Changes to the workspace's settings, rules, policies, presets and members:
-- who, when, before and after. Written only by triggers and the team
-- functions (017 adds the triggers); read by admins.
CREATE TABLE ic_workspace_record (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    subject    text NOT NULL, -- 'members', 'action settings', 'clock rules', ...
    item       text NOT NULL DEFAULT '',
    operation  text NOT NULL CHECK (operation IN ('added', 'changed', 'removed')),
    before     jsonb,
    after      jsonb
);
CREATE INDEX ic_workspace_record_time ON ic_workspace_record (changed_at, id);

-- ---------------------------------------------------------------------
-- Helpers. Every ic_ function gets a fixed search_path (pg_catalog first,
-- pg_temp last) by ic_harden_functions(), run at the end of each step.

-- The name of one of the workspace's roles ('viewer', 'admin', ...).
CREATE FUNCTION ic_role(kind text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT value || '_' || kind FROM ic_workspace WHERE key = 'role_prefix'
$$;

-- A superuser is not someone the database can hold to anything: it can
-- become any login (SET SESSION AUTHORIZATION) and switch off any trigger.
-- The checks below do not pretend otherwise; they let it through.
CREATE FUNCTION ic_superuser() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
$$;

-- Who is recorded as having done something: the server's session_user,
-- whatever name the client sent (a superuser's own name claim is kept).
CREATE FUNCTION ic_actor(claimed text DEFAULT NULL) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN ic_superuser() AND coalesce(claimed, '') <> '' THEN claimed
                ELSE session_user::text END
$$;

-- Whether this statement runs inside one of the workspace's own checked
-- functions (they run as the owner): their writes are not re-checked.
CREATE FUNCTION ic_internal() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT current_user::text = ic_role('owner')
$$;

-- Whether the person connected (session_user, not a SET ROLE) holds a role
-- of this workspace, directly or through another (a commander is a
-- responder and a viewer). Read from the catalog at every call, so a role
-- revoked while connected counts at the next statement.
CREATE FUNCTION ic_has_role(kind text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce(pg_catalog.pg_has_role(session_user, ic_role(kind), 'MEMBER'), false)
$$;

-- Whether a role name is one of this workspace's own roles.
CREATE FUNCTION ic_own_role(who text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT starts_with(who, (SELECT value FROM ic_workspace WHERE key = 'role_prefix') || '_')
$$;

CREATE FUNCTION ic_role_kinds() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['viewer', 'responder', 'commander', 'approver', 'admin']
$$;

-- The roles the person connected holds (with those held through others).
CREATE FUNCTION ic_my_roles() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce(array_agg(k ORDER BY o), '{}')
    FROM unnest(ic_role_kinds()) WITH ORDINALITY AS t(k, o)
    WHERE ic_has_role(k)
$$;

-- The roles a login holds directly (as granted), in a fixed order.
CREATE FUNCTION ic_roles_of(who text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce(array_agg(t.k ORDER BY t.o), '{}')
    FROM unnest(ic_role_kinds() || ARRAY['owner']) WITH ORDINALITY AS t(k, o)
    JOIN pg_catalog.pg_roles g ON g.rolname = ic_role(t.k)
    JOIN pg_catalog.pg_auth_members m ON m.roleid = g.oid
    JOIN pg_catalog.pg_roles r ON r.oid = m.member AND r.rolname = who
$$;

-- Logins that may act as `kind` (directly or through other roles), not
-- counting superusers nor the workspace's own roles: whom to ask.
CREATE FUNCTION ic_role_holders(kind text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT coalesce(array_agg(r.rolname::text ORDER BY r.rolname), '{}')
    FROM pg_catalog.pg_roles r
    WHERE r.rolcanlogin AND NOT r.rolsuper
      AND NOT ic_own_role(r.rolname)
      AND pg_catalog.pg_has_role(r.oid, ic_role(kind), 'MEMBER')
$$;

-- What anyone who can connect may learn, even with no role: who they are,
-- what they hold, and whom to ask. Callable by PUBLIC.
CREATE FUNCTION ic_access(OUT login text, OUT superuser boolean, OUT roles text[],
                          OUT admins text[], OUT role_prefix text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT session_user::text, ic_superuser(), ic_my_roles(), ic_role_holders('admin'),
           (SELECT value FROM ic_workspace WHERE key = 'role_prefix')
$$;

-- The members: every login holding a role of the workspace directly.
CREATE FUNCTION ic_team_members()
RETURNS TABLE (login text, display_name text, roles text[], last_seen timestamptz,
               superuser boolean)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT r.rolname::text, coalesce(mm.display_name, ''), ic_roles_of(r.rolname),
           mm.last_seen, r.rolsuper
    FROM pg_catalog.pg_roles r
    LEFT JOIN ic_members mm ON mm.login = r.rolname
    WHERE NOT ic_own_role(r.rolname)
      AND cardinality(ic_roles_of(r.rolname)) > 0
    ORDER BY r.rolname
$$;

-- Records a change to the workspace (members here; settings by 017's triggers).
CREATE FUNCTION ic_record_change(subject text, item text, operation text, before jsonb,
                                 after jsonb) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER AS $$
    INSERT INTO ic_workspace_record (changed_by, subject, item, operation, before, after)
    VALUES (session_user, subject, item, operation, before, after)
$$;

-- The person connected was here (on every open of the workspace).
CREATE FUNCTION ic_touch() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
BEGIN
    IF NOT ic_has_role('viewer') OR current_setting('transaction_read_only')::boolean THEN
        RETURN; -- a reviewer's read-only session writes nothing, not even this
    END IF;
    INSERT INTO ic_members (login, added_by, last_seen) VALUES (session_user, session_user, now())
    ON CONFLICT (login) DO UPDATE SET last_seen = excluded.last_seen;
END
$$;

-- A display name: one's own, or anyone's for an admin.
CREATE FUNCTION ic_set_display_name(who text, name text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    before text;
BEGIN
    IF who <> session_user AND NOT ic_has_role('admin') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only an admin of this workspace can change the name of %s.', who);
    END IF;
    IF length(name) > 200 OR name ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'A display name has at most 200 characters and no control characters.';
    END IF;
    SELECT display_name INTO before FROM ic_members WHERE login = who;
    INSERT INTO ic_members (login, display_name) VALUES (who, name)
    ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name;
    PERFORM ic_record_change('members', who, 'changed', jsonb_build_object('display_name', before),
                             jsonb_build_object('display_name', name));
END
$$;

-- Checks a login and role kinds for ic_team_grant / ic_team_revoke.
CREATE FUNCTION ic_check_membership_change(who text, kinds text[]) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    r record;
    k text;
BEGIN
    IF NOT ic_has_role('admin') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Only an admin of this workspace can change who holds which role; '
                             '%s is not one. Nothing was changed.', session_user),
            HINT = format('Admins: %s', array_to_string(ic_role_holders('admin'), ', '));
    END IF;
    IF kinds IS NULL OR cardinality(kinds) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'Name at least one role (viewer, responder, commander, approver, admin).';
    END IF;
    FOREACH k IN ARRAY kinds LOOP
        IF NOT k = ANY (ic_role_kinds()) THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = format('"%s" is not a role of this workspace (viewer, responder, '
                                 'commander, approver, admin). Nothing was changed.', k);
        END IF;
    END LOOP;
    SELECT rolname, rolcanlogin, rolsuper INTO r FROM pg_catalog.pg_roles WHERE rolname = who;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42704',
            MESSAGE = format('There is no login "%s" on this database server. Nothing was '
                             'changed.', who),
            HINT = 'Create it first (CREATE ROLE ... LOGIN), then grant it a role.';
    END IF;
    IF NOT r.rolcanlogin OR ic_own_role(who) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('"%s" is not a person''s login (it cannot log in, or it is one of '
                             'this workspace''s own roles). Nothing was changed.', who);
    END IF;
END
$$;

-- Grants roles to a login (admins only); returns the roles it holds after.
CREATE FUNCTION ic_team_grant(who text, kinds text[]) RETURNS text[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    before text[];
    k text;
BEGIN
    PERFORM ic_check_membership_change(who, kinds);
    before := ic_roles_of(who);
    FOREACH k IN ARRAY kinds LOOP
        IF NOT k = ANY (before) THEN
            EXECUTE format('GRANT %I TO %I', ic_role(k), who);
        END IF;
    END LOOP;
    INSERT INTO ic_members (login) VALUES (who) ON CONFLICT (login) DO NOTHING;
    IF ic_roles_of(who) IS DISTINCT FROM before THEN
        PERFORM ic_record_change('members', who,
                                 CASE WHEN cardinality(before) = 0 THEN 'added' ELSE 'changed' END,
                                 jsonb_build_object('roles', before),
                                 jsonb_build_object('roles', ic_roles_of(who)));
    END IF;
    RETURN ic_roles_of(who);
END
$$;

-- Takes roles from a login (admins only); refuses to leave no admin.
CREATE FUNCTION ic_team_revoke(who text, kinds text[]) RETURNS text[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    before text[];
    k text;
BEGIN
    PERFORM ic_check_membership_change(who, kinds);
    before := ic_roles_of(who);
    FOREACH k IN ARRAY kinds LOOP
        IF k = ANY (before) THEN
            EXECUTE format('REVOKE %I FROM %I', ic_role(k), who);
        END IF;
    END LOOP;
    -- Only taking admin can leave the workspace without one (a superuser
    -- is not counted: it holds every right anyway).
    IF 'admin' = ANY (kinds) AND 'admin' = ANY (before)
       AND cardinality(ic_role_holders('admin')) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('Taking admin from %s would leave this workspace without an admin. '
                             'Nothing was changed; make someone else admin first.', who);
    END IF;
    IF ic_roles_of(who) IS DISTINCT FROM before THEN
        PERFORM ic_record_change('members', who,
                                 CASE WHEN cardinality(ic_roles_of(who)) = 0 THEN 'removed'
                                      ELSE 'changed' END,
                                 jsonb_build_object('roles', before),
                                 jsonb_build_object('roles', ic_roles_of(who)));
    END IF;
    RETURN ic_roles_of(who);
END
$$;

-- Owner-only helpers for this and later steps.
CREATE FUNCTION ic_grant(privileges text, tbl text, VARIADIC kinds text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    k text;
BEGIN
    IF to_regclass(tbl) IS NULL THEN
        RETURN;
    END IF;
    FOREACH k IN ARRAY kinds LOOP
        EXECUTE format('GRANT %s ON TABLE %I TO %I', privileges, tbl, ic_role(k));
    END LOOP;
END
$$;

CREATE FUNCTION ic_grant_execute(fn text, VARIADIC kinds text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    k text;
BEGIN
    FOREACH k IN ARRAY kinds LOOP
        IF k = 'PUBLIC' THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', fn::regprocedure);
        ELSE
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn::regprocedure, ic_role(k));
        END IF;
    END LOOP;
END
$$;

-- Fixes the search_path of every ic_ function (a definer function must not
-- find a caller's objects first) and keeps them from PUBLIC unless granted.
-- (The workspace's schema is ic_workspace's: inside a function with a fixed
-- search_path, current_schema() would answer pg_catalog.)
CREATE FUNCTION ic_harden_functions() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    ns oid := (SELECT c.relnamespace FROM pg_catalog.pg_class c
               WHERE c.oid = 'ic_workspace'::regclass);
    fn regprocedure;
BEGIN
    FOR fn IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
              WHERE p.pronamespace = ns AND p.proname LIKE 'ic\_%'
                AND pg_catalog.pg_get_userbyid(p.proowner) = ic_role('owner')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', fn,
                       (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = ns));
    END LOOP;
END
$$;

SELECT ic_harden_functions();

SELECT ic_grant('SELECT', 'ic_members', 'viewer');
SELECT ic_grant('SELECT', 'ic_workspace_record', 'admin');
SELECT ic_grant_execute('ic_access()', 'PUBLIC');
SELECT ic_grant_execute('ic_role(text)', 'PUBLIC');
SELECT ic_grant_execute('ic_has_role(text)', 'viewer');
SELECT ic_grant_execute('ic_my_roles()', 'viewer');
SELECT ic_grant_execute('ic_roles_of(text)', 'viewer');
SELECT ic_grant_execute('ic_role_holders(text)', 'viewer');
SELECT ic_grant_execute('ic_team_members()', 'viewer');
SELECT ic_grant_execute('ic_touch()', 'viewer');
SELECT ic_grant_execute('ic_set_display_name(text,text)', 'viewer');
-- The functions check the caller's role themselves, so a refusal says why.
SELECT ic_grant_execute('ic_team_grant(text,text[])', 'viewer');
SELECT ic_grant_execute('ic_team_revoke(text,text[])', 'viewer');
SELECT ic_grant_execute('ic_actor(text)', 'viewer');
SELECT ic_grant_execute('ic_superuser()', 'viewer');
SELECT ic_grant_execute('ic_internal()', 'viewer');

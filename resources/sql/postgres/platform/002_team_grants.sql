-- In a team workspace (store step 013 on), the roles read the platform
-- tables and the read-only audit reader reads nothing else; commanders
-- write what containment by direct SQL writes. A database holding only the
-- platform tables has no roles: nothing to do there.
DO $do$
BEGIN
    IF to_regprocedure('ic_grant_platform()') IS NOT NULL THEN
        PERFORM ic_grant_platform();
    END IF;
END
$do$;

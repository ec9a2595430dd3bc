-- Every member of a workspace reads its action settings, so a password
-- written into the platform primary's connection or the admin API's address
-- would be a secret shared with the whole team (issue 19). The app refuses
-- one when it saves (ActionSettings::parsePrimary, checkBaseUrl); the server
-- refuses it too, for a login that writes the table directly, superusers
-- included: secrets belong in each person's keychain.
CREATE FUNCTION ic_settings_secret_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.key = 'platform.primary'
        AND (NEW.value ~* 'password\s*=' OR NEW.value ~* '^postgres(ql)?://[^/@?]*:[^/@?]*@'))
       OR (NEW.key = 'api.base_url' AND NEW.value ~* '^[a-z][a-z0-9+.-]*://[^/?#]*@') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = format('The action setting %s contains a password or other credentials, '
                             'which are never stored in the workspace, where everyone in it '
                             'can read them. Nothing was changed.', NEW.key),
            HINT = 'Leave the password out: the app keeps it in each person''s keychain.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ic_settings_secret_guard BEFORE INSERT OR UPDATE ON ic_action_settings
    FOR EACH ROW EXECUTE FUNCTION ic_settings_secret_guard();

SELECT ic_harden_functions();

-- Every event is signed (issue 15, docs/record.md "Signed events only").
-- A SQLite workspace is one person's, and the app refuses to append an
-- unsigned event once the workspace has a registered key (EventLog::append
-- says why). This trigger is the same rule for any other writer that
-- keeps the schema as it is: an event entering the workspace log (it has a
-- leaf index) without a signer and a 64-byte signature is refused. Events
-- from before the log are adopted by UPDATE (record adopt-legacy), not
-- inserted, and stay unsigned as legacy.
CREATE TRIGGER ic_incident_events_signed
BEFORE INSERT ON ic_incident_events
WHEN NEW.leaf_index IS NOT NULL
     AND (NEW.signer IS NULL OR NEW.signer = '' OR NEW.signature IS NULL
          OR length(NEW.signature) <> 64)
     AND EXISTS (SELECT 1 FROM ic_member_keys)
BEGIN
    SELECT RAISE(ABORT, 'The event is not signed: every event in this workspace is signed by the person who records it. Nothing was recorded.');
END;

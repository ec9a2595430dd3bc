-- Tamper-evident incident record: events are numbered per incident and
-- hash-chained (SHA-256 of the canonical content and the previous hash,
-- computed by the app). The incident row keeps the head of its chain, so a
-- deleted last event shows too. Existing events are chained on first open.

ALTER TABLE ic_incident_events ADD COLUMN seq INTEGER;
ALTER TABLE ic_incident_events ADD COLUMN backdated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ic_incident_events ADD COLUMN corrects_event_id INTEGER;
ALTER TABLE ic_incident_events ADD COLUMN prev_hash TEXT;
ALTER TABLE ic_incident_events ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX ic_incident_events_seq ON ic_incident_events (incident_id, seq);

ALTER TABLE ic_incidents ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ic_incidents ADD COLUMN last_event_hash TEXT NOT NULL DEFAULT '';

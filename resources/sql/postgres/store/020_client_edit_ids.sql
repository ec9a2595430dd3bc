-- An edit kept on a workstation while the database was unreachable carries
-- an id made there; the first event the edit records holds it in its
-- details. A replay after a lost acknowledgement finds it and is not applied
-- again, and the database refuses the same id twice.
CREATE UNIQUE INDEX ic_incident_events_edit_id ON ic_incident_events ((details ->> 'edit_id'))
    WHERE (details ->> 'edit_id') IS NOT NULL;

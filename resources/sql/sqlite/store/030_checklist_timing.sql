-- Checklists that fit the real order of events.
--
-- A playbook attached hours after detection may count its deadlines from
-- the moment it was attached instead (NULL: from the incident's detection,
-- as the playbook is written). The commander chooses when attaching; the
-- choice is recorded on the incident's timeline.
ALTER TABLE ic_checklists ADD COLUMN deadlines_from TEXT;

-- A step done before anyone ticked it (the notes say 14:10, it was ticked at
-- 21:36) keeps both times: state_at is when it was recorded, this when it
-- happened (NULL: when it was recorded). Who recorded it is state_by.
-- (SQLite cannot add a CHECK to an existing table; the repository checks.)
ALTER TABLE ic_checklist_items ADD COLUMN state_happened_at TEXT;

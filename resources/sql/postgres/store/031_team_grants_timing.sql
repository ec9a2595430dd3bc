-- The time a step was really done (step 30) is written with the tick, so
-- the roles that tick steps may write it. A step of its own: step 30 may run
-- before the roles exist (a workspace made before them) or after.
SELECT ic_grant('UPDATE (state_happened_at)', 'ic_checklist_items', 'responder');

-- Which flowchart of an imported policy document is its escalation graph:
-- 0 lets the reader choose (the one that reads most like an escalation
-- policy), N >= 1 is the Nth flowchart of the document, as an admin picked.
ALTER TABLE ic_escalation_policies ADD COLUMN graph integer NOT NULL DEFAULT 0;

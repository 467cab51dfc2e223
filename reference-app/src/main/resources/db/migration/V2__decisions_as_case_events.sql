-- Decisions are recorded as events of their escalation case (case_event), decided by the escalation
-- lifecycle before they are stored; the table of decisions as submitted is no longer written or read.
DROP TABLE decision;

-- An import now counts the case events its decisions were accepted as.
ALTER TABLE import_log RENAME COLUMN decisions TO case_events;

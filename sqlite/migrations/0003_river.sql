-- Summary jobs move to River (package queue): its river_job table, created
-- by River's own migrations after this one, replaces jobs. Stale stories
-- get their River job when the store opens (sqlstore.Writer.Requeue).
DROP TABLE jobs;

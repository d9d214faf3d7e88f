-- H2 2.4.240 keeps, inside a CHECK (column IN ('A', 'B')), a reference to the connection that created it; once
-- that connection is closed every insert into the table fails with "Check constraint invalid ... The database has
-- been closed" (h2database issues 4291, 4308, 4342). It happened on a restore into a fresh in-memory H2 (Flyway's
-- connection closed before the restore), and would happen to an embedded server on its first run once the pool
-- retires the connection Flyway migrated with (30 minutes). The same rules written as CASE hold no such
-- reference; PostgreSQL reads them as before. Columns are NOT NULL, so no NULL case changes.
-- A repeatable migration: it runs after every numbered one (the tables come from V31 and V40), once, and again
-- only if this file changes; IF EXISTS keeps it safe to rerun.
ALTER TABLE api_token DROP CONSTRAINT IF EXISTS ck_api_token_scope;
ALTER TABLE api_token ADD CONSTRAINT ck_api_token_scope
    CHECK (CASE WHEN scope = 'READ' THEN TRUE WHEN scope = 'WRITE' THEN TRUE ELSE FALSE END);

ALTER TABLE project DROP CONSTRAINT IF EXISTS ck_project_funding;
ALTER TABLE project ADD CONSTRAINT ck_project_funding
    CHECK (CASE WHEN funding_group = 'NSNN' THEN TRUE WHEN funding_group = 'OTHER' THEN TRUE ELSE FALSE END);

ALTER TABLE threshold_rule DROP CONSTRAINT IF EXISTS ck_threshold_basis;
ALTER TABLE threshold_rule ADD CONSTRAINT ck_threshold_basis
    CHECK (CASE WHEN basis = 'CUMULATIVE' THEN TRUE WHEN basis = 'FORECAST' THEN TRUE ELSE FALSE END);

ALTER TABLE threshold_rule DROP CONSTRAINT IF EXISTS ck_threshold_action;
ALTER TABLE threshold_rule ADD CONSTRAINT ck_threshold_action
    CHECK (CASE WHEN action = 'RECOVER_OR_REALLOCATE' THEN TRUE WHEN action = 'EXPLANATION_REQUEST' THEN TRUE
                WHEN action = 'REMINDER' THEN TRUE ELSE FALSE END);

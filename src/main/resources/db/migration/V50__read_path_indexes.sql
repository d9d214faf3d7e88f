-- Indexes for the read paths measured at country scale (docs/PERFORMANCE.md): a plan's targets, a task's
-- agencies, a plan's task groups, a province's documents, and task lists filtered by status and deadline.
CREATE INDEX ix_target_indicator ON target (indicator_id);
CREATE INDEX ix_task_agency_task ON task_agency (task_id);
CREATE INDEX ix_task_group_document ON task_group (document_id);
CREATE INDEX ix_document_locality ON document (locality_id);
CREATE INDEX ix_indicator_lead_agency ON indicator (lead_agency_id);
CREATE INDEX ix_task_document_status_due ON task (document_id, status, due_date);

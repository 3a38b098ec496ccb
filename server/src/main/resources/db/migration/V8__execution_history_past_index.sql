-- Deleting an execution also removes it from the history of later ones: found by this index.
create index execution_history_past on execution_history (tenant_id, past_execution_id);

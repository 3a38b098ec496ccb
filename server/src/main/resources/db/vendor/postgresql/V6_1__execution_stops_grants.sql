-- Not tenant data: execution ids to stop, read by every node without a tenant.
grant select, insert, update, delete on execution_stops to consultor_app;

-- The counter of V6 for the executions of every tenant: the row policies, forced on the owner too,
-- showed that statement none of them unless it ran as a superuser.
alter table executions no force row level security;
alter table execution_events no force row level security;
update executions set event_sequence = coalesce(
    (select max(e.sequence) from execution_events e
      where e.tenant_id = executions.tenant_id and e.execution_id = executions.id), 0);
alter table executions force row level security;
alter table execution_events force row level security;

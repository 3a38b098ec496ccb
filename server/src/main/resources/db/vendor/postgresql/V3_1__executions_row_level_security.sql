grant select, insert, update, delete on executions, execution_checkpoints, execution_events to consultor_app;
-- Not tenant data: the job queue shared by every node.
grant select, insert, update, delete on scheduled_tasks to consultor_app;

do $$
declare
    t text;
begin
    foreach t in array array['executions', 'execution_checkpoints', 'execution_events']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I '
                       'using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end
$$;

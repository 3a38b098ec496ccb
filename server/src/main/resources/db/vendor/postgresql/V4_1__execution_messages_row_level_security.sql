grant select, insert, update, delete on execution_messages to consultor_app;

alter table execution_messages enable row level security;
alter table execution_messages force row level security;
create policy tenant_isolation on execution_messages
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

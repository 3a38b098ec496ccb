grant select, insert, update, delete on execution_attachments, execution_history to consultor_app;

alter table execution_attachments enable row level security;
alter table execution_attachments force row level security;
create policy tenant_isolation on execution_attachments
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table execution_history enable row level security;
alter table execution_history force row level security;
create policy tenant_isolation on execution_history
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

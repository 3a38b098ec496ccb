-- The application connects through the plain role consultor_app: not the owner of these tables,
-- not a superuser, no BYPASSRLS. Each tenant table admits only the rows of the tenant that the
-- transaction declared with set_config('app.tenant_id', ..., true); none declared, none seen.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'consultor_app') then
        begin
            create role consultor_app nologin nosuperuser nobypassrls;
        exception when duplicate_object or unique_violation then
            null; -- another schema's migration created it at the same moment
        end;
    end if;
    if not pg_has_role(current_user, 'consultor_app', 'MEMBER') then
        execute format('grant consultor_app to %I', current_user);
    end if;
    execute format('grant usage on schema %I to consultor_app', current_schema());
end
$$;

grant select, insert, update, delete on
    organizations, accounts, users, sessions, refresh_tokens, revoked_access_tokens, invitations, audit_events
    to consultor_app;

alter table organizations enable row level security;
alter table organizations force row level security;
create policy tenant_isolation on organizations
    using (id = current_setting('app.tenant_id', true))
    with check (id = current_setting('app.tenant_id', true));

do $$
declare
    t text;
begin
    foreach t in array array['users', 'sessions', 'refresh_tokens', 'revoked_access_tokens', 'invitations',
                             'audit_events']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I '
                       'using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end
$$;

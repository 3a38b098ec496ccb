-- Executions: a tenant's analyses, the reports checkpointed while they run and the progress events
-- clients replay. Instants are epoch milliseconds, as in V1.

create table executions (
    tenant_id           varchar(36)  not null references organizations (id),
    id                  varchar(36)  primary key,
    user_id             varchar(36)  not null,
    problem_description text         not null,
    business_type       varchar(20)  not null,
    analysis_depth      varchar(10)  not null,
    language            varchar(8)   not null,
    status              varchar(10)  not null
                        check (status in ('queued', 'running', 'completed', 'degraded', 'failed', 'cancelled')),
    result              text,
    errors              text,
    created_at          bigint       not null,
    started_at          bigint,
    finished_at         bigint
);
create index executions_tenant_created on executions (tenant_id, created_at, id);
create index executions_tenant_status_created on executions (tenant_id, status, created_at, id);

-- One row per advisor whose report is complete: a resumed run passes them back to the engine.
create table execution_checkpoints (
    tenant_id    varchar(36) not null references organizations (id),
    execution_id varchar(36) not null references executions (id) on delete cascade,
    advisor      varchar(60) not null,
    report       text        not null,
    created_at   bigint      not null,
    primary key (tenant_id, execution_id, advisor)
);

create table execution_events (
    tenant_id    varchar(36) not null references organizations (id),
    execution_id varchar(36) not null references executions (id) on delete cascade,
    sequence     bigint      not null,
    type         varchar(40) not null,
    data         text        not null,
    occurred_at  bigint      not null,
    primary key (tenant_id, execution_id, sequence)
);

-- db-scheduler's table (its PostgreSQL schema in portable types): jobs of every tenant, claimed
-- by any node. The tenant travels in the task data; the table itself holds no tenant content.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);

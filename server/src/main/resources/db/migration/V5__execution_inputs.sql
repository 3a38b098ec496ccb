-- What an execution is grounded on, fixed when it is submitted so that a run resumed on any node
-- builds the same brief: the profiles of its attached CSV files (the engine's DataSet as JSON) and
-- summaries of the tenant's earlier consultations (the engine's PastConsultation as JSON).

create table execution_attachments (
    tenant_id    varchar(36)  not null references organizations (id),
    execution_id varchar(36)  not null references executions (id) on delete cascade,
    ordinal      int          not null,
    file_name    varchar(255) not null,
    row_count    int          not null,
    column_count int          not null,
    profile      text         not null,
    primary key (tenant_id, execution_id, ordinal)
);

create table execution_history (
    tenant_id         varchar(36) not null references organizations (id),
    execution_id      varchar(36) not null references executions (id) on delete cascade,
    ordinal           int         not null,
    past_execution_id varchar(36) not null,
    summary           text        not null,
    primary key (tenant_id, execution_id, ordinal)
);

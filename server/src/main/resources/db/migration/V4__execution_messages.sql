-- Follow-up questions on a finished execution and their grounded answers, in the order asked.
-- points holds the answer's cited points as JSON; instants are epoch milliseconds, as in V1.

create table execution_messages (
    tenant_id    varchar(36) not null references organizations (id),
    execution_id varchar(36) not null references executions (id) on delete cascade,
    sequence     bigint      not null,
    id           varchar(36) not null,
    question     text        not null,
    answer       text        not null,
    points       text        not null,
    created_at   bigint      not null,
    primary key (tenant_id, execution_id, sequence)
);
create unique index execution_messages_tenant_id on execution_messages (tenant_id, id);

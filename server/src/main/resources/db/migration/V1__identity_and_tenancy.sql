-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Ids are UUID strings; instants are
-- epoch milliseconds, so comparisons behave the same on both databases.

create table organizations (
    id             varchar(36)  primary key,
    name           varchar(200) not null,
    plan           varchar(20)  not null default 'free'
                   check (plan in ('free', 'pro', 'enterprise')),
    billing_status varchar(20)  not null default 'active'
                   check (billing_status in ('active', 'past_due', 'cancelled')),
    created_at     bigint       not null
);

-- The login directory: the one table read before a tenant is known, so it holds no secret.
create table accounts (
    email     varchar(320) primary key,
    user_id   varchar(36)  not null unique,
    tenant_id varchar(36)  not null references organizations (id)
);

create table users (
    tenant_id     varchar(36)  not null references organizations (id),
    id            varchar(36)  primary key,
    email         varchar(320) not null,
    name          varchar(200) not null,
    language      varchar(16)  not null default 'en',
    role          varchar(10)  not null check (role in ('owner', 'admin', 'member')),
    password_hash varchar(255) not null,
    created_at    bigint       not null,
    updated_at    bigint       not null
);
create unique index users_tenant_email on users (tenant_id, email);

-- A session is one refresh-token family: rotation adds tokens, revocation ends them all.
create table sessions (
    tenant_id      varchar(36) not null references organizations (id),
    id             varchar(36) primary key,
    user_id        varchar(36) not null references users (id) on delete cascade,
    created_at     bigint      not null,
    expires_at     bigint      not null,
    revoked_at     bigint,
    revoked_reason varchar(40)
);
create index sessions_tenant_user on sessions (tenant_id, user_id);

create table refresh_tokens (
    tenant_id  varchar(36) not null references organizations (id),
    jti        varchar(36) primary key,
    session_id varchar(36) not null references sessions (id) on delete cascade,
    issued_at  bigint      not null,
    used_at    bigint
);
create index refresh_tokens_tenant_session on refresh_tokens (tenant_id, session_id);

create table revoked_access_tokens (
    tenant_id  varchar(36) not null references organizations (id),
    jti        varchar(36) primary key,
    expires_at bigint      not null
);
create index revoked_access_tokens_tenant on revoked_access_tokens (tenant_id, expires_at);

create table invitations (
    tenant_id   varchar(36)  not null references organizations (id),
    id          varchar(36)  primary key,
    email       varchar(320) not null,
    role        varchar(10)  not null check (role in ('admin', 'member')),
    token_hash  varchar(64)  not null unique,
    invited_by  varchar(36)  not null,
    created_at  bigint       not null,
    expires_at  bigint       not null,
    accepted_at bigint,
    revoked_at  bigint
);
create index invitations_tenant_email on invitations (tenant_id, email);

create table audit_events (
    tenant_id   varchar(36)   not null references organizations (id),
    id          varchar(36)   primary key,
    occurred_at bigint        not null,
    action      varchar(60)   not null,
    actor_id    varchar(36),
    subject_id  varchar(36),
    client_ip   varchar(64),
    request_id  varchar(64),
    details     varchar(1000)
);
create index audit_events_tenant_time on audit_events (tenant_id, occurred_at);

-- Each execution counts its events: the next sequence number is taken under the execution's row
-- lock, so concurrent writers of one execution never pick the same one.
alter table executions add column event_sequence bigint not null default 0;
update executions set event_sequence = coalesce(
    (select max(e.sequence) from execution_events e
      where e.tenant_id = executions.tenant_id and e.execution_id = executions.id), 0);

-- Requests to stop the run of a cancelled or deleted execution, read by every node in one query
-- for all the executions it runs. Not tenant data: an id and a time, nothing of its content; rows
-- are removed after a few minutes, once no run can still be going.
create table execution_stops (
    execution_id varchar(36) primary key,
    requested_at bigint      not null
);
create index execution_stops_requested on execution_stops (requested_at);

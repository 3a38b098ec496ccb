-- The first decision of a finished consultation, kept beside it when it finishes: a later
-- execution's history takes it from here instead of reading and parsing every earlier result.
-- Rows finished before this column existed keep it null and are read from their result.
alter table executions add column decision_title text;

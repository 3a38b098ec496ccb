-- The public halves of every node's signing keys, so any node verifies a token signed by any
-- other. Private keys never enter the database: whoever reads this table can verify, not sign.
create table signing_keys (
    kid        varchar(100)  primary key,
    public_jwk varchar(4000) not null,
    created_at bigint        not null,
    retired_at bigint
);

-- Not tenant data: public keys only, readable by every tenant's requests.
grant select, insert, update on signing_keys to consultor_app;

-- Which version of the linking rules computed the stored links. Written in the same transaction as the links, so a
-- stored version means the links follow the stored corpus; start-up recomputes them only when it differs from the
-- running code's (or is absent: links from before this table, or never computed).
create table link_computation (
    id            integer primary key check (id = 1),   -- one row
    rules_version integer not null
);

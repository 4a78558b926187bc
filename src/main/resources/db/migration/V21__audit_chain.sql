-- Tamper-evident audit trail: every audit row gets a seal whose hash covers the row and the
-- previous seal's hash, so editing or deleting a sealed row breaks every later hash. Seals live
-- beside the rows so the application's database role needs no UPDATE or DELETE on audit_event
-- (see docs/audit.md for the two-role PostgreSQL setup).
create table audit_seal (
    event_id   bigint primary key references audit_event (id),
    chain_hash varchar(64) not null
);

-- One row: the last sealed event; sealers lock it, so seals are written in one order.
create table audit_chain (
    id        integer primary key,
    last_id   bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain (id, last_id, last_hash) values (1, 0, 'genesis');

-- PostgreSQL only (Flyway location db/postgresql, added by the -Ppostgresql build): trigram indexes
-- serve the name substring search; a pattern B-tree serves the MRN prefix search. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index patient_search_name_trgm on patient using gin (name_key gin_trgm_ops);
create index patient_search_mrn_prefix on patient (mrn_key varchar_pattern_ops);

#!/bin/sh
# Run once by the postgres image when compose creates the database volume
# (/docker-entrypoint-initdb.d): the app's own role, which owns its database but is no superuser
# (a superuser could also run programs on the database host with COPY ... PROGRAM).
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$TRACKER_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
create role tracker login password :'app_password';
create database tracker owner tracker;
SQL

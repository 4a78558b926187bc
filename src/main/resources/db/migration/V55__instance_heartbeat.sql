-- One row per running instance, refreshed every few seconds: a starting instance compares the
-- settings that must be equal on every instance (a check value of the session key, the clinic's
-- zone, the missed-dose period) with those of the instances seen lately, and refuses to start on a
-- difference that would break sessions or calendar days silently. A clean stop removes its row.
create table instance_heartbeat (
    instance          varchar(120) primary key,
    session_key_check varchar(64),
    clinic_zone       varchar(60)  not null,
    missed_dose_every varchar(30)  not null,
    started_at        timestamp(6) with time zone not null,
    seen_at           timestamp(6) with time zone not null
);

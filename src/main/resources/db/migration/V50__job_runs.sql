-- One row per period of a scheduled job: the instance that inserts it first runs the job for that
-- period; the primary key refuses every other instance of the cluster (same on H2 and PostgreSQL).
create table job_run (
    job          varchar(60)  not null,
    period_start timestamp(6) with time zone not null,
    instance     varchar(120) not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    raised       integer,
    primary key (job, period_start)
);

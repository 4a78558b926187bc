-- Sessions end everywhere: every session cookie carries the account's epoch at login; logout,
-- disabling the account or a password change raises it, so older cookies are refused on every
-- instance and after restarts.
alter table app_user add column session_epoch integer default 0 not null;
alter table app_user add column must_change_password boolean default false not null;

-- Throttling counts failures per account (by id, so a name that did not exist yet never
-- throttles the account created later) and per client address.
alter table login_failure add column account_id bigint;
create index login_failure_account_client on login_failure (account_id, client_address, failed_at);
create index login_failure_client on login_failure (client_address, failed_at);

-- An idempotency key is bound to what was sent with it: SHA-256 (hex) of the user and the canonical
-- request body. The same key with another body, or from another user, is refused instead of replayed.
alter table administration add column idempotency_fingerprint varchar(64);
alter table adverse_event add column idempotency_fingerprint varchar(64);

-- Electronic signatures (21 CFR 11.50 / 11.200): signing off a course and overriding a flag are
-- confirmed by the signer's password; the record keeps the signer's printed name and what the
-- signature means beside the existing time and username.
alter table treatment_course add column signed_off_name varchar(200);
alter table treatment_course add column sign_off_meaning varchar(300);
alter table flag add column override_signer_name varchar(200);
alter table flag add column override_meaning varchar(300);

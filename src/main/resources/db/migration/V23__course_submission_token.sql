-- The prescribe form's one-time token (like the dose forms'): a double submit makes one course.
alter table treatment_course add column submission_token varchar(120);
create unique index treatment_course_submission_token on treatment_course (submission_token);

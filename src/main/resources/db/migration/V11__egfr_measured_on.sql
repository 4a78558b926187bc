-- Issue 9: the day the eGFR was measured (optional), shown with its age on the prescribing form and course page.
alter table patient add column egfr_measured_on date;

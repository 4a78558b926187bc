-- Issue 14: the prescribing form shows the patient's eGFR with the day it was recorded.
alter table patient add column egfr_recorded_on date;

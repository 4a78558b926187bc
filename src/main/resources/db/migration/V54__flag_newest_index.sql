-- Issue 13 (scale): the review queue lists newest first, a page at a time (FlagSearch.find).
create index flag_newest on flag (raised_at, id);

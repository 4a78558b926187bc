-- Issue 12: the marketing authorisation holder of each catalog drug, printed in box 24a of the
-- CIOMS I form and sent in E2B G.k.3.3. Kept beside the drug definition (not inside its JSON) so
-- catalog edits and this table do not overwrite each other.
create table drug_holder (
    drug_code varchar(40)  primary key references drug (code),
    name      varchar(200) not null,
    address   varchar(500)
);

insert into drug_holder (drug_code, name, address)
select code, 'EVER Neuro Pharma GmbH', 'Oberburgau 3, 4866 Unterach am Attersee, Austria'
from drug where code = 'cerebrolysin';

insert into drug_holder (drug_code, name, address)
select code, 'GEROPHARM', 'Saint Petersburg, Russia'
from drug where code = 'cortexin';

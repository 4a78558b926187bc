-- Seeds :n patients for bench/scale-benchmark.sh (PostgreSQL), after the app migrated the schema.
-- Each patient has one course. 40 of them are running today (the worklist: the same at every size);
-- every other course ended long ago with 10 doses given, every third has a side effect, every tenth
-- an open flag. Names are built from syllables, some accented, so search meets real spellings.
\set ON_ERROR_STOP on
begin;
insert into patient (mrn, given_name, family_name, birth_date, sex, weight_kg, created_at, created_by, version)
select 'B' || lpad(i::text, 7, '0'),
       (array['Anna','Zoë','José','Ingrid','Mehmet','Olga','Ravi','Chloé','Björn','Ada','Łucja','Søren'])[1 + i % 12],
       initcap((array['mül','ko','gar','jen','öz','wal','du','lind','ros','smi','nov','bé','hå','tür','ve','pé',
                      'ka','lu','stró','ni','me','fa','dvo'])[1 + i % 23]
            || (array['ler','vak','cía','sen','tür','ski','bois','qvist','si','th','ák','rard','kan','mann','ri',
                      'nez','ta','vić','řák'])[1 + (i / 23) % 19]
            || (array['','a','ov','en','son','ić','escu','o','i','er','ez','as','ek','berg','dóttir','is','us'])[1 + (i / 437) % 17]),
       date '1935-01-01' + (i * 7 % 20000), case when i % 2 = 0 then 'FEMALE' else 'MALE' end, 70, now(), 'bench', 0
from generate_series(1, :n) i;
-- 20 probe patients with one family name found nowhere else: the same page of search results at any size.
update patient set family_name = 'Sørensen-Ünal' where created_by = 'bench' and mrn <= 'B0000020';

insert into treatment_course (patient_id, drug_code, indication, route, daily_volume_ml, start_date, length_days,
                              schedule, prescribed_by, created_at, version)
select p.id, 'cerebrolysin', 'Acute ischemic stroke', 'IV_INFUSION', 30,
       case when p.rn <= 40 then current_date - 3 else current_date - 60 - (p.rn % 900)::int end,
       case when p.rn <= 40 then 21 else 10 end, 'DAILY', 'physician', now(), 0
from (select id, row_number() over (order by id) rn from patient where created_by = 'bench') p;

insert into administration (course_id, administered_at, course_day, route, volume_ml, status, lot_number, diluent,
                            diluent_volume_ml, infusion_minutes, recorded_by, recorded_at, voided)
select c.id, (c.start_date + d - 1)::timestamp + interval '9 hours', d, 'IV_INFUSION', 30, 'GIVEN', 'L-BENCH',
       'NaCl 0.9%', 100, 30, 'nurse', now(), false
from treatment_course c join patient p on p.id = c.patient_id and p.created_by = 'bench'
cross join generate_series(1, 10) d
where c.start_date + d - 1 < current_date;

insert into adverse_event (course_id, observed_on, course_day, term, grade, serious, action_taken, outcome, causality,
                           recorded_by, recorded_at, voided)
select c.id, c.start_date + 1, 2, 'Headache', 1, false, 'NONE', 'RECOVERED', 'POSSIBLE', 'nurse', now(), false
from treatment_course c join patient p on p.id = c.patient_id and p.created_by = 'bench'
where c.id % 3 = 0;

insert into flag (course_id, code, severity, status, cause_key, course_day, message, raised_at)
select c.id, 'MISSED_DOSE', 'WARNING', 'OPEN', 'missed:' || c.start_date, 1, 'No dose recorded on course day 1', now()
from treatment_course c join patient p on p.id = c.patient_id and p.created_by = 'bench'
where c.id % 10 = 0 and c.start_date < current_date - 30;
commit;

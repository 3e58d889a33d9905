-- Schema version 1 -> 2. New tables (document_cleaning, extraction_failures) are created by
-- the DDL; here the columns existing tables gained. Rows written by the old extractor are
-- re-extracted on the next run (the extractor version changed), which replaces them.
alter table sentences add column if not exists kind varchar default 'body';
alter table claims add column if not exists cue_class varchar;
alter table events add column if not exists plover_type varchar;
alter table events add column if not exists cameo_code varchar;
alter table events add column if not exists modality varchar default 'asserted';
alter table events add column if not exists actor_codes varchar[];
alter table events add column if not exists target_codes varchar[];

-- Schema version 2 -> 3: events gained the sector and country code of each actor and target.
-- Rows written by the old extractor are re-extracted on the next run (the extractor version
-- changed), which fills them.
alter table events add column if not exists actor_sectors varchar[];
alter table events add column if not exists actor_countries varchar[];
alter table events add column if not exists target_sectors varchar[];
alter table events add column if not exists target_countries varchar[];

-- Typed events (PLOVER types, CAMEO codes; see README "Event ontology") with actors, place and time.
create table if not exists events (
    event_id       varchar not null,
    doc_id         varchar not null,
    sentence_id    varchar not null,
    event_type     varchar not null,  -- a PLOVER type (ASSAULT | CONSULT | ...) or STATEMENT
    mode           varchar,           -- e.g. drone, missile, air strike for ASSAULT
    trigger        varchar not null,  -- documents.text[trigger_start:trigger_end]
    trigger_start  integer not null,
    trigger_end    integer not null,
    actors         varchar[],
    targets        varchar[],
    location       varchar,           -- as written
    location_name  varchar,           -- gazetteer name
    country        varchar,           -- ISO country code
    time_text      varchar,           -- the time expression as written
    event_date     date,              -- resolved against documents.published_at
    date_precision varchar not null,  -- day | week | month | year | unknown
    plover_type    varchar,           -- PLOVER type; null for STATEMENT
    cameo_code     varchar,           -- CAMEO code of the matched dictionary pattern
    modality       varchar not null,  -- asserted | denied | intended | threatened | requested | hypothetical
    actor_codes    varchar[],         -- CAMEO actor code per actor (country + sector: RUSMIL), null if unknown
    target_codes   varchar[]          -- the same for targets
);

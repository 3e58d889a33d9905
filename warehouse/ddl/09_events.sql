-- Typed events (ontology: pipeline/events/ontology.json) with actors, place and time.
create table if not exists events (
    event_id       varchar not null,
    doc_id         varchar not null,
    sentence_id    varchar not null,
    event_type     varchar not null,  -- ASSAULT | CONSULT | STATEMENT | ... (see README)
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
    date_precision varchar not null   -- day | week | month | year | unknown
);

-- Typed events (ontology: pipeline/events/ontology.json) with actors, place and time.
create table if not exists events (
    event_id       varchar not null,  -- hash of doc_id and offsets
    doc_id         varchar not null,  -- documents.doc_id
    sentence_id    varchar not null,  -- sentences.sentence_id of the trigger
    event_type     varchar not null,  -- PLOVER-based type: ASSAULT | FIGHT | COERCE | PROTEST | CONSULT | AGREE
                                      -- | REJECT | AID | SANCTION | STATEMENT | ACCUSE | DISAPPROVE | THREATEN
                                      -- | MOBILIZE | RETREAT
    mode           varchar,           -- e.g. drone, missile, air strike for ASSAULT
    trigger        varchar not null,  -- documents.text[trigger_start:trigger_end]
    trigger_start  integer not null,  -- offset where the trigger starts
    trigger_end    integer not null,  -- end-exclusive offset
    actors         varchar[],         -- who acts, as written
    targets        varchar[],         -- who or what is acted on, as written
    location       varchar,           -- as written
    location_name  varchar,           -- gazetteer name
    country        varchar,           -- English name of the location's country
    time_text      varchar,           -- the time expression as written
    event_date     date,              -- resolved against documents.published_at
    date_precision varchar not null   -- day | week | month | year | unknown
);

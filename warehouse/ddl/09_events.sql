-- Typed events (PLOVER types, CAMEO codes; see README "Event ontology") with actors, place and time.
create table if not exists events (
    event_id       varchar not null,  -- hash of doc_id and offsets
    doc_id         varchar not null,  -- documents.doc_id
    sentence_id    varchar not null,  -- sentences.sentence_id of the trigger
    event_type     varchar not null,  -- a PLOVER type, or STATEMENT where PLOVER has none: ASSAULT | COERCE
                                      -- | PROTEST | CONSULT | AGREE | SUPPORT | CONCEDE | COOPERATE | AID
                                      -- | RETREAT | REQUEST | ACCUSE | REJECT | THREATEN | SANCTION | MOBILIZE
                                      -- | STATEMENT
    mode           varchar,           -- e.g. drone, missile, air strike for ASSAULT
    trigger        varchar not null,  -- documents.text[trigger_start:trigger_end]
    trigger_start  integer not null,  -- offset where the trigger starts
    trigger_end    integer not null,  -- end-exclusive offset
    actors         varchar[],         -- who acts, as written
    targets        varchar[],         -- who is acted on, as written (for force also what was struck)
    location       varchar,           -- as written
    location_name  varchar,           -- gazetteer name
    country        varchar,           -- English name of the location's country
    time_text      varchar,           -- the time expression as written
    event_date     date,              -- resolved against documents.published_at
    date_precision varchar not null,  -- day | week | month | year | unknown
    plover_type    varchar,           -- the PLOVER type (event_type but null for STATEMENT)
    cameo_code     varchar,           -- CAMEO code of the matched dictionary pattern
    modality       varchar not null,  -- did it happen as stated: asserted | denied | intended | threatened | requested | hypothetical
    actor_codes    varchar[],         -- CAMEO actor code per actor (country + sector: RUSMIL), null if unknown
    target_codes   varchar[],         -- the same for targets
    actor_sectors  varchar[],         -- sector of each actor's code (GOV, MIL, REB, OPP, BUS, MED, CVL, IGO ...), null if none
    actor_countries varchar[],        -- CAMEO country code of each actor's code (RUS, GBR), null if none (IGOUNO)
    target_sectors varchar[],         -- the same for targets
    target_countries varchar[]        -- the same for targets
);

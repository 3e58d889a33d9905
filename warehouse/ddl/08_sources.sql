-- One row per distinct source: one per speaker within a document (coreference), merged across
-- documents only under a full name of a compatible kind or a known alias (pipeline/sources/merge.py).
create table if not exists sources (
    source_id      varchar not null,  -- hash of the normalised name
    name           varchar not null,  -- the canonical name
    kind           varchar not null,  -- what kind of speaker (pipeline/sources/kinds.py): person | government
                                      -- | military | organization | media | social_media | document
                                      -- | anonymous | group
    aliases        varchar[],         -- every surface form seen, pronouns excluded
    claim_count    integer not null,  -- claims with this source
    document_count integer not null   -- documents with a claim by this source
);

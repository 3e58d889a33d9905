-- One row per distinct source, merged within and across documents by normalised name.
create table if not exists sources (
    source_id      varchar not null,  -- hash of the normalised name
    name           varchar not null,  -- the canonical name
    kind           varchar not null,  -- person | government | military | organization | media
                                      -- | social_media | document | anonymous
    aliases        varchar[],         -- every surface form seen, pronouns excluded
    claim_count    integer not null,  -- claims with this source
    document_count integer not null   -- documents with a claim by this source
);

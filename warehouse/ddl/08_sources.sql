-- One row per distinct source, merged within and across documents by normalised name.
create table if not exists sources (
    source_id      varchar not null,
    name           varchar not null,
    kind           varchar not null,  -- person | government | military | organization | media
                                      -- | social_media | document | anonymous | group
                                      -- (pipeline.models.SourceKind; pipeline/sources/kinds.py)
    aliases        varchar[],         -- every surface form seen, pronouns excluded
    claim_count    integer not null,
    document_count integer not null
);

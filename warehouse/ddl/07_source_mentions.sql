-- Every mention of a source as the source of a claim, with the canonical name it resolved to.
-- A mention nothing resolves (an unresolved "he", "we") has no row here: it stays in
-- claims.source_mention, and the claim has no source_id.
create table if not exists source_mentions (
    mention_id varchar not null,   -- hash of doc_id and offsets
    source_id  varchar not null,   -- sources.source_id
    doc_id     varchar not null,   -- documents.doc_id
    claim_id   varchar not null,   -- claims.claim_id
    name       varchar not null,   -- canonical name after coreference in the document
    kind       varchar not null,   -- as sources.kind: person | government | military | organization | media
                                   -- | social_media | document | anonymous | group
    mention    varchar not null,   -- as written: documents.text[start_char:end_char]
    start_char integer not null,   -- offset where the mention starts
    end_char   integer not null,   -- end-exclusive offset
    aliases    varchar[]           -- other surface forms of this source in the document
);

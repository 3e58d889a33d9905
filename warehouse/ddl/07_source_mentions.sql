-- Every mention of a source as the source of a claim, with the canonical name it resolved to.
-- A mention nothing resolves (an unresolved "he", "we") has no row here: it stays in
-- claims.source_mention, and the claim has no source_id.
create table if not exists source_mentions (
    mention_id varchar not null,
    source_id  varchar not null,
    doc_id     varchar not null,
    claim_id   varchar not null,
    name       varchar not null,   -- canonical name after coreference in the document
    kind       varchar not null,   -- as sources.kind
    mention    varchar not null,   -- as written: documents.text[start_char:end_char]
    start_char integer not null,
    end_char   integer not null,
    aliases    varchar[]           -- other surface forms of this source in the document
);

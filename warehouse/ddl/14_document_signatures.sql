-- MinHash signature of each stored document, so near-duplicate detection of new inputs does
-- not re-read and re-hash the whole corpus.
create table if not exists document_signatures (
    doc_id  varchar not null,    -- documents.doc_id
    minhash ubigint[] not null   -- pipeline.dedup: 128 permutations over 5-word shingles
);

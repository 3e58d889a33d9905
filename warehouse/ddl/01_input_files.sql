-- The ledger of every input seen: one row per file (or per record of a .jsonl/.warc file).
-- Each row became a document or a rejected_documents row; unchanged inputs are skipped on rerun.
create table if not exists input_files (
    uri        varchar not null,     -- input path (record inputs: path#record)
    raw_hash   varchar not null,     -- sha256 of the raw bytes: what incremental runs compare
    size_bytes bigint,               -- size of the raw bytes
    mtime      double,               -- file modification time, seconds since the epoch
    status     varchar not null,     -- what the input became: document | rejected
    doc_id     varchar,              -- the document it became (status = 'document')
    seen_at    timestamptz not null  -- when a run last read it
);

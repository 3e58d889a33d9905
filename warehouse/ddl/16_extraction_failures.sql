-- Documents whose extraction raised, with the error: the other documents are still written.
-- A failure is not retried by the same extractor version; a new version retries it.
create table if not exists extraction_failures (
    doc_id            varchar not null,  -- the document whose extraction raised
    extractor_version varchar not null,  -- the extractor version that failed on it
    error             varchar not null,  -- exception type and message
    failed_at         timestamptz not null  -- when it failed
);

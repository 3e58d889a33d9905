-- Documents whose extraction raised, with the error: the other documents are still written.
-- A failure is not retried by the same extractor version; a new version retries it.
create table if not exists extraction_failures (
    doc_id            varchar not null,
    extractor_version varchar not null,
    error             varchar not null,  -- exception type and message
    failed_at         timestamptz not null
);

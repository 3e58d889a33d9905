-- Which documents the extraction asset has processed, and with which extractor version.
create table if not exists extracted_documents (
    doc_id            varchar not null,
    extractor_version varchar not null,
    extracted_at      timestamptz not null
);

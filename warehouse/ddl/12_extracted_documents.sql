-- Which documents the extraction asset has processed, and with which extractor version.
create table if not exists extracted_documents (
    doc_id            varchar not null,  -- documents.doc_id
    extractor_version varchar not null,  -- hash of the extraction code, lexicons and model
    extracted_at      timestamptz not null  -- when its rows were written
);

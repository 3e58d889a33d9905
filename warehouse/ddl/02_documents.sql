-- One row per distinct article. Every offset in every other table indexes documents.text.
create table if not exists documents (
    doc_id        varchar not null,  -- 'd_' + hash of the whitespace-normalised text
    uri           varchar not null,  -- input path the text came from
    url           varchar,           -- the page's own URL or canonical link, where it gives one
    title         varchar,
    author        varchar,
    published_at  timestamptz,       -- from page metadata; UTC where the page gave no zone
    site_name     varchar,
    language      varchar not null,  -- ISO 639-1 code (only 'en' is processed today)
    source_format varchar,           -- html | text | jsonl | warc
    encoding      varchar,           -- encoding the bytes were decoded with
    text          varchar not null,  -- the extracted, normalised article text
    content_hash  varchar not null,  -- sha256 of the whitespace-normalised text
    word_count    integer,
    ingested_at   timestamptz not null
);

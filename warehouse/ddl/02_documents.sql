-- One row per distinct article. Every offset in every other table indexes documents.text.
create table if not exists documents (
    doc_id        varchar not null,  -- 'd_' + hash of the whitespace-normalised text
    uri           varchar not null,  -- input path the text came from
    url           varchar,           -- the page's own URL or canonical link, where it gives one
    title         varchar,           -- the page's title; a text file's first line
    author        varchar,           -- byline from the page metadata
    published_at  timestamptz,       -- from page metadata; UTC where the page gave no zone
    site_name     varchar,           -- the publication's name, or the page's host
    language      varchar not null,  -- ISO 639-1 code (only 'en' is processed today)
    source_format varchar,           -- how the input was read: html | text | jsonl | warc
    encoding      varchar,           -- encoding the bytes were decoded with
    text          varchar not null,  -- the extracted, normalised article text
    content_hash  varchar not null,  -- sha256 of the whitespace-normalised text
    word_count    integer,           -- whitespace-separated words of text
    ingested_at   timestamptz not null  -- when the document was stored
);

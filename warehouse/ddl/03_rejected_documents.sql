-- Every input that did not become a document, with a machine-readable reason.
create table if not exists rejected_documents (
    uri               varchar not null,  -- input path (record inputs: path#record)
    reason            varchar not null,  -- empty | binary | undecodable | too_large | too_long | too_short | no_article_text
                                         -- | not_english | duplicate | unsupported_type | unreadable
    detail            varchar,           -- human-readable explanation
    duplicate_of      varchar,           -- kept doc_id, for reason = 'duplicate'
    detected_language varchar,           -- for reason = 'not_english'
    seen_at           timestamptz not null  -- when a run rejected it
);

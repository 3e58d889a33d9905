-- Sentences of each document; never blank, never across a paragraph break.
create table if not exists sentences (
    sentence_id     varchar not null,
    doc_id          varchar not null,
    sentence_index  integer not null,   -- 0-based order within the document
    paragraph_index integer not null,   -- 0-based paragraph (blank-line separated) within the document
    start_char      integer not null,   -- documents.text[start_char:end_char] = text
    end_char        integer not null,
    text            varchar not null,
    kind            varchar not null    -- body | headline | dateline | caption | furniture; claims, events and quantities come from body sentences only
);

-- Sentences of each document; never blank, never across a paragraph break.
create table if not exists sentences (
    sentence_id     varchar not null,   -- hash of doc_id and offsets
    doc_id          varchar not null,   -- documents.doc_id
    sentence_index  integer not null,   -- 0-based order within the document
    paragraph_index integer not null,   -- 0-based paragraph (blank-line separated) within the document
    start_char      integer not null,   -- documents.text[start_char:end_char] = text
    end_char        integer not null,   -- end-exclusive offset into documents.text
    text            varchar not null,   -- the sentence as written
    kind            varchar not null    -- what the sentence is; claims, events and quantities come from body sentences only: body | headline | dateline | caption | furniture
);

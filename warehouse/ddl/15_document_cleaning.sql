-- What the cleaning changed in each document: one row per document and rule (rules and their
-- reasons: pipeline/ingest/cleaning_rules.json). Query e.g. the characters each rule removed.
create table if not exists document_cleaning (
    doc_id  varchar not null,    -- the cleaned document
    rule    varchar not null,    -- a rule's name in pipeline/ingest/cleaning_rules.json (e.g. navigation, share_bar, site_boilerplate)
    action  varchar not null,    -- removed | restored
    items   integer not null,    -- elements or paragraphs the rule removed (or restored)
    chars   integer not null,    -- characters of text they held
    texts   varchar[] not null   -- their texts (the first 5, 300 characters each; every site_boilerplate paragraph)
);

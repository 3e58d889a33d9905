-- Who claimed what: attributed statements, direct quotes, and narrator statements with numbers or events.
create table if not exists claims (
    claim_id       varchar not null,
    doc_id         varchar not null,
    sentence_id    varchar not null,    -- sentence where the content starts
    source_id      varchar,             -- sources.source_id; null for narrator and unattributed claims
    source_mention varchar,             -- the source as written here ("she", "Kallas", "officials")
    source_start   integer,
    source_end     integer,
    cue            varchar,             -- the attribution cue as written ("said", "according to", "reportedly")
    cue_lemma      varchar,             -- its lemma ("say")
    cue_start      integer,
    cue_end        integer,
    content        varchar not null,    -- documents.text[content_start:content_end]
    content_start  integer not null,
    content_end    integer not null,
    content_spans  integer[][],         -- the content's pieces [[start, end], ...] (split quotes have two)
    claim_type     varchar not null,    -- direct_quote | indirect | narrator
    certainty      varchar not null,    -- confirmed | asserted | reported | claimed | unverified | denied
    cue_class      varchar              -- speech | written | belief | intention | evaluation | evidential | act; null for narrator claims
);

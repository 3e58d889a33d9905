-- Who claimed what: attributed statements, direct quotes, and narrator statements with numbers or events.
create table if not exists claims (
    claim_id       varchar not null,    -- hash of doc_id and offsets
    doc_id         varchar not null,    -- documents.doc_id
    sentence_id    varchar not null,    -- sentence where the content starts
    source_id      varchar,             -- sources.source_id; null for narrator and unattributed claims
    source_mention varchar,             -- the source as written here ("she", "Kallas", "officials")
    source_start   integer,             -- documents.text[source_start:source_end] = source_mention
    source_end     integer,             -- end-exclusive offset of the source mention
    cue            varchar,             -- the attribution cue as written ("said", "according to", "reportedly")
    cue_lemma      varchar,             -- its lemma ("say")
    cue_start      integer,             -- documents.text[cue_start:cue_end] = cue
    cue_end        integer,             -- end-exclusive offset of the cue
    content        varchar not null,    -- documents.text[content_start:content_end]
    content_start  integer not null,    -- offset where the content starts
    content_end    integer not null,    -- end-exclusive offset where the content ends
    content_spans  integer[][],         -- the content's pieces [[start, end], ...] (split quotes have two)
    claim_type     varchar not null,    -- direct_quote | indirect | narrator
    certainty      varchar not null,    -- confirmed | asserted | reported | claimed | unverified | denied
    cue_class      varchar              -- what kind of claim, from the cue lexicon (null for narrator claims): speech | written | belief | intention | evaluation | evidential | act
);

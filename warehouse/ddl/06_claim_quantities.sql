-- Numbers stated in claims: "more than 650 drones" -> 650, 'more than', 'drones'.
create table if not exists claim_quantities (
    quantity_id varchar not null,      -- hash of doc_id and offsets
    claim_id    varchar not null,      -- claims.claim_id
    doc_id      varchar not null,      -- documents.doc_id
    value       double not null,       -- the number
    qualifier   varchar,           -- more than | at least | up to | nearly | about | ... (null: exact)
    unit        varchar,           -- the counted noun, with what happened to it ("people injured")
    text        varchar not null,  -- documents.text[start_char:end_char]
    start_char  integer not null,  -- offset where the quantity starts
    end_char    integer not null   -- end-exclusive offset
);

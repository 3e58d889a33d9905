-- Numbers stated about events: drones launched, people killed, ...
create table if not exists event_quantities (
    quantity_id varchar not null,  -- hash of doc_id and offsets
    event_id    varchar not null,  -- events.event_id
    doc_id      varchar not null,  -- documents.doc_id
    value       double not null,   -- the number
    qualifier   varchar,           -- more than | at least | up to | nearly | about | ... (null: exact)
    unit        varchar,           -- the counted noun, with what happened to it ("drones launched")
    text        varchar not null,  -- documents.text[start_char:end_char]
    start_char  integer not null,  -- offset where the quantity starts
    end_char    integer not null   -- end-exclusive offset
);

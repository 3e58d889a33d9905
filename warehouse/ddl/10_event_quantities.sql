-- Numbers stated about events: drones launched, people killed, ...
create table if not exists event_quantities (
    quantity_id varchar not null,
    event_id    varchar not null,
    doc_id      varchar not null,
    value       double not null,
    qualifier   varchar,
    unit        varchar,
    text        varchar not null,
    start_char  integer not null,
    end_char    integer not null
);

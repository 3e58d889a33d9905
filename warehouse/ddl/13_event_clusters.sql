-- Events from different documents that report the same real-world event share a cluster (views event_corroboration, conflicting_figures).
create table if not exists event_clusters (
    event_id         varchar not null,  -- events.event_id
    event_cluster_id varchar not null   -- same type, compatible actors and place, dates within 3 days
);

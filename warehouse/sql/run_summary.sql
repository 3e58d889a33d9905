-- What the database holds at the end of a run: inputs, documents, rejections by reason, claims,
-- sources, events (assets/summary.py; the CLI's closing table and the Dagster run tags).
select item, n from (
    select 1 as position, 'inputs' as item, count(*) as n from input_files
    union all select 2, 'documents', count(*) from documents
    union all select 3, 'rejected: ' || reason, count(*) from rejected_documents group by reason
    union all select 4, 'claims', count(*) from claims
    union all select 5, 'sources', count(*) from sources
    union all select 6, 'events', count(*) from events
    union all select 7, 'event clusters', count(distinct event_cluster_id) from event_clusters
)
order by position, item

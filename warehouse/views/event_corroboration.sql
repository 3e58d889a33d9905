-- Per event cluster: how many documents report it and how many distinct sources claim it.
-- Asserted events only: a denied, intended, threatened, requested or hypothetical event did not happen.
create or replace view event_corroboration as
with members as (
    select ec.event_cluster_id, e.*
    from event_clusters ec join events e using (event_id)
    where e.modality = 'asserted'
),
claimed_by as (
    select m.event_cluster_id, c.source_id
    from members m
    join event_claims using (event_id)
    join claims c using (claim_id)
    where c.source_id is not null
),
final as (
    select
        m.event_cluster_id,
        any_value(m.event_type) as event_type,
        min(m.event_date) as first_date,
        max(m.event_date) as last_date,
        list(distinct coalesce(m.location_name, m.location)) filter (where coalesce(m.location_name, m.location) is not null) as places,
        count(*) as mentions,
        count(distinct m.doc_id) as documents,
        (select count(distinct source_id) from claimed_by cb where cb.event_cluster_id = m.event_cluster_id) as sources
    from members m
    group by m.event_cluster_id
)
select * from final;

-- Event clusters where the stated numbers for one unit differ: who says how many.
create or replace view conflicting_figures as
with figures as (
    -- numbers stated in the event's own clause
    select ec.event_cluster_id, q.unit, q.value, q.qualifier, q.text, e.doc_id, q.start_char, null as source_id
    from event_quantities q
    join events e using (event_id)
    join event_clusters ec using (event_id)
    union all
    -- numbers stated in claims about the event
    select ec.event_cluster_id, q.unit, q.value, q.qualifier, q.text, c.doc_id, q.start_char, c.source_id
    from event_claims x
    join event_clusters ec using (event_id)
    join claims c using (claim_id)
    join claim_quantities q on q.claim_id = c.claim_id
),
stated as (
    -- one row per number in the text: the claim's (with its source) where both see it
    select * from figures
    qualify row_number() over (
        partition by event_cluster_id, unit, doc_id, start_char order by source_id nulls last
    ) = 1
),
conflicts as (
    select event_cluster_id, unit
    from stated
    where unit is not null
    group by all
    having count(distinct value) > 1
),
final as (
    select f.event_cluster_id, f.unit, f.value, f.qualifier, f.text, s.name as source, f.doc_id
    from stated f
    join conflicts using (event_cluster_id, unit)
    left join sources s using (source_id)
)
select * from final order by event_cluster_id, unit, value;

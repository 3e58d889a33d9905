-- Ids that appear more than once in any table that owns them.
with ids as (
    select 'documents' as tbl, doc_id as id from documents
    union all select 'sentences', sentence_id from sentences
    union all select 'claims', claim_id from claims
    union all select 'claim_quantities', quantity_id from claim_quantities
    union all select 'source_mentions', mention_id from source_mentions
    union all select 'events', event_id from events
    union all select 'event_quantities', quantity_id from event_quantities
    union all select 'sources', source_id from sources
)
select id, tbl || ' has ' || count(*) || ' rows with this id' as problem
from ids
where tbl in (select unnest($tables))
group by tbl, id
having count(*) > 1

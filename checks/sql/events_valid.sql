-- Events: references exist, trigger offsets give the trigger, type, modality and precision in
-- their sets, and plover_type is the type (null only for STATEMENT, which PLOVER has no type for).
select e.event_id as id, 'trigger offsets do not give the trigger' as problem
from events e join documents d using (doc_id)
where substring(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger
union all
select event_id, 'sentence does not exist in the document'
from events where (sentence_id, doc_id) not in (select (sentence_id, doc_id) from sentences)
union all
select event_id, 'event_type ' || event_type || ' not in the ontology'
from events where event_type not in (select unnest($event_types))
union all
select event_id, 'date_precision ' || date_precision || ' not allowed'
from events where date_precision not in (select unnest($date_precisions))
union all
select event_id, 'modality ' || modality || ' not allowed'
from events where modality not in (select unnest($modalities))
union all
select event_id, 'plover_type ' || coalesce(plover_type, 'null') || ' does not match event_type ' || event_type
from events where plover_type is distinct from (case when event_type = 'STATEMENT' then null else event_type end)
union all
select event_id || '/' || claim_id, 'event_claims row without its event or claim'
from event_claims
where event_id not in (select event_id from events) or claim_id not in (select claim_id from claims)

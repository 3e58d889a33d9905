-- Quantities of claims and events: owner exists and offsets give the stored text.
select q.quantity_id as id, 'claim quantity offsets do not give its text' as problem
from claim_quantities q join documents d using (doc_id)
where substring(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text
union all
select quantity_id, 'claim does not exist'
from claim_quantities where claim_id not in (select claim_id from claims)
union all
select q.quantity_id, 'event quantity offsets do not give its text'
from event_quantities q join documents d using (doc_id)
where substring(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text
union all
select quantity_id, 'event does not exist'
from event_quantities where event_id not in (select event_id from events)

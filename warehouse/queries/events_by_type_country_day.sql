-- Events that happened (asserted) per PLOVER type, country and day: the event-data count
-- analysts compare with GDELT or ICEWS. Country is the event's place; undated events are left out.
select e.event_date as day, e.plover_type, coalesce(e.country, 'unknown') as country,
       count(*) as events, count(distinct e.doc_id) as documents,
       list(distinct e.cameo_code order by e.cameo_code) as cameo_codes
from events e
where e.modality = 'asserted' and e.plover_type is not null and e.event_date is not null
group by all
order by day, events desc, e.plover_type;

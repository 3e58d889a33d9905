-- Events that happened (asserted), in date order, with who did what to whom, where.
select e.event_date, e.date_precision, e.event_type, e.cameo_code, e.mode, e.trigger,
       e.actors, e.actor_codes, e.targets, coalesce(e.location_name, e.location) as place,
       e.country, d.title
from events e
join documents d using (doc_id)
where e.modality = 'asserted'
order by e.event_date nulls last, e.event_type;

-- Which sources claim which events: the event's trigger lies in the claim's content.
select e.event_type, e.modality, e.trigger, s.name as claimed_by, c.certainty, c.content
from event_claims ec
join events e using (event_id)
join claims c using (claim_id)
left join sources s using (source_id)
order by e.event_type, claimed_by;

-- Which sources claim which events: the event's trigger lies in the claim's content. Statements
-- only (cue_class speech, written or belief); widen the cue_class filter for the other classes.
-- A reported event keeps its modality (a denied or threatened event did not happen as stated).
select e.event_type, e.modality, e.trigger, s.name as claimed_by, c.cue_class, c.certainty, c.content
from event_claims ec
join events e using (event_id)
join claims c using (claim_id)
left join sources s using (source_id)
where c.cue_class in ('speech', 'written', 'belief')
order by e.event_type, claimed_by;

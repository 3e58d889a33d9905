-- The numbers each source states (narrator numbers have no source). Statements only: narrator
-- claims and attributed claims of cue_class speech, written or belief; widen the filter for the rest.
select coalesce(s.name, '(narrator)') as source, q.value, q.qualifier, q.unit, q.text, c.cue_class, c.certainty
from claim_quantities q
join claims c using (claim_id)
left join sources s using (source_id)
where c.claim_type = 'narrator' or c.cue_class in ('speech', 'written', 'belief')
order by source, q.unit, q.value;

-- The numbers each source states (narrator numbers have no source).
select coalesce(s.name, '(narrator)') as source, q.value, q.qualifier, q.unit, q.text, c.certainty
from claim_quantities q
join claims c using (claim_id)
left join sources s using (source_id)
order by source, q.unit, q.value;

-- Who claimed what: attributed statements (cue_class speech, written or belief) with their source,
-- cue and certainty. Intentions, evaluations, evidentials and acts are left out by default: drop or
-- widen the cue_class filter to see them (README, "claims").
select s.name as source, s.kind, c.cue_lemma as cue, c.cue_class, c.certainty, c.claim_type, c.content
from claims c
join sources s using (source_id)
where c.cue_class in ('speech', 'written', 'belief')
order by s.name, c.doc_id, c.content_start;

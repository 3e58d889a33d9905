-- Who claimed what: every attributed claim with its source, cue and certainty.
select s.name as source, s.kind, c.cue_lemma as cue, c.certainty, c.claim_type, c.content
from claims c
join sources s using (source_id)
order by s.name, c.doc_id, c.content_start;

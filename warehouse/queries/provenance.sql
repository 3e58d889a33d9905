-- Provenance: each claim's span cut from its article, to check it against the stored text.
-- Statements only, like the other bundled queries: narrator claims and cue_class speech, written
-- or belief; drop the filter to check every claim.
select c.claim_id, d.uri, c.content_start, c.content_end,
       substring(d.text, c.content_start + 1, c.content_end - c.content_start) = c.content as exact,
       c.cue_class, c.content
from claims c
join documents d using (doc_id)
where c.claim_type = 'narrator' or c.cue_class in ('speech', 'written', 'belief')
limit 20;

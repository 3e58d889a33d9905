-- Provenance: each claim's span cut from its article, to check it against the stored text.
select c.claim_id, d.uri, c.content_start, c.content_end,
       substring(d.text, c.content_start + 1, c.content_end - c.content_start) = c.content as exact,
       c.content
from claims c
join documents d using (doc_id)
limit 20;

-- Source mentions: offsets give the mention, the claim exists, kinds in their set.
select m.mention_id as id, 'offsets do not give the mention' as problem
from source_mentions m join documents d using (doc_id)
where substring(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.mention
union all
select mention_id, 'claim does not exist'
from source_mentions where claim_id not in (select claim_id from claims)
union all
select mention_id, 'kind ' || kind || ' not allowed'
from source_mentions where kind not in (select unnest($source_kinds))

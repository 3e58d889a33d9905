-- Claims: references exist, every span's offsets give its stored text, enums in their sets,
-- a cue_class on every attributed claim and none on narrator claims. An indirect claim names its
-- speaker (a source, or an unresolved mention such as "he" kept in source_mention) or its cue; a
-- direct quote is attributed by its quote marks, even when the text does not say who spoke (a
-- cue-less continuation of a quote whose speaker the parse missed).
with c as (select c.*, d.text as doc_text from claims c left join documents d using (doc_id))
select claim_id as id, 'document does not exist' as problem from c where doc_text is null
union all
select claim_id, 'sentence does not exist in the document'
from claims where (sentence_id, doc_id) not in (select (sentence_id, doc_id) from sentences)
union all
select claim_id, 'content offsets do not give the content'
from c where substring(doc_text, content_start + 1, content_end - content_start) <> content
union all
select claim_id, 'cue offsets do not give the cue'
from c where cue is not null and substring(doc_text, cue_start + 1, cue_end - cue_start) <> cue
union all
select claim_id, 'source offsets do not give the source mention'
from c where source_mention is not null
  and substring(doc_text, source_start + 1, source_end - source_start) <> source_mention
union all
select claim_id, 'content piece outside the content span'
from (select claim_id, content_start, content_end, unnest(content_spans) as piece from claims)
where piece[1] < content_start or piece[2] > content_end or piece[1] >= piece[2]
union all
select claim_id, 'claim_type ' || claim_type || ' not allowed'
from claims where claim_type not in (select unnest($claim_types))
union all
select claim_id, 'certainty ' || certainty || ' not allowed'
from claims where certainty not in (select unnest($certainties))
union all
select claim_id, 'cue_class ' || coalesce(cue_class, 'null') || ' not allowed for a ' || claim_type || ' claim'
from claims where (claim_type = 'narrator') <> (cue_class is null)
   or cue_class not in (select unnest($cue_classes))
union all
select claim_id, 'indirect claim without a source, a source mention or a cue'
from claims where claim_type = 'indirect' and source_id is null and source_mention is null and cue is null

-- Sentences: offsets give exactly their text, no blank or untrimmed sentence, document exists,
-- kind from the closed set.
select s.sentence_id as id, 'offsets do not give the sentence text' as problem
from sentences s join documents d using (doc_id)
where substring(d.text, s.start_char + 1, s.end_char - s.start_char) <> s.text
union all
select sentence_id, 'blank or untrimmed sentence'
from sentences where trim(text, E' \t\n\r' || chr(160)) = '' or text <> trim(text, E' \t\n\r')
union all
select sentence_id, 'document does not exist'
from sentences where doc_id not in (select doc_id from documents)
union all
select doc_id || ':' || sentence_index, 'sentence_index repeated in a document'
from sentences group by doc_id, sentence_index having count(*) > 1
union all
select sentence_id, 'kind ' || kind || ' not allowed'
from sentences where kind not in (select unnest($sentence_kinds))

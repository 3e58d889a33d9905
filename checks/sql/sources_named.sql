-- Sources: no row, and no mention, is named by pronouns alone ("its", "I", "who", "their own");
-- a word written in capitals is an acronym, not a pronoun ("US", "WHO").
select source_id as id, 'pronoun name ' || name as problem
from sources
where len(regexp_extract_all(lower(name), '[a-z]+')) > 0
  and list_has_all($pronouns || ['own'], regexp_extract_all(lower(name), '[a-z]+'))
  and len(list_filter(regexp_extract_all(name, '[A-Za-z]+'), lambda w: len(w) > 1 and upper(w) = w)) = 0
union all
select mention_id, 'pronoun mention name ' || name
from source_mentions
where len(regexp_extract_all(lower(name), '[a-z]+')) > 0
  and list_has_all($pronouns || ['own'], regexp_extract_all(lower(name), '[a-z]+'))
  and len(list_filter(regexp_extract_all(name, '[A-Za-z]+'), lambda w: len(w) > 1 and upper(w) = w)) = 0

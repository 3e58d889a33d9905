-- Sources: every claim's and mention's source exists, kinds in their set.
select claim_id as id, 'claim source ' || source_id || ' not in sources' as problem
from claims where source_id is not null and source_id not in (select source_id from sources)
union all
select mention_id, 'mention source ' || source_id || ' not in sources'
from source_mentions where source_id not in (select source_id from sources)
union all
select source_id, 'kind ' || kind || ' not allowed'
from sources where kind not in (select unnest($source_kinds))

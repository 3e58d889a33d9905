-- Rebuild sources from source_mentions. source_id is the merge key of pipeline/sources/merge.py:
-- a full name (a person's two or more capitalised words, a body's proper name or known alias)
-- with its kind class is shared by every document that gives it; a surname alone, a role noun, an
-- anonymous or group source keeps its document in the key and is never merged across documents.
-- Unresolved mentions (pronouns) have no source_mentions row, so no source. Here we pick each
-- source's most frequent name and kind and gather every surface form (pronouns are not aliases).
insert into sources by name
with mentions as (
    select * from source_mentions
),
names as (
    select source_id, name, count(*) as n
    from mentions group by all
),
best_name as (
    select source_id, first(name order by n desc, length(name) desc, name) as name
    from names group by source_id
),
kinds as (
    select source_id, kind, count(*) as n
    from mentions group by all
),
best_kind as (
    select source_id, first(kind order by n desc, kind) as kind
    from kinds group by source_id
),
forms as (
    select source_id, mention as form from mentions
    union select source_id, name from mentions
    union select source_id, unnest(aliases) from mentions
),
aliases as (
    select source_id, list(distinct form order by form) as aliases
    from forms
    where lower(form) not in ('he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their',
                              'me', 'my', 'our', 'your', 'who', 'which', 'that')
    group by source_id
),
counts as (
    select source_id, count(distinct claim_id) as claim_count, count(distinct doc_id) as document_count
    from mentions group by source_id
),
final as (
    select counts.source_id, best_name.name, best_kind.kind, coalesce(aliases.aliases, []) as aliases,
           counts.claim_count, counts.document_count
    from counts
    join best_name using (source_id)
    join best_kind using (source_id)
    left join aliases using (source_id)
)
select * from final

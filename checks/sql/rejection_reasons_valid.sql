-- Rejections carry a reason from the closed set; duplicates name a kept document.
select uri as id, 'unknown reason ' || reason as problem
from rejected_documents where reason not in (select unnest($reject_reasons))
union all
select uri, 'duplicate of a document that is not stored: ' || coalesce(duplicate_of, 'null')
from rejected_documents
where reason = 'duplicate' and (duplicate_of is null or duplicate_of not in (select doc_id from documents))

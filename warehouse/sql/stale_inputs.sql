-- Inputs whose stored outcome no longer holds, so ingestion reads them again: a duplicate whose
-- kept document is gone (the kept copy was edited), an input marked document whose document is
-- gone, or a second input pointing at a document another input holds (two runs stored the same
-- text at once: it is a duplicate).
select uri from rejected_documents
where reason = 'duplicate' and (duplicate_of is null or duplicate_of not in (select doc_id from documents))
union
select uri from input_files
where status = 'document' and (doc_id is null or doc_id not in (select doc_id from documents))
union
select i.uri from input_files i join documents d using (doc_id)
where i.status = 'document' and i.uri <> d.uri
order by 1

-- Every input seen is exactly one document or one rejection, and nothing is stored unaccounted.
select uri as id, 'input marked document has no documents row' as problem
from input_files where status = 'document' and doc_id not in (select doc_id from documents)
union all
select uri, 'input marked rejected has no rejected_documents row'
from input_files where status = 'rejected' and uri not in (select uri from rejected_documents)
union all
select doc_id, 'document has no input_files row'
from documents where doc_id not in (select doc_id from input_files where status = 'document')
union all
select uri, 'rejection has no input_files row'
from rejected_documents where uri not in (select uri from input_files where status = 'rejected')
union all
select uri, 'input is both a document and a rejection'
from input_files where uri in (select uri from rejected_documents) and status = 'document'

-- Inputs that did not become documents, by reason.
select reason, count(*) as inputs, any_value(uri) as example, any_value(detail) as example_detail
from rejected_documents
group by reason
order by inputs desc;

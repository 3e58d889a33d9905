-- Sources quoted in the most documents, with every name they appear under.
select name, kind, document_count, claim_count, aliases
from sources
order by document_count desc, claim_count desc
limit 25;

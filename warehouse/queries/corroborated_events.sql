-- Events reported by more than one document, with how many distinct sources claim them.
select event_type, first_date, places, documents, sources, mentions
from event_corroboration
where documents > 1
order by sources desc, documents desc;

-- Where sources disagree: different numbers for the same thing about the same event.
select event_cluster_id, unit, value, qualifier, coalesce(source, '(narrator)') as source, text
from conflicting_figures
order by event_cluster_id, unit, value;

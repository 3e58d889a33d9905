-- Which attributed claims describe which events (the event's trigger lies in the claim's content).
create table if not exists event_claims (
    event_id varchar not null,
    claim_id varchar not null,
    doc_id   varchar not null
);

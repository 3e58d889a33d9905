-- Which attributed claims describe which events (the event's trigger lies in the claim's content).
create table if not exists event_claims (
    event_id varchar not null,  -- events.event_id
    claim_id varchar not null,  -- claims.claim_id whose content contains the trigger
    doc_id   varchar not null   -- documents.doc_id
);

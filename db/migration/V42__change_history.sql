-- Curation (issue 11), history: every change to the corpus and every link decision, who made it, when and what.
-- Not tied to the rows it describes by foreign key: the record outlives a deleted document, and says what was there
-- (details: a JSON snapshot of the metadata and counts).
create table change_record (
    id             bigserial primary key,
    recorded_at    timestamptz not null default now(),
    actor          text        not null,
    action         text        not null,
    document_slug  text,
    article_number integer,
    summary        text        not null,
    details        jsonb       not null default '{}'::jsonb
);

create index change_record_document_idx on change_record (document_slug, recorded_at);
create index change_record_article_idx on change_record (article_number, recorded_at);

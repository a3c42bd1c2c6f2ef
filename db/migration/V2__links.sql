-- Links from treaty articles to the commentary passages that discuss them, and the references passages make to
-- other instruments. Both are derived: linking recomputes them whenever the treaty or a document is (re)loaded.

create table article_link (
    id               bigserial primary key,
    passage_id       bigint           not null references passage (id) on delete cascade,
    article_number   integer          not null check (article_number > 0),   -- may be an absent article (e.g. 47)
    paragraph_number integer check (paragraph_number > 0),                   -- null when the link is to the article
    kind             text             not null check (kind in ('citation', 'quotation', 'context', 'similarity')),
    score            double precision not null check (score >= 0 and score <= 1),
    evidence         text             not null                               -- matched words, quoted span or reference
);

create index article_link_article_idx on article_link (article_number);
create index article_link_passage_idx on article_link (passage_id);

-- "Article 51 of the UN Charter": shown beside the passage, never linked to the treaty.
create table passage_external_reference (
    id             bigserial primary key,
    passage_id     bigint  not null references passage (id) on delete cascade,
    position       integer not null check (position >= 0),
    reference      text    not null,
    unique (passage_id, position)
);

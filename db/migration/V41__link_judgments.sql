-- Curation (issue 11), link review: what a person decided about a link. Kept apart from article_link (which linking
-- replaces on every relink), so a decision survives every relink and rules-version change; it goes only with its
-- passage (a passage a new version of the text no longer has, or a deleted document).
create table link_judgment (
    id               bigserial primary key,
    passage_id       bigint      not null references passage (id) on delete cascade,
    article_number   integer     not null check (article_number > 0),
    paragraph_number integer check (paragraph_number > 0),
    verdict          text        not null check (verdict in ('accept', 'reject', 'add')),
    note             text,
    judged_by        text        not null,
    judged_at        timestamptz not null default now(),
    unique (passage_id, article_number)                  -- one standing decision per passage and article
);

create index link_judgment_article_idx on link_judgment (article_number);

-- The links readers see: the machine's, less those a person rejected, with those a person confirmed marked, plus the
-- ones a person added (kind 'editor') where the machine has none. Decisions win over the machine.
create view reviewed_article_link as
select l.passage_id, l.article_number, l.paragraph_number, l.kind, l.score, l.evidence,
       (j.verdict is not null) as confirmed
from article_link l
left join link_judgment j on j.passage_id = l.passage_id and j.article_number = l.article_number
where j.verdict is distinct from 'reject'
union all
select j.passage_id, j.article_number, j.paragraph_number, 'editor', 1.0::double precision,
       coalesce(j.note, 'added by an editor'), true
from link_judgment j
where j.verdict <> 'reject'
  and (j.verdict = 'add'
    or not exists (select 1 from article_link l where l.passage_id = j.passage_id and l.article_number = j.article_number));

-- The store of record: the treaty with all its articles (present or not), and the commentary documents
-- split into passages exactly as written. Links (V2) and anything derived (the Lucene index) hang off these.

create table treaty (
    id             bigserial primary key,
    slug           text        not null unique,
    title          text        not null,
    short_title    text,
    parties        text        not null,            -- JSON array of party names, in the order the text gives
    signed_on      date,
    place          text,
    language       text,
    articles_total integer     not null check (articles_total > 0),
    text_source    text,
    file_name      text        not null,
    sha256         char(64)    not null,
    imported_at    timestamptz not null default now()
);

create table article (
    id        bigserial primary key,
    treaty_id bigint  not null references treaty (id) on delete cascade,
    number    integer not null check (number > 0),
    present   boolean not null,                     -- false: the article exists but its text is not in the corpus
    note      text,                                 -- what the source says about gaps (e.g. only paragraph 1 known)
    unique (treaty_id, number)
);

create table article_paragraph (
    id         bigserial primary key,
    article_id bigint  not null references article (id) on delete cascade,
    number     integer not null check (number > 0),
    eid        text    not null,                    -- Akoma Ntoso style: art_3__para_2
    text       text    not null,
    unique (article_id, number),
    unique (article_id, eid)
);

create table source_document (
    id                  bigserial primary key,
    slug                text        not null unique,
    label               text        not null,
    title               text,
    subtitle            text,
    author              text,
    publisher           text,
    published           date,
    published_precision text check (published_precision in ('YEAR', 'MONTH', 'DAY')),
    kind                text,
    notes               text,
    file_name           text        not null,
    sha256              char(64)    not null,
    imported_at         timestamptz not null default now(),
    check ((published is null) = (published_precision is null))
);

create table passage (
    id           bigserial primary key,
    document_id  bigint  not null references source_document (id) on delete cascade,
    ordinal      integer not null check (ordinal > 0),
    kind         text    not null check (kind in ('HEADING', 'PARAGRAPH', 'BOILERPLATE')),
    text         text    not null,
    heading_id   bigint references passage (id) on delete set null,   -- the heading this passage sits under
    line_number  integer not null check (line_number > 0),             -- first line in the original file
    start_offset integer not null check (start_offset >= 0),           -- char span in the original (UTF-16 units)
    end_offset   integer not null,
    unique (document_id, ordinal),
    check (end_offset >= start_offset)
);

create index passage_heading_idx on passage (heading_id);

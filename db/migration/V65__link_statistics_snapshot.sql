-- The commentary's term counts that similarity weighs words by, as the last full relink counted them (the
-- snapshot, module linking). Linking one document later reads these instead of the whole corpus, so it finds what
-- a full relink finds, and other documents' links never move because of it. Written with the links of a full
-- relink, in the same transaction.
create table link_statistics (
    id                  integer     primary key check (id = 1),   -- one row
    rules_version       integer     not null,
    taken_at            timestamptz not null default now(),
    texts               integer     not null check (texts >= 0),        -- passages counted (boilerplate is not)
    doc_count           integer     not null check (doc_count >= 0),    -- of which with at least one term
    sum_total_term_freq bigint      not null check (sum_total_term_freq >= 0),
    sum_doc_freq        bigint      not null check (sum_doc_freq >= 0)
);

-- The documents the snapshot counted, with a hash of their counted text: a document counted as it is now is linked
-- with the snapshot alone; a new or changed one with its own counts added. No foreign key: a document deleted since
-- still counts in the snapshot, which is what the drift notice measures.
create table link_statistics_document (
    document_id bigint  primary key,
    passages    integer not null check (passages >= 0),
    text_hash   text    not null
);

-- Passages per stemmed word or word pair.
create table link_term_statistics (
    term     text    primary key,
    doc_freq integer not null check (doc_freq > 0)
);

-- Sentence-embedding vectors of commentary passages (module embedding). Derived data, kept so that neither a
-- restart nor a relink embeds the corpus again. A vector is 384 float32 values, little-endian, in a bytea: reading
-- one is a copy, not the boxing of a real[].

create table passage_embedding (
    passage_id bigint   primary key references passage (id) on delete cascade,
    model      text     not null,          -- SentenceEmbedder.MODEL_NAME: another model's vectors do not compare
    text_hash  char(64) not null,          -- sha-256 of the passage text embedded: a changed text is embedded again
    vector     bytea    not null           -- normalised mean of the sentence vectors
);

create table sentence_embedding (
    passage_id   bigint  not null references passage_embedding (passage_id) on delete cascade,
    sentence_no  integer not null check (sentence_no >= 0),
    start_offset integer not null check (start_offset >= 0),
    end_offset   integer not null check (end_offset >= start_offset),
    vector       bytea   not null,
    primary key (passage_id, sentence_no)
);

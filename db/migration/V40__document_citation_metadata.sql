-- Curation (issue 11), documents: what a citation needs beyond today's fields, whether an editor hid the document
-- from readers, and which version of its text is stored. Existing rows keep working: the new fields are unknown
-- (null), every document is shown and at its first version.
alter table source_document
    add column original_url text,                       -- where the document was published, as given; never guessed
    add column language     text,                       -- BCP 47 tag as given ("en", "ru"), or null
    add column accessed     date,                       -- when the original URL was last read
    add column hidden       boolean not null default false,
    add column version      integer not null default 1 check (version > 0);

-- A new version of a document's text keeps the rows (ids) of unchanged passages and renumbers them; checked at commit
-- so that ordinals can swap inside one transaction.
alter table passage drop constraint passage_document_id_ordinal_key;
alter table passage add constraint passage_document_id_ordinal_key unique (document_id, ordinal)
    deferrable initially deferred;

-- A link decision changes which articles a passage discusses, so the search index's article facet of that one
-- document is rewritten by a job of its own (REINDEX_DOCUMENT: index only, the links stand), not by a full reindex.
-- The action checks of V20 were created unnamed; they are found by what they say and replaced.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'corpus_job'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%LINK_DOCUMENT%'
    loop
        execute format('alter table corpus_job drop constraint %I', c.conname);
    end loop;
end
$$;

alter table corpus_job add constraint corpus_job_action_check
    check (action in ('LINK_DOCUMENT', 'UNLINK_DOCUMENT', 'REINDEX_DOCUMENT', 'RELINK_ALL', 'REINDEX_ALL'));
alter table corpus_job add constraint corpus_job_document_check
    check ((action in ('LINK_DOCUMENT', 'UNLINK_DOCUMENT', 'REINDEX_DOCUMENT')) = (document_slug is not null));

-- The write path's queue: an import stores its document and a job row in one transaction and answers; one
-- serialized worker then links and indexes the document, each step in a short transaction of its own. A crash
-- leaves the row unfinished, and the worker resumes it at the next start.
create table corpus_job (
    id              bigserial primary key,
    action          text        not null check (action in ('LINK_DOCUMENT', 'UNLINK_DOCUMENT', 'RELINK_ALL',
                                                           'REINDEX_ALL')),
    document_slug   text,                                  -- the document of a per-document action
    state           text        not null default 'PENDING'
                                check (state in ('PENDING', 'LINKED', 'SEARCHABLE', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    error           text,                                  -- the last failure, kept after a later success too
    reason          text,                                  -- why the job was asked for (an import, a rules change)
    created_at      timestamptz not null default now(),
    linked_at       timestamptz,
    finished_at     timestamptz,
    next_attempt_at timestamptz not null default now(),    -- a failed attempt waits before the next one
    check ((action in ('LINK_DOCUMENT', 'UNLINK_DOCUMENT')) = (document_slug is not null))
);

-- the worker's question, "the oldest unfinished job", and the editor's, "the latest job of this document"
create index corpus_job_unfinished_idx on corpus_job (id) where state in ('PENDING', 'LINKED');
create index corpus_job_document_idx on corpus_job (document_slug, id);

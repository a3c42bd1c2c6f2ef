-- Where a treaty or document came from. The start-up loader keeps what it loaded from the bundled corpus in step
-- with the bundle, and must leave alone what a user imported (a full treaty text, an added commentary).
alter table treaty add column bundled boolean not null default true;
alter table source_document add column bundled boolean not null default true;

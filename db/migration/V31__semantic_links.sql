-- A link by meaning (LinkKind.SEMANTIC): a sentence of the passage whose embedding is close to one paragraph of the
-- article. Its evidence is the sentence, the paragraph it matches and the cosine; the score is the cosine.
alter table article_link drop constraint article_link_kind_check;
alter table article_link add constraint article_link_kind_check
    check (kind in ('citation', 'quotation', 'context', 'similarity', 'semantic'));

package org.treatylens.search;

/**
 * The index schema in one place: the name of every field and what it holds. Documents are
 * written by {@link PassageDocuments}; the version below is stored in each commit so that
 * an index built for another schema is rebuilt instead of served.
 */
final class IndexFields {

	/**
	 * Bump whenever a field, its analysis or its meaning changes.
	 */
	static final String SCHEMA_VERSION = "7";

	/** Commit user-data key holding {@link #SCHEMA_VERSION}. */
	static final String SCHEMA_VERSION_KEY = "treatylens.search.schema";

	/**
	 * Commit user-data key holding the corpus generation the index holds: the id of the
	 * last corpus job whose work it contains.
	 */
	static final String GENERATION_KEY = "treatylens.corpus.generation";

	/** Unique key: {@code passage-<id>} or the treaty paragraph's eid. */
	static final String ID = "id";

	/** {@code commentary} or {@code treaty}. */
	static final String TYPE = "type";

	/** Source slug (the treaty's slug for treaty paragraphs); filter and facet. */
	static final String SOURCE = "source";

	/** Display label of the source (stored only). */
	static final String SOURCE_LABEL = "source_label";

	/** Publication day as epoch day (doc values, for sorting); absent when unknown. */
	static final String DATE = "date";

	/**
	 * The date in ISO form as precise as it is known ({@code 2025-02}), stored only;
	 * pages show it for people with {@code PublicationDate.display()}.
	 */
	static final String PUBLISHED = "published";

	/** {@code PARAGRAPH} or {@code HEADING}. */
	static final String KIND = "kind";

	/** Numbers of the articles discussed (multi-valued); filter and facet. */
	static final String ARTICLES = "articles";

	/** The text, English analysis (stemmed), stored with offsets for highlighting. */
	static final String TEXT = "text";

	/**
	 * The heading a commentary paragraph stands under, English analysis, stored: its
	 * words find the paragraph (with a lower weight), since headings are not hits of
	 * their own.
	 */
	static final String HEADING = "heading";

	/**
	 * The same text, only lower-cased and folded: phrases, prefixes and spelling
	 * suggestions.
	 */
	static final String EXACT = "exact";

	/**
	 * The text's meaning: its unit vector from the sentence model (HNSW graph, dot
	 * product, which for unit vectors is their cosine), for hybrid search and "more like
	 * this". Absent when the index has no model.
	 */
	static final String VECTOR = "vector";

	/**
	 * Reading order across the corpus (documents in import order, passages in order, then
	 * the treaty): the tie-breaker when scores are equal, as for a filter-only search. A
	 * passage's id, which grows in that order, so that one document can be indexed alone.
	 */
	static final String READING_ORDER = "reading_order";

	/** Commentary passage id (stored only). */
	static final String PASSAGE_ID = "passage_id";

	/**
	 * Commentary slug (indexed and stored; absent for treaty paragraphs): the term that
	 * replaces or deletes one document's passages.
	 */
	static final String DOCUMENT = "document";

	/** Position of a commentary passage in its document (stored only). */
	static final String ORDINAL = "ordinal";

	/** A treaty paragraph's own article and paragraph number (stored only). */
	static final String ARTICLE = "article";

	static final String PARAGRAPH = "paragraph";

	static final String TYPE_COMMENTARY = "commentary";

	static final String TYPE_TREATY = "treaty";

	private IndexFields() {
	}

}

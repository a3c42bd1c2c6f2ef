package org.treatylens.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * The one mapping between {@link SearchablePassage} and a Lucene {@link Document}, both
 * ways.
 */
final class PassageDocuments {

	/** Analysed, stored, with offsets in the postings for the highlighter. */
	private static final FieldType TEXT_TYPE = textType(true);

	/** Analysed with offsets (the highlighter borrows its matches), not stored. */
	private static final FieldType EXACT_TYPE = textType(false);

	private PassageDocuments() {
	}

	private static FieldType textType(boolean stored) {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(stored);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * Treaty paragraphs come after every commentary passage in reading order.
	 */
	private static final long TREATY_READING_ORDER = 1L << 50;

	/**
	 * @param vector the text's meaning as a unit vector, or null (an index without a
	 * model)
	 */
	static Document toDocument(SearchablePassage passage, float[] vector) {
		Document doc = new Document();
		if (vector != null) {
			// unit vectors: their dot product is their cosine, without the two norms
			// cosine similarity computes for every vector a search visits
			float[] unit = VectorUtil.l2normalize(vector.clone(), false);
			doc.add(new KnnFloatVectorField(IndexFields.VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
		}
		doc.add(new NumericDocValuesField(IndexFields.READING_ORDER, readingOrder(passage)));
		doc.add(new StringField(IndexFields.ID, passage.id(), Field.Store.YES));
		doc.add(new StringField(IndexFields.TYPE, passage.type(), Field.Store.YES));
		doc.add(new StringField(IndexFields.SOURCE, passage.source(), Field.Store.YES));
		doc.add(new SortedDocValuesField(IndexFields.SOURCE, new BytesRef(passage.source())));
		storeIfPresent(doc, IndexFields.SOURCE_LABEL, passage.sourceLabel());
		if (passage.sourceLabel() != null) {
			// source facets read the label shown here, not from a stored document (every
			// document with the stored field has the doc values too: Lucene wants one
			// schema)
			doc.add(new SortedDocValuesField(IndexFields.SOURCE_LABEL,
					new BytesRef(passage.isTreaty() ? "Treaty" : passage.sourceLabel())));
		}
		if (passage.date() != null) {
			doc.add(new NumericDocValuesField(IndexFields.DATE, passage.date().toEpochDay()));
			doc.add(new StoredField(IndexFields.DATE, passage.date().toEpochDay()));
		}
		storeIfPresent(doc, IndexFields.PUBLISHED, passage.published());
		doc.add(new StringField(IndexFields.KIND, passage.kind(), Field.Store.YES));
		for (int article : passage.articles()) {
			String value = Integer.toString(article);
			doc.add(new StringField(IndexFields.ARTICLES, value, Field.Store.YES));
			doc.add(new SortedSetDocValuesField(IndexFields.ARTICLES, new BytesRef(value)));
		}
		doc.add(new Field(IndexFields.TEXT, passage.text(), TEXT_TYPE));
		doc.add(new Field(IndexFields.EXACT, passage.text(), EXACT_TYPE));
		if (passage.heading() != null) {
			doc.add(new TextField(IndexFields.HEADING, passage.heading(), Field.Store.YES));
		}
		if (passage.passageId() != null) {
			doc.add(new StoredField(IndexFields.PASSAGE_ID, passage.passageId()));
		}
		if (passage.document() != null) {
			doc.add(new StringField(IndexFields.DOCUMENT, passage.document(), Field.Store.YES));
		}
		storeIfPresent(doc, IndexFields.ORDINAL, passage.ordinal());
		storeIfPresent(doc, IndexFields.ARTICLE, passage.article());
		storeIfPresent(doc, IndexFields.PARAGRAPH, passage.paragraph());
		return doc;
	}

	/**
	 * Commentary in the order it was stored (passage ids grow with documents and their
	 * passages), then the treaty by article and paragraph.
	 */
	private static long readingOrder(SearchablePassage passage) {
		if (passage.passageId() != null) {
			return passage.passageId();
		}
		return TREATY_READING_ORDER + Objects.requireNonNullElse(passage.article(), 0) * 10_000L
				+ Objects.requireNonNullElse(passage.paragraph(), 0);
	}

	static SearchablePassage fromDocument(Document doc) {
		List<Integer> articles = new ArrayList<>();
		for (String value : doc.getValues(IndexFields.ARTICLES)) {
			articles.add(Integer.valueOf(value));
		}
		articles.sort(null);
		IndexableField date = doc.getField(IndexFields.DATE);
		IndexableField passageId = doc.getField(IndexFields.PASSAGE_ID);
		return new SearchablePassage(doc.get(IndexFields.ID), doc.get(IndexFields.TYPE), doc.get(IndexFields.SOURCE),
				doc.get(IndexFields.SOURCE_LABEL),
				(date != null) ? LocalDate.ofEpochDay(date.numericValue().longValue()) : null,
				doc.get(IndexFields.PUBLISHED), doc.get(IndexFields.KIND), articles, doc.get(IndexFields.TEXT),
				doc.get(IndexFields.HEADING), (passageId != null) ? passageId.numericValue().longValue() : null,
				doc.get(IndexFields.DOCUMENT), intOrNull(doc, IndexFields.ORDINAL), intOrNull(doc, IndexFields.ARTICLE),
				intOrNull(doc, IndexFields.PARAGRAPH));
	}

	private static void storeIfPresent(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

	private static void storeIfPresent(Document doc, String field, Integer value) {
		if (value != null) {
			doc.add(new StoredField(field, value));
		}
	}

	private static Integer intOrNull(Document doc, String field) {
		IndexableField value = doc.getField(field);
		return (value != null) ? value.numericValue().intValue() : null;
	}

}

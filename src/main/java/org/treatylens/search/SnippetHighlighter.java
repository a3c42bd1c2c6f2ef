package org.treatylens.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Passage-level snippets: the sentences of a hit where the query matches (about 220
 * characters each, at most two), with the matches marked by {@link SnippetFormatter}.
 */
final class SnippetHighlighter {

	private static final int PASSAGES = 2;

	private static final int TARGET_LENGTH = 220;

	/** Built once: analyzers are thread-safe and reuse their token streams per thread. */
	private static final Analyzer ANALYZER = SearchAnalyzers.perField();

	private SnippetHighlighter() {
	}

	/** One snippet per hit, in the order of the hits; null where the text is missing. */
	static String[] highlight(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
		return highlight(searcher, query, hits, null);
	}

	/**
	 * One snippet per hit, in the order of the hits, from the hits' texts as already read
	 * (by doc id): the stored documents are not read a second time.
	 */
	static String[] highlight(IndexSearcher searcher, Query query, TopDocs hits, Map<Integer, String> texts)
			throws IOException {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, ANALYZER)
			.withFormatter(new SnippetFormatter())
			// phrases and prefixes match on the exact field; its offsets fit the stored
			// text
			.withMaskedFieldsFunc((field) -> IndexFields.TEXT.equals(field) ? Set.of(IndexFields.EXACT) : Set.of())
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ENGLISH), TARGET_LENGTH, 0.5f))
			// a hit without a match in its text (a filter-only search) shows its opening
			.withMaxNoHighlightPassages(1);
		UnifiedHighlighter highlighter = (texts == null) ? builder.build() : new UnifiedHighlighter(builder) {

			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int limit)
					throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					CharSequence[] row = new CharSequence[fields.length];
					for (int i = 0; i < fields.length; i++) {
						row[i] = IndexFields.TEXT.equals(fields[i]) ? texts.get(doc) : null;
					}
					values.add(row);
				}
				return values;
			}

		};
		return highlighter.highlight(IndexFields.TEXT, query, hits, PASSAGES);
	}

}

package org.treatylens.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
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
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
			.withFormatter(new SnippetFormatter())
			// phrases and prefixes match on the exact field; its offsets fit the stored
			// text
			.withMaskedFieldsFunc((field) -> IndexFields.TEXT.equals(field) ? Set.of(IndexFields.EXACT) : Set.of())
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ENGLISH), TARGET_LENGTH, 0.5f))
			// a hit without a match in its text (a filter-only search) shows its opening
			.withMaxNoHighlightPassages(1)
			.build();
		return highlighter.highlight(IndexFields.TEXT, query, hits, PASSAGES);
	}

}

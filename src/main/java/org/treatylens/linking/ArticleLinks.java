package org.treatylens.linking;

import java.util.List;
import java.util.Map;

/**
 * The stored links, as the rest of the application reads them.
 */
public interface ArticleLinks {

	/**
	 * The passages that discuss an article, best first, one entry per passage.
	 */
	List<LinkedPassage> forArticle(int article);

	/**
	 * The passages of {@link #forArticle(int)} from {@code offset}, at most
	 * {@code limit}: the page is cut by the database.
	 */
	List<LinkedPassage> forArticle(int article, int offset, int limit);

	/**
	 * Per source (document) with passages on the article: how many, and how many are
	 * linked to paragraph {@code paragraph} (0 when it is null), in the sources' order.
	 */
	List<SourceCount> countsForArticle(int article, Integer paragraph);

	/**
	 * Each source's strongest passages on the article, in the order of
	 * {@link #forArticle(int)}: those linked to {@code paragraph} only when it is given;
	 * at most {@code limits.get(slug)} of a source named there, {@code otherwise} of any
	 * other.
	 */
	List<LinkedPassage> strongestPerSource(int article, Integer paragraph, Map<String, Integer> limits, int otherwise);

	/** A source's passages on an article: all, and those on the paragraph asked for. */
	record SourceCount(String document, int passages, int onParagraph) {
	}

	/**
	 * For every linked passage, the numbers of the articles it discusses, in ascending
	 * order.
	 */
	Map<Long, List<Integer>> articlesByPassage();

	/**
	 * For every article and source with at least one linked passage, how many and the
	 * strongest reason; read at once, so a grid of all articles does not ask article by
	 * article.
	 */
	List<SourceCoverage> coverage();

}

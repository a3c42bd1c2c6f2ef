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

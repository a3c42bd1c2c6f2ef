package org.treatylens.search;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's (and its test's) way to the search service the API calls, in process: a
 * search as {@code GET /api/search} runs it (top 10 of page 1, facets, snippets), without
 * the HTTP round trip.
 */
public final class SearchProbe {

	private final SearchService service;

	public SearchProbe(ApplicationContext context) {
		this.service = context.getBean(SearchService.class);
	}

	/** What came back: the total, the hits shown, and the mode that ran. */
	public record Outcome(int total, int hits, int sourceFacets, int articleFacets, String mode) {
	}

	/**
	 * @param wordsOnly true: lexical (BM25) only, as {@code mode=words}; false: hybrid
	 * for plain words (query embedding included)
	 */
	public Outcome search(String query, List<String> sources, List<Integer> articles, boolean wordsOnly) {
		SearchResults results = this.service
			.search(new SearchRequest(query, sources, articles, SearchRequest.Sort.RELEVANCE, 1, 10, wordsOnly));
		return new Outcome(results.total(), results.hits().size(), results.sources().size(), results.articles().size(),
				results.mode().name().toLowerCase(java.util.Locale.ROOT));
	}

}

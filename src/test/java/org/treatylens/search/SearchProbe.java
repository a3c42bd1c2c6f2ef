package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's (and its test's) way to the search service the API calls, in process: a
 * search as {@code GET /api/search} runs it (top 10 of page 1, facets, snippets), without
 * the HTTP round trip.
 */
public final class SearchProbe {

	/** How many matches the proximity of the words is scored over. */
	public static final int PROXIMITY_WINDOW = ProximityRescorer.WINDOW;

	private final SearchService service;

	private final PassageIndex index;

	private final SearchQueryParser parser = new SearchQueryParser();

	private final SearchQueries queries = new SearchQueries();

	public SearchProbe(ApplicationContext context) {
		this.service = context.getBean(SearchService.class);
		this.index = context.getBean(PassageIndex.class);
	}

	/**
	 * The work PostgreSQL's ranked query does, for a fair second line: the same ranking
	 * as a words-only search (all words, proximity, filters), its 10 best and their ids,
	 * but no count, facets, snippets or spelling. Not what a user gets: {@link #search}
	 * is.
	 * @return how many ids came back
	 */
	public int rankedTopTen(String query, List<String> sources, List<Integer> articles) {
		return topTenIds(query, sources, articles, false).size();
	}

	/**
	 * The ids of the 10 best, as {@link #rankedTopTen} ranks them or, with
	 * {@code proximityOverAll}, with the proximity scored on every match (a clause of the
	 * query): how much scoring it over the best matches only changes the first page.
	 */
	public List<String> topTenIds(String query, List<String> sources, List<Integer> articles,
			boolean proximityOverAll) {
		ParsedQuery parsed = this.parser.parse(query);
		Query text = this.queries.text(parsed, true);
		Query proximity = this.queries.proximity(parsed);
		Query lucene = SearchQueries.combine(text, this.queries.filters(parsed, sources, articles));
		return this.index.read((searcher) -> {
			// ties in reading order either way: only the proximity's window differs
			ScoreDoc[] top = proximityOverAll
					? SearchService.ranked(searcher, SearchQueries.withProximity(lucene, proximity), null, 10)
					: SearchService.ranked(searcher, lucene, proximity, 10);
			Set<String> fields = Set.of(IndexFields.ID);
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : top) {
				ids.add(searcher.storedFields().document(hit.doc, fields).get(IndexFields.ID));
			}
			return ids;
		});
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

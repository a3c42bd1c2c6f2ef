package org.treatylens.search;

import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's (and its test's) way to the search service the API calls, in process: a
 * search as {@code GET /api/search} runs it (top 10 of page 1, facets, snippets), without
 * the HTTP round trip.
 */
public final class SearchProbe {

	private final SearchService service;

	private final PassageIndex index;

	private final SearchQueryParser parser = new SearchQueryParser();

	private final SearchQueries queries = new SearchQueries();

	public SearchProbe(ApplicationContext context) {
		this.service = context.getBean(SearchService.class);
		this.index = context.getBean(PassageIndex.class);
	}

	/**
	 * The work PostgreSQL's ranked query does, for a fair second line: the same Lucene
	 * query as a words-only search (all words, proximity, filters), its 10 best by score
	 * and their ids, but no count, facets, snippets or spelling. Not what a user gets:
	 * {@link #search} is.
	 * @return how many ids came back
	 */
	public int rankedTopTen(String query, List<String> sources, List<Integer> articles) {
		ParsedQuery parsed = this.parser.parse(query);
		Query text = this.queries.text(parsed, true);
		Query filters = this.queries.filters(parsed, sources, articles);
		Query lucene = SearchQueries.combine(text, filters);
		return this.index.read((searcher) -> {
			TopDocs top = searcher.search(lucene, 10);
			java.util.Set<String> fields = java.util.Set.of(IndexFields.ID);
			for (ScoreDoc hit : top.scoreDocs) {
				searcher.storedFields().document(hit.doc, fields).get(IndexFields.ID);
			}
			return top.scoreDocs.length;
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

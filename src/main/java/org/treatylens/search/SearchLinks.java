package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;
import org.treatylens.search.SearchResults.FacetValue;

/**
 * The links of a results page: the same search with a facet added or removed, another
 * sort, another page, or another query. Facet filters combine, so each link keeps the
 * others.
 */
record SearchLinks(SearchRequest request) {

	/**
	 * A facet value as the page shows it: already chosen (shown, not linked) or a link to
	 * the same search with it added.
	 */
	record FacetChoice(String label, int count, boolean active, String link) {
	}

	public List<FacetChoice> sourceFacets(List<FacetValue> values) {
		return values.stream()
			.map((f) -> new FacetChoice(f.label(), f.count(), this.request.sources().contains(f.value()),
					withSource(f.value())))
			.toList();
	}

	public List<FacetChoice> articleFacets(List<FacetValue> values) {
		return values.stream().map((f) -> {
			int article = Integer.parseInt(f.value());
			return new FacetChoice(f.label(), f.count(), this.request.articles().contains(article),
					withArticle(article));
		}).toList();
	}

	public String withSource(String source) {
		List<String> sources = new ArrayList<>(this.request.sources());
		if (!sources.contains(source)) {
			sources.add(source);
		}
		return url(this.request.query(), sources, this.request.articles(), this.request.sort(), 1,
				this.request.wordsOnly());
	}

	public String withoutSource(String source) {
		List<String> sources = new ArrayList<>(this.request.sources());
		sources.remove(source);
		return url(this.request.query(), sources, this.request.articles(), this.request.sort(), 1,
				this.request.wordsOnly());
	}

	public String withArticle(int article) {
		List<Integer> articles = new ArrayList<>(this.request.articles());
		if (!articles.contains(article)) {
			articles.add(article);
		}
		return url(this.request.query(), this.request.sources(), articles, this.request.sort(), 1,
				this.request.wordsOnly());
	}

	public String withoutArticle(int article) {
		List<Integer> articles = new ArrayList<>(this.request.articles());
		articles.remove(Integer.valueOf(article));
		return url(this.request.query(), this.request.sources(), articles, this.request.sort(), 1,
				this.request.wordsOnly());
	}

	public String sortedBy(String sort) {
		return url(this.request.query(), this.request.sources(), this.request.articles(),
				SearchRequest.Sort.parse(sort), 1, this.request.wordsOnly());
	}

	public String page(int page) {
		return url(this.request.query(), this.request.sources(), this.request.articles(), this.request.sort(), page,
				this.request.wordsOnly());
	}

	/** Another query, keeping the facet filters. */
	public String query(String query) {
		return url(query, this.request.sources(), this.request.articles(), this.request.sort(), 1,
				this.request.wordsOnly());
	}

	static String forQuery(String query) {
		return url(query, List.of(), List.of(), SearchRequest.Sort.RELEVANCE, 1, false);
	}

	/** The same search by words only, or (false) by words and meaning. */
	public String wordsOnly(boolean wordsOnly) {
		return url(this.request.query(), this.request.sources(), this.request.articles(), this.request.sort(), 1,
				wordsOnly);
	}

	/** "More like this" for a hit. */
	public String similar(String id) {
		return UriComponentsBuilder.fromPath("/search/similar").queryParam("id", id).encode().build().toUriString();
	}

	private static String url(String query, List<String> sources, List<Integer> articles, SearchRequest.Sort sort,
			int page, boolean wordsOnly) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
		builder.queryParam("q", query);
		sources.forEach((source) -> builder.queryParam("source", source));
		articles.forEach((article) -> builder.queryParam("article", article));
		if (sort != SearchRequest.Sort.RELEVANCE) {
			builder.queryParam("sort", sort.code());
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		if (wordsOnly) {
			builder.queryParam("mode", "words");
		}
		return builder.encode().build().toUriString();
	}

}

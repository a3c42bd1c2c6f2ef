package org.treatylens.search;

import java.util.List;
import java.util.Locale;

/**
 * One search: the query, the facet filters chosen on the page, the sort and the page.
 */
record SearchRequest(String query, List<String> sources, List<Integer> articles, Sort sort, int page, int size) {

	static final int DEFAULT_SIZE = 10;

	static final int MAX_SIZE = 50;

	/** Results beyond this many are not paged to (ask a narrower question). */
	static final int MAX_RESULTS = 1000;

	SearchRequest {
		query = (query != null) ? query : "";
		sources = (sources != null) ? sources.stream()
			.filter((s) -> s != null && !s.isBlank())
			.map((s) -> s.strip().toLowerCase(Locale.ROOT))
			.distinct()
			.toList() : List.of();
		articles = (articles != null) ? articles.stream().filter((a) -> a != null && a > 0).distinct().toList()
				: List.of();
		sort = (sort != null) ? sort : Sort.RELEVANCE;
		size = (size < 1) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		page = Math.max(1, Math.min(page, MAX_RESULTS / size));
	}

	public boolean isBlank() {
		return this.query.isBlank() && this.sources.isEmpty() && this.articles.isEmpty();
	}

	enum Sort {

		RELEVANCE, DATE;

		static Sort parse(String value) {
			return "date".equalsIgnoreCase(value) ? DATE : RELEVANCE;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}

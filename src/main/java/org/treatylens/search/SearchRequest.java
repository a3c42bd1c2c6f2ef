package org.treatylens.search;

import java.util.List;
import java.util.Locale;

/**
 * One search: the query, the facet filters chosen on the page, the sort and the page, and
 * whether to search by words only (no meaning search).
 */
record SearchRequest(String query, List<String> sources, List<Integer> articles, Sort sort, int page, int size,
		boolean wordsOnly) {

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

	/** A search that may use meaning as well as words (the default). */
	SearchRequest(String query, List<String> sources, List<Integer> articles, Sort sort, int page, int size) {
		this(query, sources, articles, sort, page, size, false);
	}

	SearchRequest withPage(int page) {
		return new SearchRequest(this.query, this.sources, this.articles, this.sort, page, this.size, this.wordsOnly);
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

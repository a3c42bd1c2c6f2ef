package org.treatylens.search;

import java.util.List;

import org.treatylens.commentary.PublicationDate;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request what was asked
 * @param searchedAs the query as understood (differs from the input when notices say so)
 * @param notices what was searched instead of what was typed, and why
 * @param rejection why nothing was searched (a guard rail), or null
 * @param total number of matching passages
 * @param hits the requested page of hits
 * @param sources facet counts by source, largest first
 * @param articles facet counts by article, in article order
 * @param suggestion a corrected query ("did you mean"), or null
 * @param mode how the query was searched (words and meaning, words only, exact)
 */
record SearchResults(SearchRequest request, String searchedAs, List<String> notices, String rejection, int total,
		List<SearchHit> hits, List<FacetValue> sources, List<FacetValue> articles, String suggestion, SearchMode mode) {

	SearchResults {
		notices = List.copyOf(notices);
		hits = List.copyOf(hits);
		sources = List.copyOf(sources);
		articles = List.copyOf(articles);
	}

	static SearchResults rejected(SearchRequest request, String rejection) {
		return new SearchResults(request, request.query(), List.of(), rejection, 0, List.of(), List.of(), List.of(),
				null, SearchMode.WORDS);
	}

	static SearchResults empty(SearchRequest request) {
		return new SearchResults(request, "", List.of(), null, 0, List.of(), List.of(), List.of(), null,
				SearchMode.WORDS);
	}

	SearchResults withNotice(String notice) {
		List<String> more = new java.util.ArrayList<>(this.notices);
		more.add(notice);
		return new SearchResults(this.request, this.searchedAs, more, this.rejection, this.total, this.hits,
				this.sources, this.articles, this.suggestion, this.mode);
	}

	public int pages() {
		return pageCount(this.total, this.request.size());
	}

	/** The pages that can be shown of this many results: at least one. */
	static int pageCount(int total, int size) {
		int reachable = Math.min(total, SearchRequest.MAX_RESULTS);
		return Math.max(1, (reachable + size - 1) / size);
	}

	/**
	 * The display name of a source slug (for the active filters), the slug if unknown.
	 */
	public String sourceLabel(String slug) {
		return this.sources.stream()
			.filter((source) -> source.value().equals(slug))
			.map(FacetValue::label)
			.findFirst()
			.orElse(slug);
	}

	/**
	 * One hit: a commentary passage or a treaty paragraph.
	 *
	 * @param id the index key ({@code passage-12}, {@code art_3__para_1}): "more like
	 * this"
	 * @param published the ISO date as precise as it is known ({@code 2025-02}), or null
	 * @param matched how a hybrid search found it; null for the other modes
	 */
	record SearchHit(String id, String document, Long passageId, Integer article, Integer paragraph, String sourceLabel,
			String published, String kind, String snippet, float score, List<Integer> articles, String link,
			Matched matched) {

		SearchHit {
			articles = List.copyOf(articles);
		}

		/**
		 * The date for people ({@code 10 March 2025}), as every page shows dates.
		 */
		public String date() {
			return (this.published != null) ? PublicationDate.parse(this.published).display() : null;
		}

		public boolean isTreaty() {
			return this.document == null;
		}

		/** Whether it was found by meaning alone: none of its words were searched for. */
		public boolean isByMeaningOnly() {
			return this.matched == Matched.MEANING;
		}

		enum Matched {

			WORDS, MEANING, WORDS_AND_MEANING;

			public String code() {
				return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
			}

		}

	}

	/** A facet value: what it filters on, how it is shown, how many hits have it. */
	record FacetValue(String value, String label, int count) {
	}

}

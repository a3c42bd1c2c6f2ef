package org.treatylens.search;

import java.util.Locale;

/**
 * How a query was searched, shown to the user with the results.
 */
enum SearchMode {

	/** Words (BM25) and meaning (nearest vectors) together, fused by rank. */
	HYBRID("Words and meaning: passages that use your words, and passages that say the same in other words."),

	/** Words only, because the user asked for it or meaning search is not available. */
	WORDS("Words only: passages that use your words (or their inflections)."),

	/**
	 * Words only, because the query uses the exact syntax: quotes, filters typed into the
	 * query, {@code OR}, {@code -}, {@code +} or a prefix.
	 */
	EXACT("Exact: the query uses quotes, filters or operators, so only passages that match them as typed"
			+ " are shown.");

	private final String description;

	SearchMode(String description) {
		this.description = description;
	}

	/** One sentence for the results page. */
	public String description() {
		return this.description;
	}

	/** The name in the URL and in the API. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What a request may ask for: words only, or (anything else) the default. */
	static boolean wantsWordsOnly(String value) {
		return "words".equalsIgnoreCase(value) || "exact".equalsIgnoreCase(value);
	}

}

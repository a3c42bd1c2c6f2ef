package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the request parameters of the page and the API leniently: a malformed page number
 * or article is ignored, never an error.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	static SearchRequest toRequest(String q, List<String> sources, List<String> articles, String sort, String page,
			String size, String mode) {
		return new SearchRequest(q, sources, numbers(articles), SearchRequest.Sort.parse(sort), number(page, 1),
				number(size, SearchRequest.DEFAULT_SIZE), SearchMode.wantsWordsOnly(mode));
	}

	private static List<Integer> numbers(List<String> values) {
		List<Integer> numbers = new ArrayList<>();
		if (values != null) {
			for (String value : values) {
				int number = number(value, 0);
				if (number > 0) {
					numbers.add(number);
				}
			}
		}
		return numbers;
	}

	private static int number(String value, int fallback) {
		if (value == null || !value.strip().matches("\\d{1,6}")) {
			return fallback;
		}
		return Integer.parseInt(value.strip());
	}

}

package org.treatylens.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the request parameters: the page leniently (a malformed page number or article is
 * ignored, never an error: a person followed a link), the API strictly (a program sent
 * it: a malformed or out-of-range value is a 400 that names the allowed range, never
 * silently changed).
 */
final class SearchParameters {

	private SearchParameters() {
	}

	static SearchRequest toRequest(String q, List<String> sources, List<String> articles, String sort, String page,
			String size, String mode) {
		return new SearchRequest(q, sources, numbers(articles), SearchRequest.Sort.parse(sort), number(page, 1),
				number(size, SearchRequest.DEFAULT_SIZE), SearchMode.wantsWordsOnly(mode));
	}

	/**
	 * The API's reading: every parameter is checked against its limits.
	 * @throws ResponseStatusException 400, naming the parameter and its allowed values
	 */
	static SearchRequest toApiRequest(String q, List<String> sources, List<String> articles, String sort, String page,
			String size, String mode) {
		int pageSize = apiSize(size);
		int lastPage = SearchRequest.MAX_RESULTS / pageSize;
		int pageNumber = strictNumber("page", page, 1, 1, lastPage);
		List<Integer> numbers = new ArrayList<>();
		if (articles != null) {
			for (String article : articles) {
				numbers.add(strictNumber("article", article, 0, 1, 999_999));
			}
		}
		if (sort != null && !sort.isBlank() && !sort.strip().equalsIgnoreCase("relevance")
				&& !sort.strip().equalsIgnoreCase("date")) {
			throw badRequest("sort must be 'relevance' or 'date', not '" + sort + "'");
		}
		if (mode != null && !mode.isBlank() && !List.of("hybrid", "words", "exact").contains(mode.strip())) {
			throw badRequest("mode must be 'hybrid', 'words' or 'exact', not '" + mode + "'");
		}
		return new SearchRequest(q, sources, numbers, SearchRequest.Sort.parse(sort), pageNumber, pageSize,
				SearchMode.wantsWordsOnly(mode));
	}

	/**
	 * The API's page size: 1 to {@link SearchRequest#MAX_SIZE}, 10 when absent.
	 */
	static int apiSize(String size) {
		return strictNumber("size", size, SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
	}

	private static int strictNumber(String name, String value, int absent, int min, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		String range = name + " must be a whole number from " + min + " to " + max;
		if ("page".equals(name)) {
			range += " (with size " + (SearchRequest.MAX_RESULTS / max) + ": results beyond the first "
					+ SearchRequest.MAX_RESULTS + " are not paged to, narrow the query instead)";
		}
		if (!value.strip().matches("-?\\d{1,9}")) {
			throw badRequest(range + ", not '" + value + "'");
		}
		int number = Integer.parseInt(value.strip());
		if (number < min || number > max) {
			throw badRequest(range + ", not " + number);
		}
		return number;
	}

	private static ResponseStatusException badRequest(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
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

package org.treatylens.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Paging for the API's lists: {@code page} (from 1) and {@code size} (1 to
 * {@value #MAX_SIZE}) read strictly (a program sent them: a malformed or out-of-range
 * value is a 400 naming the allowed range), and the answer's {@code X-Total-Count} and
 * RFC 8288 {@code Link} headers (first, prev, next, last). The links are relative to the
 * request (RFC 8288 allows a URI reference), so they never carry a Host header a client
 * made up.
 */
public final class ApiPaging {

	/** The largest page an API list gives. */
	public static final int MAX_SIZE = 200;

	/** The header that gives how many items the whole list has. */
	public static final String TOTAL = "X-Total-Count";

	private ApiPaging() {
	}

	/**
	 * The page of {@code all} that {@code page} and {@code size} ask for.
	 * @throws ResponseStatusException 400 for a malformed size or page, or a page beyond
	 * the last
	 */
	public static <T> ListPage<T> page(List<T> all, String page, String size, int defaultSize) {
		int pageSize = number("size", size, defaultSize, MAX_SIZE);
		int last = ListPage.pages(all.size(), pageSize);
		int number = number("page", page, 1, last);
		return ListPage.of(all, number, pageSize);
	}

	/**
	 * The page that {@code page} and {@code size} ask for of a list of {@code total}
	 * items that the caller reads a page at a time: {@code read} gets the offset and the
	 * page size.
	 * @throws ResponseStatusException 400 for a malformed size or page, or a page beyond
	 * the last
	 */
	public static <T> ListPage<T> page(long total, String page, String size, int defaultSize,
			BiFunction<Integer, Integer, List<T>> read) {
		int pageSize = number("size", size, defaultSize, MAX_SIZE);
		int number = number("page", page, 1, ListPage.pages(total, pageSize));
		return new ListPage<>(read.apply((number - 1) * pageSize, pageSize), number, pageSize, total);
	}

	/**
	 * A 200 answer with the page's items as a bare JSON list and the paging headers.
	 */
	public static <T> ResponseEntity<List<T>> ok(ListPage<T> page) {
		return ResponseEntity.ok().headers(headers(page)).body(page.items());
	}

	/**
	 * {@code X-Total-Count} and a {@code Link} header with the first, previous, next and
	 * last pages, as far as they exist.
	 */
	public static HttpHeaders headers(ListPage<?> page) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(TOTAL, Long.toString(page.total()));
		List<String> links = new ArrayList<>();
		links.add(link(page, 1, "first"));
		if (page.hasPrevious()) {
			links.add(link(page, page.number() - 1, "prev"));
		}
		if (page.hasNext()) {
			links.add(link(page, page.number() + 1, "next"));
		}
		links.add(link(page, page.pages(), "last"));
		headers.set(HttpHeaders.LINK, String.join(", ", links));
		return headers;
	}

	private static String link(ListPage<?> page, int number, String rel) {
		// the request's own path and query (as received, still encoded), page and size
		// replaced
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", number)
			.replaceQueryParam("size", page.size())
			.build();
		return "<" + uri.getPath() + "?" + uri.getQuery() + ">; rel=\"" + rel + "\"";
	}

	private static int number(String name, String value, int absent, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		String range = name + " must be a whole number from 1 to " + max;
		if (!value.strip().matches("-?\\d{1,9}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, range + ", not '" + value + "'");
		}
		int number = Integer.parseInt(value.strip());
		if (number < 1 || number > max) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, range + ", not " + number);
		}
		return number;
	}

}

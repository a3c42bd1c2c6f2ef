package org.treatylens.system;

import java.util.List;

/**
 * One page of a list that may grow with the corpus (sources, articles, passages): the
 * items on it, its number (from 1), the page size and how many items there are in all.
 * Pages read their number leniently ({@link #number(String)}: a person followed a link,
 * so a malformed or too large number shows the first or last page); the API reads it
 * strictly ({@link ApiPaging}).
 *
 * @param <T> the items
 */
public record ListPage<T>(List<T> items, int number, int size, long total) {

	public ListPage {
		items = List.copyOf(items);
	}

	/**
	 * The page {@code number} of {@code all}, {@code size} items a page; a number beyond
	 * the last gives the last page, one below 1 the first.
	 */
	public static <T> ListPage<T> of(List<T> all, int number, int size) {
		int pages = pages(all.size(), size);
		int page = Math.clamp(number, 1, pages);
		int from = (page - 1) * size;
		return new ListPage<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
	}

	/**
	 * A page number as a person's link gives it: 1 when absent or not a number.
	 */
	public static int number(String value) {
		if (value == null || !value.strip().matches("\\d{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value.strip()));
	}

	static int pages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** How many pages there are; 1 for an empty list. */
	public int pages() {
		return pages(this.total, this.size);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < pages();
	}

	/** Whether the list needs more than one page (and so a pager). */
	public boolean paged() {
		return pages() > 1;
	}

	/** The position of the first item on this page, from 1 (0 when there is none). */
	public long first() {
		return this.items.isEmpty() ? 0 : (long) (this.number - 1) * this.size + 1;
	}

	/** The position of the last item on this page (0 when there is none). */
	public long last() {
		return this.items.isEmpty() ? 0 : first() + this.items.size() - 1;
	}

}

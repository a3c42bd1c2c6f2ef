package org.treatylens.commentary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document with its metadata, how to cite it and every passage in order.
 * {@code hidden}: an editor hid it from readers (only editors get it then);
 * {@code version}: 1 for the text as first stored, one more for every replacement.
 * {@code published} is the ISO date with its precision ({@code 2025-02}) or null, as in
 * every JSON answer.
 */
record DocumentView(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String kind, String notes, String fileName, String originalUrl, String language,
		String accessed, boolean bundled, boolean hidden, int version, Citation citation, List<PassageView> passages) {

	/**
	 * The date for people ({@code February 2025}), as every page shows it; not part of
	 * the JSON.
	 */
	public String publishedDisplay() {
		return (this.published != null) ? PublicationDate.parse(this.published).display() : null;
	}

	/** The accessed date for people ("2 December 2026"), or null. */
	public String accessedDisplay() {
		return (this.accessed != null) ? PublicationDate.parse(this.accessed).display() : null;
	}

	/**
	 * The document's headings, for its table of contents.
	 */
	public List<PassageView> headings() {
		return this.passages.stream().filter((p) -> "heading".equals(p.kind())).toList();
	}

	/**
	 * For each article the document discusses, in order, its first passage on it and how
	 * many there are: "passages on Article N" jumps.
	 */
	public List<ArticleJump> articleJumps() {
		Map<Integer, ArticleJump> jumps = new TreeMap<>();
		for (PassageView passage : this.passages) {
			for (Integer article : passage.articles()) {
				jumps.merge(article, new ArticleJump(article, passage.ordinal(), 1),
						(first, next) -> new ArticleJump(article, first.firstOrdinal(), first.passages() + 1));
			}
		}
		return List.copyOf(jumps.values());
	}

	/**
	 * Where a document's passages on an article start, and how many there are.
	 */
	public record ArticleJump(int article, int firstOrdinal, int passages) {

	}

}

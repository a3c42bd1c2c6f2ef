package org.treatylens.commentary;

import java.util.List;

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

	/** The same document with only {@code page} of its passages (a page of them). */
	DocumentView withPassages(List<PassageView> page) {
		return new DocumentView(this.slug, this.label, this.title, this.subtitle, this.author, this.publisher,
				this.published, this.kind, this.notes, this.fileName, this.originalUrl, this.language, this.accessed,
				this.bundled, this.hidden, this.version, this.citation, page);
	}

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

}

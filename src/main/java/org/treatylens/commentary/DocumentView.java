package org.treatylens.commentary;

import java.util.List;

/**
 * A document with its metadata, how to cite it and every passage in order.
 * {@code hidden}: an editor hid it from readers (only editors get it then);
 * {@code version}: 1 for the text as first stored, one more for every replacement.
 */
record DocumentView(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String publishedDisplay, String kind, String notes, String fileName, String originalUrl,
		String language, String accessed, boolean bundled, boolean hidden, int version, Citation citation,
		List<PassageView> passages) {

	/** The accessed date for people ("2 December 2026"), or null. */
	public String accessedDisplay() {
		return (this.accessed != null) ? PublicationDate.parse(this.accessed).display() : null;
	}

}

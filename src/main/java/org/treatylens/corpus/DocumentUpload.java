package org.treatylens.corpus;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;

/**
 * The metadata a user gives with an uploaded commentary document, as entered (so a form
 * with an error shows it again). Blank fields are unknown: null, never guessed.
 */
record DocumentUpload(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String kind) {

	static DocumentUpload empty() {
		return new DocumentUpload(null, null, null, null, null, null, null, null);
	}

	DocumentMetadata metadata() {
		if (blankToNull(this.slug) == null) {
			throw new IllegalArgumentException("Give the document a slug (lower-case letters, digits and hyphens)");
		}
		String date = blankToNull(this.published);
		return new DocumentMetadata(this.slug.strip(), blankToNull(this.label), blankToNull(this.title),
				blankToNull(this.subtitle), blankToNull(this.author), blankToNull(this.publisher),
				(date != null) ? PublicationDate.parse(date) : null, blankToNull(this.kind), null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

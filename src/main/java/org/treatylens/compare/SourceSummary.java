package org.treatylens.compare;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.SourceDocument;

/**
 * What the pages show of a source: its metadata as known (nulls stay null).
 */
record SourceSummary(long id, String slug, String label, String title, String author, String publisher, String date,
		String dateIso, String kind, DocumentMetadata metadata) {

	static SourceSummary of(SourceDocument document) {
		PublicationDate published = document.getPublished();
		return new SourceSummary(document.getId(), document.getSlug(), document.getLabel(), document.getTitle(),
				document.getAuthor(), document.getPublisher(), (published != null) ? published.display() : null,
				(published != null) ? published.iso() : null, document.getKind(), document.metadata());
	}

	/**
	 * "24 January 2025 · briefing", or only what is known.
	 */
	public String describe() {
		String when = (this.date != null) ? this.date : "undated";
		return (this.kind != null) ? when + " \u00b7 " + this.kind : when;
	}

}

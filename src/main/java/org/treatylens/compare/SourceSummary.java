package org.treatylens.compare;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.ListedSource;

/**
 * What the pages show of a source: its metadata as known (nulls stay null).
 */
record SourceSummary(long id, String slug, String label, String title, String author, String publisher, String date,
		String dateIso, String kind, DocumentMetadata metadata) {

	private static final int SHORT_LABEL = 28;

	static SourceSummary of(ListedSource source) {
		PublicationDate published = source.published();
		return new SourceSummary(source.id(), source.slug(), source.label(), source.title(), source.author(),
				source.publisher(), (published != null) ? published.display() : null,
				(published != null) ? published.iso() : null, source.kind(), source.metadata());
	}

	/**
	 * A name short enough for a table header: the label without a trailing parenthesis,
	 * cut at its first comma when long, and at a word when still long. The full label
	 * goes beside it for anyone who needs it.
	 */
	public String shortLabel() {
		String shorter = this.label.replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
		if (shorter.length() > SHORT_LABEL && shorter.indexOf(',') > 0) {
			shorter = shorter.substring(0, shorter.indexOf(','));
		}
		if (shorter.length() > SHORT_LABEL) {
			int cut = shorter.lastIndexOf(' ', SHORT_LABEL - 1);
			shorter = shorter.substring(0, (cut > 0) ? cut : SHORT_LABEL - 1) + "\u2026";
		}
		return shorter.isBlank() ? this.label : shorter;
	}

	/**
	 * "24 January 2025 · briefing", or only what is known.
	 */
	public String describe() {
		String when = (this.date != null) ? this.date : "undated";
		return (this.kind != null) ? when + " \u00b7 " + this.kind : when;
	}

}

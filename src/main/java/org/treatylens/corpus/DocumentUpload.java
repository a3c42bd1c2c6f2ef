package org.treatylens.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;

/**
 * The metadata a user gives with an uploaded commentary document, or an editor in the
 * metadata form, as entered (so a form with an error shows it again). Blank fields are
 * unknown: null, never guessed.
 */
record DocumentUpload(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String kind, String notes, String originalUrl, String language, String accessed) {

	static DocumentUpload empty() {
		return new DocumentUpload(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	static DocumentUpload of(DocumentMetadata m) {
		return new DocumentUpload(m.slug(), m.label(), m.title(), m.subtitle(), m.author(), m.publisher(),
				(m.published() != null) ? m.published().iso() : null, m.kind(), m.notes(), m.originalUrl(),
				m.language(), (m.accessed() != null) ? m.accessed().toString() : null);
	}

	/**
	 * The metadata, after checking every field as entered against the limits: a field
	 * over its limit is refused before anything quotes it back in a message.
	 */
	DocumentMetadata metadata(CorpusLimits limits) {
		limits.checkField("slug", this.slug, limits.slugLength());
		limits.checkField("label", this.label, limits.fieldLength());
		limits.checkField("title", this.title, limits.fieldLength());
		limits.checkField("subtitle", this.subtitle, limits.fieldLength());
		limits.checkField("author", this.author, limits.fieldLength());
		limits.checkField("publisher", this.publisher, limits.fieldLength());
		limits.checkField("publication date", this.published, limits.fieldLength());
		limits.checkField("kind", this.kind, limits.fieldLength());
		limits.checkField("original URL", this.originalUrl, limits.fieldLength());
		limits.checkField("language", this.language, limits.fieldLength());
		limits.checkField("accessed date", this.accessed, limits.fieldLength());
		limits.checkNote(this.notes);
		return metadata();
	}

	/**
	 * The values as entered, each cut to its limit: what a form shows again after a
	 * refusal, so that a megabyte sent is not a megabyte sent back.
	 */
	DocumentUpload clipped(CorpusLimits limits) {
		int field = limits.fieldLength();
		return new DocumentUpload(clip(this.slug, limits.slugLength()), clip(this.label, field),
				clip(this.title, field), clip(this.subtitle, field), clip(this.author, field),
				clip(this.publisher, field), clip(this.published, field), clip(this.kind, field),
				clip(this.notes, limits.noteLength()), clip(this.originalUrl, field), clip(this.language, field),
				clip(this.accessed, field));
	}

	private static String clip(String value, int limit) {
		return (value != null && value.length() > limit) ? value.substring(0, limit) : value;
	}

	private DocumentMetadata metadata() {
		if (blankToNull(this.slug) == null) {
			throw new IllegalArgumentException("Give the document a slug (lower-case letters, digits and hyphens)");
		}
		String date = blankToNull(this.published);
		return new DocumentMetadata(this.slug.strip(), blankToNull(this.label), blankToNull(this.title),
				blankToNull(this.subtitle), blankToNull(this.author), blankToNull(this.publisher),
				(date != null) ? PublicationDate.parse(date) : null, blankToNull(this.kind), blankToNull(this.notes),
				blankToNull(this.originalUrl), blankToNull(this.language), day(blankToNull(this.accessed)));
	}

	private static LocalDate day(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("The accessed date '" + value + "' is not a day of the form YYYY-MM-DD");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

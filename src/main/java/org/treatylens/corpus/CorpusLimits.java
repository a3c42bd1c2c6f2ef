package org.treatylens.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.treaty.TreatyHeader;

/**
 * How much one write may store ({@code treatylens.limits.*}): a single upload must not be
 * able to make every page of the site grow without bound (a 100,000-article treaty, a
 * 200,000-passage document, a one-megabyte label). Every way in (the forms, the API, the
 * bulk import, the preview) parses through the parsers that check these, so a value over
 * a limit is refused with a message that names the limit and never echoes the value.
 *
 * @param articlesPerTreaty most articles a treaty may have (its {@code articles_total})
 * @param passagesPerDocument most passages one commentary document may have
 * @param slugLength most characters of a slug
 * @param fieldLength most characters of a metadata field (label, title, author...)
 * @param noteLength most characters of a note (a document's notes, a link decision's
 * note)
 */
@Component
public record CorpusLimits(@Value("${treatylens.limits.articles-per-treaty:500}") int articlesPerTreaty,
		@Value("${treatylens.limits.passages-per-document:20000}") int passagesPerDocument,
		@Value("${treatylens.limits.slug-length:100}") int slugLength,
		@Value("${treatylens.limits.field-length:500}") int fieldLength,
		@Value("${treatylens.limits.note-length:10000}") int noteLength) {

	/** The limits when nothing is configured. */
	public static CorpusLimits defaults() {
		return new CorpusLimits(500, 20_000, 100, 500, 10_000);
	}

	/**
	 * Refuses a field longer than its limit or holding a control character, naming the
	 * field; blank and null pass (they mean unknown).
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public void checkField(String field, String value, int limit) {
		check(field, value, limit, false);
	}

	/** A link decision's note: at most {@link #noteLength()}, no control characters. */
	public void checkNote(String note) {
		check("note", note, this.noteLength, true);
	}

	private static void check(String field, String value, int limit, boolean lines) {
		if (value == null) {
			return;
		}
		if (value.length() > limit) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"The %s is %,d characters long; at most %,d are allowed.", field, value.length(), limit));
		}
		int at = controlCharacter(value, lines);
		if (at >= 0) {
			throw new IllegalArgumentException(
					String.format(Locale.ROOT, "The %s has a control character (U+%04X) at character %d; remove it.",
							field, (int) value.charAt(at), at + 1));
		}
	}

	/**
	 * Every field of a document's metadata, as given by a form, the API or a bulk load.
	 */
	void check(DocumentMetadata metadata) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("label", metadata.label());
		fields.put("title", metadata.title());
		fields.put("subtitle", metadata.subtitle());
		fields.put("author", metadata.author());
		fields.put("publisher", metadata.publisher());
		fields.put("kind", metadata.kind());
		fields.put("original URL", metadata.originalUrl());
		fields.put("language", metadata.language());
		checkField("slug", metadata.slug(), this.slugLength);
		fields.forEach((field, value) -> checkField(field, value, this.fieldLength));
		check("notes", metadata.notes(), this.noteLength, true);
	}

	/**
	 * Refuses a file holding a NUL or another control character (tab and line breaks are
	 * text), naming the line and column.
	 */
	void check(CorpusFile file, String text) {
		int at = controlCharacter(text, true);
		if (at < 0) {
			return;
		}
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		throw new CorpusFormatException(file.name(), line,
				String.format(Locale.ROOT,
						"a control character (U+%04X) at column %d; a text file has none but tabs and line breaks",
						(int) text.charAt(at), at - lineStart + 1));
	}

	void checkPassages(int passages, CorpusFile file) {
		if (passages > this.passagesPerDocument) {
			throw new CorpusFormatException(file.name(), 0, String.format(Locale.ROOT,
					"the document has %,d passages; at most %,d are allowed", passages, this.passagesPerDocument));
		}
	}

	void check(TreatyHeader header, CorpusFile file) {
		if (header.articlesTotal() > this.articlesPerTreaty) {
			throw new CorpusFormatException(file.name(), 0,
					String.format(Locale.ROOT, "the treaty has %,d articles; at most %,d are allowed",
							header.articlesTotal(), this.articlesPerTreaty));
		}
		checkField("treaty's id", header.slug(), this.slugLength);
		checkField("treaty's title", header.title(), this.fieldLength);
	}

	/**
	 * The first control character's index, or -1: C0 controls (NUL included), DEL and C1
	 * controls; tab, line feed and carriage return count as text where lines may be.
	 */
	private static int controlCharacter(String value, boolean lines) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean text = lines && (c == '\t' || c == '\n' || c == '\r');
			if (!text && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
				return i;
			}
		}
		return -1;
	}

}
